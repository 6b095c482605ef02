"""How well the person's doubts are linked to the question bank's themes (C3.1).

Training: src/rebond/method/data/messages/doubt_examples.jsonl (72 FR/EN labelled doubts,
shipped; the playbook's cues were widened once while looking at them, so figures on it are
optimistic and given as leave-one-out for the model only).
Held-out: bench/data/messages/doubts_holdout.jsonl (54 FR/EN doubts written afterwards, never
used for tuning): the honest figure.

Run: .venv/bin/python bench/messages_doubts.py
"""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path

import numpy as np

from rebond.method.learning.embeddings import encode
from rebond.method.messages.questions import EXAMPLES, cue_theme, doubt_themes_each, model_themes

HOLDOUT = Path(__file__).parent / "data" / "messages" / "doubts_holdout.jsonl"


def load(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def score(pred: list[str | None], gold: list[str], idx: list[int] | None = None) -> str:
    idx = list(range(len(gold))) if idx is None else idx
    ok = sum(pred[i] == gold[i] for i in idx)
    return f"{ok}/{len(idx)} = {ok / max(len(idx), 1):.0%}"


def leave_one_out(rows: list[dict[str, str]]) -> str:
    """Nearest-centroid accuracy on the training examples, each left out in turn."""
    vectors = encode([r["text"] for r in rows])
    labels = [r["theme"] for r in rows]
    themes = sorted(set(labels))
    ok = 0
    for i in range(len(rows)):
        centroids = []
        for theme in themes:
            members = [j for j in range(len(rows)) if j != i and labels[j] == theme]
            mean = vectors[members].mean(axis=0)
            centroids.append(mean / np.linalg.norm(mean))
        ok += themes[int(np.argmax(np.stack(centroids) @ vectors[i]))] == labels[i]
    return f"{ok}/{len(rows)} = {ok / len(rows):.0%}"


def main() -> None:
    train, rows = load(EXAMPLES), load(HOLDOUT)
    gold = [r["theme"] for r in rows]
    texts = [r["text"] for r in rows]
    print(f"training examples: {len(train)}; model leave-one-out accuracy {leave_one_out(train)}")
    print(f"held-out doubts: {len(rows)} {dict(Counter(r['lang'] for r in rows))}")
    cues = [cue_theme(t) for t in texts]
    matched = [i for i, c in enumerate(cues) if c is not None]
    print(
        f"  cues only        {score(cues, gold)} (precision when a cue matches "
        f"{score(cues, gold, matched)})"
    )
    print(f"  model only       {score(model_themes(texts), gold)}")
    t0 = time.perf_counter()
    shipped = doubt_themes_each(texts)
    ms = (time.perf_counter() - t0) * 1000 / len(texts)
    print(f"  cues then model  {score(shipped, gold)} (shipped; {ms:.1f} ms/doubt, model warm)")
    for lang in ("fr", "en"):
        idx = [i for i, r in enumerate(rows) if r["lang"] == lang]
        print(f"    {lang}: {score(shipped, gold, idx)}")
    none = sum(t is None for t in shipped)
    print(f"  no theme (default questions used): {none}/{len(rows)}")
    misses = Counter((g, p) for g, p in zip(gold, shipped, strict=True) if g != p)
    print("  misses (gold -> predicted):", dict(misses.most_common(6)))


if __name__ == "__main__":
    main()
