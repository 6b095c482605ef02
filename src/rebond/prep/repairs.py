"""What the transcript reader skipped or repaired, in the reader's language.

The method returns each repair as a code, a count and where it happened
(`rebond.method.speech.transcript.Repair`); a mock session stores them as such, and this module
words them at display time, so a French reader reads French whatever the file's language.
Sessions saved before repairs had codes hold an English sentence, shown as it is.
"""

from __future__ import annotations

from typing import Any

from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext


def _places(where: list[int]) -> str:
    shown = ", ".join(number_format(n) for n in where[:5])
    return f"{shown}, …" if len(where) > 5 else shown


def describe(repair: Any) -> str:
    """One stored repair as a sentence for the person reading the page."""
    if not isinstance(repair, dict):
        return str(repair)
    code, n = repair.get("code"), int(repair.get("count") or 1)
    places = _places([int(w) for w in repair.get("where") or []])
    values = {"n": number_format(n), "places": places}
    if code == "no_header":
        return _("The file has no WEBVTT header: it was read anyway.")
    if code == "no_timing":
        return (
            ngettext(
                "%(n)s block with no timing line was skipped (block %(places)s).",
                "%(n)s blocks with no timing line were skipped (blocks %(places)s).",
                n,
            )
            % values
        )
    if code == "bad_timing":
        return (
            ngettext(
                "%(n)s block with an unreadable timing was skipped (block %(places)s).",
                "%(n)s blocks with an unreadable timing were skipped (blocks %(places)s).",
                n,
            )
            % values
        )
    if code == "reversed":
        return (
            ngettext(
                "%(n)s passage ends before it starts: its length counts as zero "
                "(passage %(places)s).",
                "%(n)s passages end before they start: their length counts as zero "
                "(passages %(places)s).",
                n,
            )
            % values
        )
    if code == "reordered":
        return _("Passages were out of order: they are read in the order of their start times.")
    if code == "tool_lines":
        return (
            ngettext(
                "%(n)s line written by the transcription tool was skipped.",
                "%(n)s lines written by the transcription tool were skipped.",
                n,
            )
            % values
        )
    if code == "title_lines":
        return (
            ngettext(
                "%(n)s line before the first speaker was skipped (title, date).",
                "%(n)s lines before the first speaker were skipped (title, date).",
                n,
            )
            % values
        )
    return str(code)


def described(repairs: list[Any]) -> list[str]:
    return [describe(r) for r in repairs]
