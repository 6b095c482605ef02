"""Hosted mode only: the invitation link that opens sign-up (see coaching/signup.py)."""

from django.urls import path

from rebond.coaching import signup_views

urlpatterns = [
    path("invitation/<str:token>/", signup_views.invitation, name="account_invitation"),
]
