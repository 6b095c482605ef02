"""Guards that keep the tree honest: migrations, translations, purity, documentation."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import typer.main
from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "rebond"


@pytest.mark.django_db
def test_it_has_no_pending_migrations():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_it_keeps_the_method_core_free_of_django():
    offenders = []
    for path in (PACKAGE / "method").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [
                f"{path.relative_to(ROOT)}: {n}"
                for n in names
                if n.split(".")[0] == "django"
                or (n.startswith("rebond.") and not n.startswith("rebond.method"))
            ]
    assert offenders == []


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="gettext is not installed")
@pytest.mark.parametrize("language", ["fr", "en"])
def test_it_compiles_the_translations_and_ships_them_up_to_date(tmp_path, language):
    po = PACKAGE / "locale" / language / "LC_MESSAGES" / "django.po"
    compiled = tmp_path / "django.mo"
    subprocess.run(["msgfmt", "--check-format", "-o", str(compiled), str(po)], check=True)
    shipped = po.with_suffix(".mo")
    assert shipped.read_bytes() == compiled.read_bytes(), "run `make messages` and commit"


def test_it_translates_every_french_message():
    po = (PACKAGE / "locale" / "fr" / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    untranslated = re.findall(r'\nmsgid "(.+)"\nmsgstr ""\n\n', po)
    fuzzy = po.count("#, fuzzy")
    assert (untranslated, fuzzy) == ([], 0)


# Different English messages that rightly share one French translation.
FRENCH_SYNONYMS = {
    frozenset(pair)
    for pair in [
        ("Experience", "Experiment"),
        ("Objective:", "Goal:"),
        ("Rejections", "Rejected"),
        ("Nothing here yet.", "None yet."),
        ("Replies", "Answers"),
        ("Overview", "Overall"),
        ("fading", "falling"),
        ("name", "last name"),
        ("proof", "evidence"),
        ("outcome", "result"),
        ("Due", "To do"),
        ("Step", "Stage"),
    ]
}


def french_catalogue() -> dict[str, str]:
    """msgid → msgstr of the French catalogue (singular entries without context)."""
    po = (PACKAGE / "locale" / "fr" / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    found = {}
    for block in po.split("\n\n")[1:]:
        parts: dict[str, str] = {}
        key = ""
        for line in block.splitlines():
            head = re.match(r'^(msgid|msgstr|msgid_plural|msgctxt|msgstr\[\d\]) (".*")$', line)
            if head:
                key = head.group(1)
                parts[key] = ast.literal_eval(head.group(2))
            elif line.startswith('"') and key:
                parts[key] += ast.literal_eval(line)
        if parts.get("msgid") and "msgctxt" not in parts and "msgid_plural" not in parts:
            found[parts["msgid"]] = parts.get("msgstr", "")
    return found


def test_it_gives_different_messages_different_french_words():
    """A translation copied from another message is the mark of a guess by msgmerge that lost
    its fuzzy flag ("Skip this step" once read "Aller au contenu"): two messages share one
    translation only when they are listed as synonyms above."""
    by_translation: dict[str, set[str]] = {}
    for msgid, msgstr in french_catalogue().items():
        by_translation.setdefault(msgstr, set()).add(msgid)
    shared = [
        frozenset(ids)
        for ids in by_translation.values()
        if len({i.lower().rstrip(".:!") for i in ids}) > 1
    ]
    assert [sorted(ids) for ids in shared if ids not in FRENCH_SYNONYMS] == []


def cli_commands() -> list[str]:
    from rebond.cli import app

    def walk(command: object, prefix: str) -> list[str]:
        if hasattr(command, "commands"):
            found = []
            for name, sub in command.commands.items():
                found += walk(sub, f"{prefix} {name}".strip())
            return found
        return [prefix]

    return walk(typer.main.get_command(app), "")


def test_it_documents_every_cli_command():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    text += "".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs").rglob("*.md"))
    missing = [name for name in cli_commands() if f"rebond {name}" not in text]
    assert missing == []


def test_it_documents_every_setting():
    used = set(
        re.findall(
            r'"((?:REBOND|DATABASE)_[A-Z_]+)"',
            (PACKAGE / "settings.py").read_text(encoding="utf-8"),
        )
    )
    documented = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    assert sorted(name for name in used if name not in documented) == []
