"""scripts/po_fill.py: French translations filled from the hand-off files, never guessed."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("po_fill", ROOT / "scripts" / "po_fill.py")
po_fill = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(po_fill)

CATALOGUE = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "Sent"
msgstr ""

msgctxt "a message"
msgid "Sent"
msgstr ""

#, fuzzy
#| msgid "Skip to content"
msgid "Skip this step"
msgstr "Aller au contenu"

msgid "Kept"
msgstr "Gardé"
"""


def test_it_fills_by_message_and_context_drops_fuzzy_guesses_and_keeps_the_rest(tmp_path):
    po = tmp_path / "django.po"
    po.write_text(CATALOGUE, encoding="utf-8")
    missing = po_fill.fill(
        po,
        {"Sent": "Envoyées", "a message\x04Sent": "Envoyé", "Kept": "Autre chose"},
    )
    text = po.read_text(encoding="utf-8")
    assert 'msgid "Sent"\nmsgstr "Envoyées"' in text
    assert 'msgctxt "a message"\nmsgid "Sent"\nmsgstr "Envoyé"' in text
    assert "Aller au contenu" not in text and "fuzzy" not in text  # a guess is not a translation
    assert 'msgid "Kept"\nmsgstr "Gardé"' in text  # a written translation is never replaced
    assert missing == ["Skip this step"]


def test_a_message_with_a_context_is_not_filled_from_the_same_words_without_one(tmp_path):
    po = tmp_path / "django.po"
    po.write_text(CATALOGUE, encoding="utf-8")
    missing = po_fill.fill(po, {"Sent": "Envoyées"})
    assert "a message\x04Sent" in missing
    assert 'msgctxt "a message"\nmsgid "Sent"\nmsgstr ""' in po.read_text(encoding="utf-8")
