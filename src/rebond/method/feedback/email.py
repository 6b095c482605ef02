"""Read a whole message: keep the feedback, set the rest aside with its reason (C3.3).

`feedback_split` cuts the message and sets aside what its structure says is not feedback
(greeting, quoted reply, signature, legal notice…); `feedback_gate` weighs each remaining
sentence. At or above the playbook's `gate_keep` it is kept as feedback; from `gate_ask` to
there it is kept but the product is unsure, and asks the person (`doubtful`); below, it is set
aside as courtesy or boilerplate. Nothing is lost: every piece is kept or set aside, in order,
and a set-aside piece can be brought back by the person.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from rebond.method.feedback.gate import edges, probabilities
from rebond.method.feedback.settings import settings
from rebond.method.feedback.split import CANDIDATE, Statement, is_courtesy, pieces
from rebond.method.learning import embeddings
from rebond.method.text.language import Lang

COURTESY = "courtesy"  # a sentence the gate weighed and set aside
# A paste of at most this many sentences with no e-mail around them (no greeting, signature,
# quote…) is a note the person typed: nothing in it is set aside silently (see `read_email`).
NOTE_MAX = 3


@dataclass(frozen=True)
class ReadPiece:
    """A piece of the message: kept as feedback, or set aside with its reason (`kind`)."""

    text: str
    lang: Lang
    kind: str  # "feedback", "courtesy", or a structural kind of `feedback_split`
    score: float  # how likely it is feedback (structural pieces: 0)
    position: int  # order in the message
    doubtful: bool = False  # kept, but is it feedback? The person is asked.
    # The sentence vector the gate read (candidate sentences only): classifying a kept piece
    # reuses it instead of encoding the sentence again.
    vector: NDArray[np.float32] | None = field(default=None, compare=False, repr=False)

    @property
    def kept(self) -> bool:
        return self.kind == "feedback"


@dataclass(frozen=True)
class Reading:
    pieces: tuple[ReadPiece, ...]

    @property
    def kept(self) -> list[ReadPiece]:
        return [p for p in self.pieces if p.kept]

    @property
    def set_aside(self) -> list[ReadPiece]:
        return [p for p in self.pieces if not p.kept]


def read_email(text: str, *, vectors: NDArray[np.float32] | None = None) -> Reading:
    """The message's pieces, each kept or set aside. ValueError past 20,000 characters.

    `vectors` may carry the encoder's vectors of the candidate sentences, in order (benchmarks).
    """
    found = pieces(text)
    candidates = [k for k, p in enumerate(found) if p.kind == CANDIDATE]
    texts = [found[k].text for k in candidates]
    if vectors is None and texts:
        vectors = embeddings.encode(texts)
    scores = probabilities(
        texts, edges(len(candidates)), [found[k].lang for k in candidates], vectors
    )
    vector_of = {k: vectors[n] for n, k in enumerate(candidates)} if vectors is not None else {}
    score_of = dict(zip(candidates, scores, strict=True))
    # The clauses of one sentence ("très bon contact, mais un anglais insuffisant") are read
    # together: beside a clause that is feedback, the other is at least asked about.
    best_of: dict[int, float] = {}
    for k in candidates:
        if found[k].sentence >= 0:
            best_of[found[k].sentence] = max(best_of.get(found[k].sentence, 0.0), score_of[k])
    rules = settings("fr")
    # A short note typed by the person is feedback by intent: what the gate doubts is asked
    # about rather than set aside, and what it half-believes is kept.
    note = len(candidates) <= NOTE_MAX and all(p.kind == CANDIDATE for p in found)
    keep_from, ask_from = (rules.gate_ask, 0.0) if note else (rules.gate_keep, rules.gate_ask)
    read = []
    for k, piece in enumerate(found):
        score = score_of.get(k, 0.0)
        if piece.kind != CANDIDATE:
            read.append(ReadPiece(piece.text, piece.lang, piece.kind, score, k))
            continue
        if best_of.get(piece.sentence, 0.0) >= keep_from:
            score = max(score, ask_from)
        if score >= ask_from:
            # A playbook courtesy formula ("the panel were very impressed with you") is never
            # kept as sure feedback: at most it is asked about, so never a strength unasked.
            doubtful = score < keep_from or is_courtesy(piece.text)
            read.append(
                ReadPiece(piece.text, piece.lang, "feedback", score, k, doubtful, vector_of[k])
            )
        else:
            read.append(ReadPiece(piece.text, piece.lang, COURTESY, score, k, False, vector_of[k]))
    return Reading(tuple(read))


def split_statements_with_lang(email_text: str) -> list[Statement]:
    """The feedback statements of a message, each with its detected language."""
    return [Statement(p.text, p.lang) for p in read_email(email_text).kept]


def split_statements(email_text: str) -> list[str]:
    """The feedback statements of a pasted message (plain text or HTML), in order.

    >>> split_statements("Bonjour Léa,\\n\\nMerci pour votre candidature. Vos exemples "
    ...                  "étaient concrets. Vous pourriez être plus concise sur le pitch."
    ...                  "\\n\\nCordialement,\\nMarc")
    ['Vos exemples étaient concrets.', 'Vous pourriez être plus concise sur le pitch.']
    """
    return [s.text for s in split_statements_with_lang(email_text)]
