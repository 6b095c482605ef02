"""The method's places from the environment, for every face (web, CLI, tests): the method
itself never reads the environment (`rebond.method.places`).

- `REBOND_PLAYBOOK_DIR`: a copy of the playbook to use instead of the built-in one;
- `REBOND_MODEL_CACHE`: where trained models and the parsed encoder are kept ("off": nowhere;
  unset: the user's cache folder);
- `REBOND_ENCODER_WORKERS`: threads for batch encoding.

Imports nothing heavy: the CLI calls it before any command.
"""

from __future__ import annotations

import os
from pathlib import Path

from rebond.method import places


def configure(environ: dict[str, str] | None = None) -> None:
    env = os.environ if environ is None else environ
    playbook = env.get("REBOND_PLAYBOOK_DIR", "")
    workers = env.get("REBOND_ENCODER_WORKERS", "")
    places.use(
        playbook_dir=Path(playbook) if playbook else None,
        model_cache=_cache(env.get("REBOND_MODEL_CACHE", "")),
        encoder_workers=max(1, int(workers)) if workers.strip().isdigit() else None,
    )


def _cache(value: str) -> Path | None:
    if value.lower() == "off":
        return None
    if value:
        return Path(value)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("rebond", appauthor=False))
