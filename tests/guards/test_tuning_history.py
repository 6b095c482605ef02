"""Docstrings say what the code does and why; how it was tuned lives in docs/*.md.

Tuning history (a "History" heading, figures before -> after, a table of figures) went from
the modules' docstrings to the "Tuning history" sections of docs/cv.md, docs/feedback.md, …
(issue 20, item 5). This guard reads every docstring under src/rebond and bench (module,
class and function; the tests left out) without its `>>>` examples, and fails when one carries
such history again. A figure that explains a choice in a sentence stays welcome, and a bench
script says how to run it and what it measures.
"""

from __future__ import annotations

import ast
import doctest
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = (ROOT / "src" / "rebond", ROOT / "bench")

SIGNS = {
    "a History heading": re.compile(r"(?mi)^\s*(#+\s*)?(tuning )?history\s*([.:(]|$)"),
    "figures before -> after": re.compile(r"\d*\.\d+\s*(->|→)\s*\d*\.\d+"),
    # Two lines in a row, each with columns (two spaces or a |) and two decimal figures.
    "a table of figures": re.compile(r"(?m)(^[ \t]*\S.*(\S {2,}|\|).*\d\.\d.*\d\.\d.*\n){2}"),
}


def prose(docstring: str) -> str:
    """The docstring without its doctest examples and their expected output."""
    parts = doctest.DocTestParser().parse(docstring)
    return "".join(p for p in parts if isinstance(p, str))


def history_signs(docstring: str) -> list[str]:
    text = prose(docstring) + "\n"
    return [name for name, sign in SIGNS.items() if sign.search(text)]


def docstrings(path: Path) -> list[tuple[str, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            text = ast.get_docstring(node, clean=True)
            if text:
                found.append((getattr(node, "name", "<module>"), text))
    return found


def test_it_recognises_tuning_history():
    assert history_signs("Reads dates.\n\nHistory (December 2026). It was slower.") == [
        "a History heading"
    ]
    assert history_signs("A rule.\nBench (dev): precision 0.33 -> 0.37.") == [
        "figures before -> after"
    ]
    table = (
        "Splits:\n\n"
        "    dev    16   0.78 / 0.92   0.86 / 0.93\n"
        "    test   17   0.58 / 0.81   0.57 / 0.77\n"
    )
    assert history_signs(table) == ["a table of figures"]
    assert history_signs("| dev | 0.78 | 0.92 |\n| test | 0.58 | 0.81 |\n") == [
        "a table of figures"
    ]
    # What the code does and why, a figure in a sentence, and examples are not history.
    assert history_signs("Kept above 0.35: below it, unrelated sentences match.") == []
    assert history_signs("Ranks.\n\n>>> rank([0.1, 0.2])  # 0.1 -> 0.2\n[0.2, 0.1]\n") == []


def test_no_docstring_of_the_code_or_the_benches_carries_tuning_history():
    found = {
        f"{path.relative_to(ROOT)}:{name}": signs
        for folder in FOLDERS
        for path in sorted(folder.rglob("*.py"))
        if "tests" not in path.relative_to(folder).parts
        for name, text in docstrings(path)
        if (signs := history_signs(text))
    }
    assert found == {}, "move the history to the matching docs/*.md, 'Tuning history'"
