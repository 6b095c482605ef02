"""Why a CV file was refused, in the person's language.

`rebond.method.cv.extract` explains each refusal in plain English (it is also the CLI's
wording); the web shows the matching sentence of this table, translated, and falls back to
a general one.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

_RULES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("password",), "protected"),
    (("abnormal", "inflate", "took more than", "crashed", "memory", "nested"), "hostile"),
    (("damaged", "not a valid zip", "cannot be read"), "damaged"),
    (("pages:",), "too_long"),
    (("empty",), "empty"),
    (("unsupported", "binary", "not a word document", "not a pdf"), "format"),
)


def refusal_message(reason: str) -> str:
    """The translated sentence for a `DocumentError` message."""
    lowered = reason.lower()
    code = next((code for cues, code in _RULES if any(c in lowered for c in cues)), "other")
    messages = {
        "protected": _(
            "This PDF is protected by a password, so its text cannot be read. Export it again "
            "without a password."
        ),
        "hostile": _(
            "This file is built in an abnormal way (too many parts, too much compression or too "
            "slow to read) and was not opened. Export the CV again from your editor."
        ),
        "damaged": _("This file is damaged and cannot be read. Save or export it again."),
        "too_long": _("This document has too many pages to be a CV; upload the CV alone."),
        "empty": _("This file is empty."),
        "format": _("Unsupported format: upload a PDF, a DOCX or a plain text file."),
        "other": _("This file could not be read. Export it again as PDF, DOCX or text."),
    }
    return messages[code]
