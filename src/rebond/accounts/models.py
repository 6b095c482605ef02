from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    time_zone = models.CharField(_("time zone"), max_length=64, default="Europe/Paris")
    content_language = models.CharField(
        _("language of my texts"),
        max_length=2,
        default="fr",
        choices=[("fr", _("French")), ("en", _("English"))],
        help_text=_("Language of drafts and analyses; the interface language is separate."),
    )
    # Off by default: a calendar app (and whoever reads that calendar) sees "Rebond action".
    calendar_shows_titles = models.BooleanField(
        _("show my action titles in my calendar"), default=False
    )


class LoginTokenQuerySet(models.QuerySet):
    def usable(self) -> LoginTokenQuerySet:
        return self.filter(used_at__isnull=True, expires_at__gt=timezone.now())


class LoginToken(models.Model):
    """A one-time login link for local mode, stored only as a hash (like a password)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)

    objects = LoginTokenQuerySet.as_manager()

    def __str__(self) -> str:
        return f"login link for {self.user} (expires {self.expires_at:%Y-%m-%d %H:%M})"

    @staticmethod
    def hash(token: str) -> str:
        return hashlib.sha256(token.encode()).hexdigest()

    @classmethod
    def issue(cls, user: User, minutes: int | None = None) -> str:
        token = secrets.token_urlsafe(32)
        lifetime = timedelta(minutes=minutes or settings.LOGIN_TOKEN_MINUTES)
        cls.objects.create(user=user, digest=cls.hash(token), expires_at=timezone.now() + lifetime)
        return token
