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
