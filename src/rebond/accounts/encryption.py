"""Encryption at rest for the most sensitive texts (journal, thought records, mood, debrief).

Fernet (AES-128-CBC + HMAC-SHA256, from the maintained `cryptography` package) with a list of
keys: the first encrypts, all of them decrypt, so keys rotate without downtime
(docs/operations.md, "Rotating the encryption key"). Hosted mode takes the keys from
`REBOND_FIELD_KEYS` (or `REBOND_FIELD_KEYS_FILE`); local mode makes one key per data folder.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

PREFIX = "enc1:"  # marks a stored value as encrypted (and with which scheme)


@cache
def _local_key(data_dir: Path) -> str:
    """The data folder's key, read once per process (it never changes under a running app)."""
    path = data_dir / "field_key"
    if not path.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        path.write_text(Fernet.generate_key().decode(), encoding="utf-8")
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip()


def configured_keys() -> list[str]:
    keys = list(settings.FIELD_ENCRYPTION_KEYS)
    if not keys:
        if not settings.LOCAL_MODE:
            raise ImproperlyConfigured("Hosted mode needs REBOND_FIELD_KEYS (Fernet keys).")
        keys = [_local_key(Path(settings.DATA_DIR))]
    return keys


@cache
def _cipher(keys: tuple[str, ...]) -> MultiFernet:
    try:
        return MultiFernet([Fernet(key.encode()) for key in keys])
    except ValueError:
        raise ImproperlyConfigured(
            "REBOND_FIELD_KEYS: each key must be 32 url-safe base64-encoded bytes "
            "(make one with `rebond manage generate_field_key`)."
        ) from None


def cipher() -> MultiFernet:
    return _cipher(tuple(configured_keys()))


def encrypt(text: str) -> str:
    return PREFIX + cipher().encrypt(text.encode("utf-8")).decode("ascii")


def decrypt(stored: str) -> str:
    if not stored.startswith(PREFIX):
        return stored  # written before encryption was enabled
    try:
        return cipher().decrypt(stored[len(PREFIX) :].encode("ascii")).decode("utf-8")
    except InvalidToken:
        raise ImproperlyConfigured(
            "An encrypted value cannot be read with the configured REBOND_FIELD_KEYS "
            "(was a key removed before rotation finished?)."
        ) from None


def rotate(stored: str) -> str:
    """The same value encrypted with the current (first) key."""
    if not stored.startswith(PREFIX):
        return encrypt(stored)
    token = cipher().rotate(stored[len(PREFIX) :].encode("ascii"))
    return PREFIX + token.decode("ascii")
