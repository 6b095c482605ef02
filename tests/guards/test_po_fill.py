"""scripts/po_fill.py: plural translations that msgmerge wrapped over several lines are kept,
and filling an empty plural never leaves a line behind (it would join the msgid_plural)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "po_fill.py"
spec = importlib.util.spec_from_file_location("po_fill", SCRIPT)
po_fill = importlib.util.module_from_spec(spec)
spec.loader.exec_module(po_fill)

WRAPPED = '''#, python-format
msgid "One day"
msgid_plural "%(n)s days"
msgstr[0] ""
"Un "
"jour"
msgstr[1] ""
"%(n)s "
"jours"'''
EMPTY_WITH_LEFTOVERS = '''#, fuzzy, python-format
#| msgid "One week"
msgid "One month"
msgid_plural "%(n)s months"
msgstr[0] ""
"Une semaine"
msgstr[1] ""
"%(n)s semaines"'''


def test_a_wrapped_plural_translation_is_kept(tmp_path):
    po = tmp_path / "django.po"
    po.write_text(WRAPPED, encoding="utf-8")
    assert po_fill.fill(po, {"One day": ["Autre", "Autres"]}) == []
    assert po.read_text(encoding="utf-8") == WRAPPED


def test_filling_a_plural_leaves_no_line_of_the_old_guess(tmp_path):
    po = tmp_path / "django.po"
    po.write_text(EMPTY_WITH_LEFTOVERS, encoding="utf-8")
    assert po_fill.fill(po, {"One month": ["Un mois", "%(n)s mois"]}) == []
    assert po.read_text(encoding="utf-8") == (
        "#, python-format\n"
        'msgid "One month"\n'
        'msgid_plural "%(n)s months"\n'
        'msgstr[0] "Un mois"\n'
        'msgstr[1] "%(n)s mois"'
    )
