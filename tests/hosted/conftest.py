"""Helpers for the hosted-mode tests.

Tests marked `hosted_only` need the hosted settings (allauth installed, PostgreSQL): they run in
the third pass of scripts/test (`REBOND_MODE=hosted`) and are skipped in the local passes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]

hosted_only = pytest.mark.skipif(
    settings.LOCAL_MODE, reason="needs REBOND_MODE=hosted (third pass of scripts/test)"
)


def hosted_environment(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment of a freshly configured hosted server (secrets made here)."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("REBOND_", "DATABASE_URL", "DJANGO_"))
    }
    env.update(
        {
            "REBOND_MODE": "hosted",
            "REBOND_DATA_DIR": str(tmp_path / "data"),
            "REBOND_SECRET_KEY": "k" * 20 + Fernet.generate_key().decode(),
            "REBOND_FIELD_KEYS": Fernet.generate_key().decode(),
            # Never connected to by `check`: settings are parsed, not used.
            "DATABASE_URL": "postgres://rebond:secret@127.0.0.1:9/rebond",
            "REBOND_ALLOWED_HOSTS": "rebond.example.org",
            "REBOND_TRUSTED_PROXY_COUNT": "1",
            "DJANGO_SETTINGS_MODULE": "rebond.settings",
            "PYTHONPATH": str(ROOT / "src"),
        }
    )
    env.update(extra)
    return env


def run_django(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "django", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )


@pytest.fixture(autouse=True)
def _static_without_manifest(settings):
    # Production serves collected, hashed files; tests render pages without collectstatic.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
