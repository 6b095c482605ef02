"""The method's constants as data: the rules once, the words per language (X4).

`playbook/rules/*.toml` hold every number of the method (timings, thresholds, targets,
weights), once for all languages; `playbook/<lang>/*.toml` hold the words of one language and
no number. Each topic file holds its own top-level tables (emotions, reset, messages, …).
`load(lang)` gives one merged view: the language's tables with the rules laid over them, so a
module reads `section(lang, "plan")["sprint_days"]` whatever file the value lives in. A coach
adapts the method by pointing `REBOND_PLAYBOOK_DIR` at a copy of this folder, and changes a
threshold once, in `rules/` (docs/configuration.md).

How the rules meet the words: tables merge key by key; a key set in both is an error. An array
of tables in a language (`[[reset]]`, the ritual's steps) meets a table of the rules keyed by
each item's `key` (or `kind`): `[reset.breathing] seconds = 180` goes to the item whose
`key = "breathing"`, and both sides must name the same items.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from rebond.method import places
from rebond.method.text.language import SUPPORTED, Lang

BUILTIN_DIR = Path(__file__).parent
RULES = "rules"
# The field that names an item of an array of tables, so that the rules can address it.
ITEM_NAMES = ("key", "kind")


class PlaybookError(ValueError):
    """A playbook file is missing, malformed, or lacks a section the code needs."""


def playbook_dir() -> Path:
    return places.current.playbook_dir or BUILTIN_DIR


def read_folder(folder: Path) -> dict[str, Any]:
    """All topic files of one folder, merged; a table defined twice is an error."""
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


@cache
def rules(root: Path | None = None) -> dict[str, Any]:
    """The numbers of the method, the same for every language (`playbook/rules/`)."""
    return read_folder((root or playbook_dir()) / RULES)


@cache
def load(lang: Lang, root: Path | None = None) -> dict[str, Any]:
    """One language's words with the rules laid over them (see the module's docstring)."""
    if lang not in SUPPORTED:
        raise PlaybookError(f"unsupported playbook language: {lang!r}")
    folder = root or playbook_dir()
    return overlay(read_folder(folder / lang), rules(folder), "")


def overlay(words: dict[str, Any], numbers: dict[str, Any], where: str) -> dict[str, Any]:
    """`words` with `numbers` merged in, without changing either; PlaybookError on a clash."""
    merged = dict(words)
    for key, value in numbers.items():
        path = f"{where}.{key}" if where else key
        if key not in merged:
            merged[key] = value
        elif isinstance(merged[key], dict) and isinstance(value, dict):
            merged[key] = overlay(merged[key], value, path)
        elif _is_items(merged[key]) and isinstance(value, dict):
            merged[key] = _overlay_items(merged[key], value, path)
        else:
            raise PlaybookError(f"[{path}] is set both in the rules and in a language file")
    return merged


def _is_items(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _item_name(item: dict[str, Any]) -> Any:
    return next((item[field] for field in ITEM_NAMES if field in item), None)


def _overlay_items(
    items: list[dict[str, Any]], numbers: dict[str, Any], where: str
) -> list[dict[str, Any]]:
    names = [_item_name(item) for item in items]
    if sorted(map(str, names)) != sorted(numbers) or len(set(names)) != len(names):
        raise PlaybookError(
            f"[{where}] the rules name {sorted(numbers)}, the language's items {names}"
        )
    merged = []
    for name, item in zip(names, items, strict=True):
        extra = numbers[name]
        if not isinstance(extra, dict):
            raise PlaybookError(f"[{where}.{name}] must be a table in the rules")
        merged.append(overlay(item, extra, f"{where}.{name}"))
    return merged


def section(lang: Lang, name: str) -> Any:
    """One top-level table of a language's playbook; PlaybookError names what is missing."""
    data = load(lang, None)
    if name not in data:
        raise PlaybookError(f"playbook {lang!r} has no [{name}] table")
    return data[name]
