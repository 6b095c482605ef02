"""Hosted mode only: the invitation link that opens sign-up (see accounts/hosted.py)."""

from django.urls import path

from rebond.accounts import hosted_views

urlpatterns = [
    path("invitation/<str:token>/", hosted_views.invitation, name="account_invitation"),
]
