"""Where the method reads and keeps its files, and how many threads it may use: set by the
faces at start-up (`rebond.method_environment.configure`), never read from the environment
here.

The defaults suit a library call with nothing configured: the built-in playbook, no cache on
disk (trained models live in memory only), and a thread per core up to two.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class Places:
    playbook_dir: Path | None = None  # None: the playbook shipped with the method
    model_cache: Path | None = None  # None: keep nothing on disk
    encoder_workers: int | None = None  # None: one per core, at most two


current = Places()


def use(
    *,
    playbook_dir: Path | None = None,
    model_cache: Path | None = None,
    encoder_workers: int | None = None,
) -> None:
    """Set all three at once (what is not given goes back to its default)."""
    current.playbook_dir = playbook_dir
    current.model_cache = model_cache
    current.encoder_workers = encoder_workers
