"""Shared test fixtures: three people (owner, another person, anonymous) and a tiny factory."""

from __future__ import annotations

import os
import tempfile

# Tests never touch the person's real data folder.
os.environ.setdefault("REBOND_DATA_DIR", tempfile.mkdtemp(prefix="rebond-test-"))
# Nor its cache folder: the trained feedback model is kept here, shared by the test workers
# (written atomically, named by a digest of what it depends on, so never stale).
os.environ.setdefault(
    "REBOND_MODEL_CACHE", os.path.join(tempfile.gettempdir(), "rebond-test-model-cache")
)

import pytest


@pytest.fixture(autouse=True)
def _one_day_for_everyone(request):
    """Many tests take "today" on the server (UTC) and for the person (Europe/Paris by
    default) to be the same day. Between midnight in Paris and midnight UTC they are not, and
    such a test would fail for an hour a night. In that hour the clock is moved to noon UTC of
    the same day (it keeps ticking), where both days agree; at any other time nothing moves.
    Browser tests keep the real clock: the browser's own clock cannot be moved with it."""
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    import time_machine
    from django.conf import settings

    now = datetime.now(UTC)
    person = now.astimezone(ZoneInfo(settings.DEFAULT_USER_TIME_ZONE))
    if person.date() == now.date() or "tests/e2e/" in str(request.node.fspath):
        yield
        return
    with time_machine.travel(now.replace(hour=12), tick=True):
        yield


@pytest.fixture
def owner(django_user_model):
    return django_user_model.objects.create(username="owner")


@pytest.fixture
def other(django_user_model):
    return django_user_model.objects.create(username="other")


@pytest.fixture
def owner_client(client, owner):
    client.force_login(owner)
    return client


@pytest.fixture
def other_client(client, other):
    client.force_login(other)
    return client
