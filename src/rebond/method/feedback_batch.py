"""Many feedback lines at once, for `rebond analyze feedback` (C3.3 + C3.4, no database).

One encoder pass serves classification and grouping; every input line gets one result, in
order, so the output lines up with the input even where a line is empty or refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rebond.method.feedback_split import MAX_EMAIL_CHARS

FIELDS = ("theme", "dimension", "polarity", "nature", "cause")


def _empty(text: str, error: str) -> dict[str, Any]:
    return {"text": text, "lang": None, **dict.fromkeys(FIELDS), "group": None, "error": error}


def analyze_lines(lines: Sequence[str], lang: str | None = None) -> list[dict[str, Any]]:
    """One object per line: text, lang, the five labels and a group id shared by lines that
    make the same point. Empty or over-long lines get null labels and an `error`.

    >>> rows = analyze_lines(["Vos exemples restaient trop généraux.", "",
    ...                       "Your examples were too vague."])
    >>> [r["group"] for r in rows], rows[1]["error"]
    ([0, None, 0], 'empty line')
    """
    from rebond.method import embeddings
    from rebond.method.feedback_classify import classify_many
    from rebond.method.feedback_groups import group

    texts = [" ".join(line.split()) for line in lines]
    usable = [k for k, t in enumerate(texts) if t and len(t) <= MAX_EMAIL_CHARS]
    chosen = [texts[k] for k in usable]
    vectors = embeddings.encode(chosen, workers=embeddings.batch_workers())
    labels = classify_many(chosen, lang, vectors=vectors)
    # The grouping threshold comes from the playbook of the language asked for, else French.
    ids = group(list(zip(chosen, labels, strict=True)), vectors=vectors, lang=lang or "fr")  # type: ignore[arg-type]
    rows: list[dict[str, Any]] = [
        _empty(line, "empty line" if not text else f"longer than {MAX_EMAIL_CHARS:,} characters")
        for line, text in zip(lines, texts, strict=True)
    ]
    for k, lab, gid in zip(usable, labels, ids, strict=True):
        rows[k] = {
            "text": lines[k],
            "lang": lab.lang,
            "theme": lab.theme,
            "dimension": lab.dimension,
            "polarity": lab.polarity,
            "nature": lab.nature,
            "cause": lab.cause,
            "group": gid,
        }
    return rows
