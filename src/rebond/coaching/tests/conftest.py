"""Coaching exists in hosted mode only: its tests run with hosted settings and a field key."""

import pytest


@pytest.fixture(autouse=True)
def hosted(settings):
    from cryptography.fernet import Fernet

    settings.LOCAL_MODE = False
    settings.FIELD_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    # Pages render without `collectstatic` (hosted settings use the manifest storage).
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
