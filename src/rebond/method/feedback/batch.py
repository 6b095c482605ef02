"""Many feedback lines at once, for `rebond analyze feedback` (C3.3 + C3.4, no database).

One encoder pass serves classification and grouping; every input line gets one result, in
order, so the output lines up with the input even where a line is empty or refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rebond.method.feedback.split import MAX_EMAIL_CHARS

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
    from rebond.method.feedback.classifier import classify_many
    from rebond.method.feedback.groups import group
    from rebond.method.learning import embeddings

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


def split_messages(text: str) -> list[str]:
    """Messages of a file that holds several, separated by a line `---` (alone on its line).

    >>> split_messages("Bonjour,\\nTrop long.\\n---\\nHi,\\nToo long.\\n")
    ['Bonjour,\\nTrop long.', 'Hi,\\nToo long.']
    """
    found: list[str] = []
    current: list[str] = []
    for line in text.splitlines():
        if line.strip() == "---":
            found.append("\n".join(current).strip())
            current = []
        else:
            current.append(line)
    found.append("\n".join(current).strip())
    return [message for message in found if message]


def eml_text(raw: bytes) -> str:
    """The readable body of an `.eml` file: its text/plain part, else its HTML part (the
    splitter flattens HTML), decoded with the charset the message declares."""
    from email import policy
    from email.parser import BytesParser

    message = BytesParser(policy=policy.default).parsebytes(raw)
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        return ""
    try:
        return str(body.get_content())
    except (LookupError, UnicodeDecodeError):
        payload = body.get_payload(decode=True) or b""
        return payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else ""


def analyze_messages(messages: Sequence[str]) -> list[dict[str, Any]]:
    """Per message: what is kept as feedback (with labels, and `doubt` when the product would
    ask the person) and what is set aside (with its reason). Nothing is stored.

    >>> row = analyze_messages(["Bonjour,\\n\\nVos exemples restaient trop généraux et "
    ...                         "manquaient de chiffres.\\n\\nCordialement,\\nMarc"])[0]
    >>> [k["text"] for k in row["kept"]], [s["kind"] for s in row["set_aside"]]
    (['Vos exemples restaient trop généraux et manquaient de chiffres.'], ['greeting', 'signature'])
    """
    import numpy as np

    from rebond.method.feedback.classifier import classify_many
    from rebond.method.feedback.email import read_email
    from rebond.method.feedback.settings import settings

    confirm_below = settings("fr").confirm_below
    rows: list[dict[str, Any]] = []
    for k, message in enumerate(messages, start=1):
        try:
            reading = read_email(message)
        except ValueError as exc:
            rows.append({"message": k, "kept": [], "set_aside": [], "error": str(exc)})
            continue
        kept = reading.kept
        labels = (
            classify_many([p.text for p in kept], vectors=np.vstack([_vector(p) for p in kept]))
            if kept
            else []
        )
        rows.append(
            {
                "message": k,
                "feedback": bool(kept),
                "kept": [
                    {
                        "text": piece.text,
                        "lang": lab.lang,
                        **{name: getattr(lab, name) for name in FIELDS},
                        "doubt": "feedback"
                        if piece.doubtful
                        else "polarity"
                        if lab.confidence.get("polarity", 1.0) < confirm_below
                        else None,
                    }
                    for piece, lab in zip(kept, labels, strict=True)
                ],
                "set_aside": [{"text": p.text, "kind": p.kind} for p in reading.set_aside],
            }
        )
    return rows


def _vector(piece: Any) -> Any:
    """A kept piece's sentence vector (read_email encodes every piece it keeps)."""
    assert piece.vector is not None
    return piece.vector
