"""The playbook: rules (numbers, once) laid over the words of each language (X4)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from rebond.method import playbook


def _leaves(value: Any) -> list[Any]:
    if isinstance(value, dict):
        return [leaf for v in value.values() for leaf in _leaves(v)]
    if isinstance(value, list):
        return [leaf for v in value for leaf in _leaves(v)]
    return [value]


def _numbers(value: Any, where: str) -> list[str]:
    """Every number (or list of numbers) below `value`, by its dotted path."""
    if isinstance(value, bool | str):
        return []
    if isinstance(value, int | float):
        return [where]
    if isinstance(value, dict):
        return [n for k, v in value.items() for n in _numbers(v, f"{where}.{k}")]
    if isinstance(value, list):
        return [n for i, v in enumerate(value) for n in _numbers(v, f"{where}[{i}]")]
    return []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_language_file_holds_words_and_no_number(lang: str) -> None:
    found = []
    for path in sorted((playbook.BUILTIN_DIR / lang).glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        found += [f"{path.name}: {n}" for n in _numbers(data, "")]
    assert found == [], "numbers are rules: move them to playbook/rules/ (docs/configuration.md)"


def test_the_rules_hold_numbers_and_no_sentence() -> None:
    data = playbook.rules(playbook.BUILTIN_DIR)
    assert _numbers(data, "")
    texts = [v for v in _leaves(data) if isinstance(v, str)]
    assert all(re.fullmatch(r"[a-z0-9:_]+", t) for t in texts), texts
    assert "timings" in data and "sprint_days" in data["plan"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_section_gives_the_words_with_the_rules_laid_over(lang: str) -> None:
    reset = playbook.section(lang, "reset")
    assert reset[0]["key"] == "breathing"
    assert reset[0]["seconds"] == 180 and reset[0]["title"]
    assert playbook.section(lang, "timings")["titles"]["cool_down"]
    assert playbook.section(lang, "timings")["cool_down_hours"] == 24


def _tree(root: Path, rules: str, words: str) -> Path:
    for folder, text in (("rules", rules), ("fr", words), ("en", words)):
        (root / folder).mkdir(parents=True)
        (root / folder / "topic.toml").write_text(text, encoding="utf-8")
    return root


def test_it_merges_tables_and_named_items(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        "[topic]\nlimit = 3\n[topic.inner]\nx = 1\n[steps.a]\ns = 10\n[steps.b]\ns = 20\n",
        '[topic]\ntitle = "T"\n[topic.inner]\ny = "Y"\n'
        '[[steps]]\nkey = "a"\nlabel = "A"\n[[steps]]\nkey = "b"\nlabel = "B"\n',
    )
    merged = playbook.load("fr", root)
    assert merged["topic"] == {"title": "T", "limit": 3, "inner": {"y": "Y", "x": 1}}
    assert merged["steps"] == [
        {"key": "a", "label": "A", "s": 10},
        {"key": "b", "label": "B", "s": 20},
    ]


@pytest.mark.parametrize(
    ("rules", "words", "message"),
    [
        ("[topic]\nlimit = 3\n", "[topic]\nlimit = 4\n", "both in the rules"),
        ("[steps.a]\ns = 1\n", '[[steps]]\nkey = "b"\n', "the rules name"),
        ("[steps.a]\ns = 1\n[steps.b]\ns = 2\n", '[[steps]]\nkey = "a"\n', "the rules name"),
        ("[steps]\na = 1\n", '[[steps]]\nkey = "a"\n', "must be a table"),
    ],
)
def test_it_refuses_rules_that_do_not_fit_the_words(
    tmp_path: Path, rules: str, words: str, message: str
) -> None:
    root = _tree(tmp_path, rules, words)
    with pytest.raises(playbook.PlaybookError, match=message):
        playbook.load("fr", root)


def test_it_needs_the_rules_folder(tmp_path: Path) -> None:
    (tmp_path / "fr").mkdir()
    with pytest.raises(playbook.PlaybookError, match="rules"):
        playbook.load("fr", tmp_path)
