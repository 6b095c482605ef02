"""The method's constants as data, one folder of TOML files per language (X4).

`playbook/<lang>/*.toml` are merged into one mapping per language; each topic file holds its
own top-level tables (emotions, reset, messages, …). A coach adapts the method by pointing
`REBOND_PLAYBOOK_DIR` at a copy of this folder. Modules of `rebond.method` read their section
through `section(lang, name)` and validate it into their own dataclasses.
"""

from __future__ import annotations

import os
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from rebond.method.language import SUPPORTED, Lang

BUILTIN_DIR = Path(__file__).parent


class PlaybookError(ValueError):
    """A playbook file is missing, malformed, or lacks a section the code needs."""


def playbook_dir() -> Path:
    override = os.environ.get("REBOND_PLAYBOOK_DIR")
    return Path(override) if override else BUILTIN_DIR


@cache
def load(lang: Lang, root: Path | None = None) -> dict[str, Any]:
    """All topic files of one language, merged; a table defined twice is an error."""
    if lang not in SUPPORTED:
        raise PlaybookError(f"unsupported playbook language: {lang!r}")
    folder = (root or playbook_dir()) / lang
    if not folder.is_dir():
        raise PlaybookError(f"playbook folder not found: {folder}")
    merged: dict[str, Any] = {}
    for path in sorted(folder.glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise PlaybookError(f"{path}: {exc}") from exc
        for key, value in data.items():
            if key in merged:
                raise PlaybookError(f"{path}: table [{key}] is already defined in another file")
            merged[key] = value
    return merged


def section(lang: Lang, name: str) -> Any:
    """One top-level table of a language's playbook; PlaybookError names what is missing."""
    data = load(lang, None)
    if name not in data:
        raise PlaybookError(f"playbook {lang!r} has no [{name}] table")
    return data[name]
