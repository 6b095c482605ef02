"""Every commit subject after the round that asked for it fits in 72 characters.

`git log --oneline` is how whoever comes next reads the project's history (docs/architecture.md,
"Commits"): a subject says what changed, the body says why. The rule starts after commit
`3b53df3`; older subjects stay as they were written. Without git, or in a checkout that lacks
that commit (a shallow clone, an archive), the test is skipped.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SINCE = "3b53df3"
LIMIT = 72


def _git(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=False
    )


def too_long(subjects: list[str], limit: int = LIMIT) -> list[str]:
    """The subjects longer than `limit` characters, with their length."""
    return [f"{len(s)}: {s}" for s in subjects if len(s) > limit]


def subjects_since(commit: str) -> list[str] | None:
    """The subjects of the commits after `commit` (merges included), None if git cannot say."""
    if shutil.which("git") is None:
        return None
    if _git("cat-file", "-e", f"{commit}^{{commit}}").returncode != 0:
        return None
    log = _git("log", "--format=%s", f"{commit}..HEAD")
    if log.returncode != 0:
        return None
    return log.stdout.splitlines()


def test_it_reads_a_subject_over_72_characters_as_too_long():
    fits = "x" * 72
    assert too_long([fits, fits + "y", "short"]) == [f"73: {fits}y"]


def test_every_commit_subject_since_the_rule_fits_in_72_characters():
    subjects = subjects_since(SINCE)
    if subjects is None:
        pytest.skip(f"git or commit {SINCE} is not available in this checkout")
    assert too_long(subjects) == [], "reword these subjects; the why goes in the body"
