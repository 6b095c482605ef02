"""Hosted mode only: the invitation link that opens sign-up (see coaching/signup.py)."""

from django.urls import path

from rebond.coaching import signup_views

urlpatterns = [
    path("invitation/<str:token>/", signup_views.invitation, name="account_invitation"),
    # Before allauth's own "signup/": the same name and form, limits that fit a cohort.
    path("signup/", signup_views.signup, name="account_signup"),
]
