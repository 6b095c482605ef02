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


@pytest.fixture
def edited_rules(tmp_path, monkeypatch):
    """A copy of the built-in playbook in use, whose rules a test changes: call
    `edited_rules("plan", "progress_days = 90", "progress_days = 10", module._rules)` to
    replace a text in `rules/plan.toml`; the functions given after it, cached on the playbook,
    are emptied now and once the test is over, like the playbook's own caches."""
    import shutil

    from rebond.method import places, playbook

    root = tmp_path / "playbook"
    shutil.copytree(playbook.BUILTIN_DIR, root, ignore=shutil.ignore_patterns("*.py", "__*"))
    monkeypatch.setattr(places.current, "playbook_dir", root)
    cached = [playbook.load, playbook.rules]

    def clear():
        for function in cached:
            function.cache_clear()

    def edit(topic, old, new, *caches):
        path = root / "rules" / f"{topic}.toml"
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} is not in rules/{topic}.toml"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        cached.extend(caches)
        clear()

    clear()
    yield edit
    monkeypatch.undo()
    clear()
