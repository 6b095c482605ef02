"""The writers' feedback corpus: whole messages and single statements, split by writer.

Eight helper sessions wrote `bench/data/feedback/writers/W*/` from briefs that differ in who is
writing, where and for which sector (each brief is kept beside its data as BRIEF.md); none saw
the code, the rules or another writer's data. Splits are by writer, so a test writer's style is
never seen in training or while reading errors:

- train: W1 (French HR departments and ATS), W3 (US companies), W5 (mentors, coaches, notes),
  and, written in a second wave after the first dev figures, W9 (French retail, hospitals,
  trades), W10 (English consulting, banks, tech scorecards), W11 (French peers and bootcamp
  mentors), W12 (English public sector, schools, non-profits), then in a third wave W13
  (French start-ups), W14 (English outside the US and UK, career-change programmes), W15
  (French audit, banking, insurance), W16 (English healthcare, industry, trades);
- dev (errors may be read): W2 (French agencies and consulting firms), W4 (UK employers);
- test (figures only, once per change): W6 (French public sector, Belgium, Switzerland,
  Québec), W7 (English written around the world), W8 (job seekers' notes, founders).

`python bench/feedback_corpus.py --build` writes the training files the product ships
(`src/rebond/method/data/feedback/train_writers.jsonl` and `gate.jsonl`) from the train
writers only.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rebond.method.feedback.gate import edges  # noqa: E402
from rebond.method.feedback.split import CANDIDATE, pieces  # noqa: E402
from rebond.method.text.language import fold, words  # noqa: E402

WRITERS = ROOT / "bench" / "data" / "feedback" / "writers"
SPLITS = {
    "train": ("W1", "W3", "W5", "W9", "W10", "W11", "W12", "W13", "W14", "W15", "W16"),
    "dev": ("W2", "W4"),
    "test": ("W6", "W7", "W8"),
}
TRAINING = ROOT / "src" / "rebond" / "method" / "data" / "feedback"
# A piece is feedback when it holds this share of a gold span's words, or when this share of
# its own words belongs to gold spans.
OVERLAP = 0.6


def load(split: str, kind: str) -> list[dict[str, Any]]:
    """Rows of `kind` ("emails" or "statements") of every writer of `split`."""
    rows = []
    for writer in SPLITS[split]:
        path = WRITERS / writer / f"{kind}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append({**json.loads(line), "writer": writer})
    return rows


def _bag(text: str) -> set[str]:
    return {w for w in words(fold(text)) if len(w) > 1}


def span_matches(piece: str, span: str) -> bool:
    """Whether a piece cut by the product carries a gold span (word overlap either way)."""
    have, gold = _bag(piece), _bag(span)
    if not have or not gold:
        return False
    shared = len(have & gold)
    return shared >= OVERLAP * len(gold) or shared >= OVERLAP * len(have)


def labelled_pieces(email: dict[str, Any]) -> list[tuple[str, str, bool, bool]]:
    """(text, language, is feedback, opens or closes the message) of each candidate piece the
    splitter cuts from a message."""
    spans = [f["span"] for f in email["feedback"]]
    found = [p for p in pieces(email["text"]) if p.kind == CANDIDATE]
    return [
        (p.text, p.lang, any(span_matches(p.text, s) for s in spans), edge)
        for p, edge in zip(found, edges(len(found)), strict=True)
    ]


def _label_row(text: str, lang: str, labels: dict[str, Any], writer: str) -> dict[str, Any]:
    row = {
        "text": text,
        "lang": lang,
        "polarity": labels["polarity"],
        "dimension": labels["dimension"],
        "cause": labels["cause"],
        "source": writer,
    }
    if labels.get("point"):
        row["group"] = labels["point"]
    return row


def build() -> None:
    statements = [
        _label_row(s["text"], s["lang"], s, s["writer"]) for s in load("train", "statements")
    ]
    gate = []
    for email in load("train", "emails"):
        for span in email["feedback"]:
            statements.append(_label_row(span["span"], email["lang"], span, email["writer"]))
        for text, lang, keep, edge in labelled_pieces(email):
            gate.append(
                {
                    "text": text,
                    "lang": lang,
                    "feedback": keep,
                    "edge": edge,
                    "source": email["writer"],
                }
            )
    for name, rows in (("train_writers.jsonl", statements), ("gate.jsonl", gate)):
        with (TRAINING / name).open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    kept = sum(r["feedback"] for r in gate)
    print(f"{len(statements)} labelled statements; gate: {len(gate)} pieces, {kept} feedback")
    ship()


def ship() -> None:
    """Train the models on the files just written and ship their weights with the package."""
    from rebond.method.feedback import classifier as feedback_classify
    from rebond.method.feedback import gate as feedback_gate
    from rebond.method.feedback import metric as feedback_metric
    from rebond.method.learning import model_store

    model = feedback_classify.train_model(feedback_classify.load_training_examples())
    model_store.ship(
        feedback_classify.model_arrays(model),
        feedback_classify.model_digest(),
        feedback_classify.SHIPPED_MODEL,
    )
    weights = feedback_gate.train(*feedback_gate.training_rows())
    model_store.ship(weights, feedback_gate.digest(), feedback_gate.SHIPPED_WEIGHTS)
    # The grouping space is learned over the classifier's centring: trained after it.
    feedback_classify.shipped_model.cache_clear()
    metric = feedback_metric.train()
    model_store.ship(metric, feedback_metric.digest(), feedback_metric.SHIPPED_PROJECTION)
    names = (feedback_classify.SHIPPED_MODEL, feedback_gate.SHIPPED_WEIGHTS)
    print("shipped", *(path.name for path in (*names, feedback_metric.SHIPPED_PROJECTION)))


if __name__ == "__main__":
    if "--build" in sys.argv:
        build()
    else:
        print(__doc__)
