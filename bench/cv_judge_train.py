"""Train the requirement judge (`rebond.method.cv.judge`) on the development writers' gold.

Run from the repository root:
    .venv/bin/python bench/cv_judge_train.py          (leave-one-writer-out figures, then write)
    .venv/bin/python bench/cv_judge_train.py --dry    (figures only)

Each development pair is read by `check` (the encoder included); each requirement line the
gold also reads (word overlap >= 0.5, as in bench/cv_requirements.py) gives one example: the
reader's findings (`judge.features`) and the gold's "covered". Gold items that are one keyword
of a longer line are left out: the line's verdict does not decide them. Only development writers
are read; the held-out ones never are.

First it prints, for each development writer, the accuracy of weights trained on the other
writers against the reader's own verdict (the honest estimate for a new writer), then fits on
all of them and writes `src/rebond/method/cv/judge.json`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cv_requirements as bench
from cv_quality import same

from rebond.method.cv import judge
from rebond.method.cv.line_cover import OTHER_WORDS_THRESHOLD
from rebond.method.cv.requirements import check
from rebond.method.learning.regression import fit

L2 = 1e-2
STEPS = 800


def examples(writer: str) -> tuple[list[list[float]], list[int], list[int]]:
    """Features, gold verdicts and the reader's own verdicts of one writer's lines."""
    bench.SPLITS["_one"] = (writer,)
    x, y, own = [], [], []
    for pair in bench.pairs("_one"):
        result = check(pair["cv"], pair["ad"])
        gold = pair.get("requirements") or []
        gold_texts = [str(g["text"]) for g in gold]
        for req, reading in zip(result.requirements, result.readings, strict=True):
            if reading is None or reading.decided:
                continue  # dismissed, or decided by rule (a named tool absent): not the judge's
            overlap, j = bench._best(req.text, gold_texts)
            if overlap < bench.OVERLAP:
                continue
            lang = pair.get("lang") or "fr"
            if any(
                len(bench.words(gold_texts[j])) <= len(bench.words(k.term))
                and same(k.term, gold_texts[j], lang)
                for k in req.keywords
            ):
                continue  # a keyword of the line: its own finding decides it
            x.append(judge.features(reading))
            y.append(int(bool(gold[j].get("covered"))))
            said_otherwise = max(reading.cosines, default=0) >= OTHER_WORDS_THRESHOLD
            own.append(int(reading.keywords_cover or said_otherwise))
    return x, y, own


def train(x: np.ndarray, y: np.ndarray) -> dict[str, list[float]]:
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    w = fit(z, y, 2, l2=L2, steps=STEPS, balanced=False)
    return {
        "mean": [float(v) for v in mean],
        "scale": [float(v) for v in scale],
        "weights": [float(v) for v in w[:, 1] - w[:, 0]],
    }


def accuracy(weights: dict[str, list[float]], x: np.ndarray, y: np.ndarray) -> float:
    model = judge.Model(tuple(weights["mean"]), tuple(weights["scale"]), tuple(weights["weights"]))
    said = np.array([model.probability(row) >= 0.5 for row in x])
    return float((said == y.astype(bool)).mean())


def main(argv: list[str]) -> None:
    writers = bench.SPLITS["dev"]
    data = {w: examples(w) for w in writers}
    rows = []
    for held in writers:
        x = np.array([f for w in writers if w != held for f in data[w][0]])
        y = np.array([v for w in writers if w != held for v in data[w][1]])
        xh, yh, own = (np.array(a) for a in data[held])
        learned = accuracy(train(x, y), xh, yh)
        rows.append((held, len(yh), learned, float((own == yh).mean())))
        print(f"{held}: {len(yh):3} lines | judge {learned:.3f} | reader alone {rows[-1][3]:.3f}")
    n = sum(r[1] for r in rows)
    print(
        f"pooled: judge {sum(r[1] * r[2] for r in rows) / n:.3f}"
        f" | reader alone {sum(r[1] * r[3] for r in rows) / n:.3f} (leave one writer out)"
    )
    if "--dry" in argv:
        return
    x = np.array([f for w in writers for f in data[w][0]])
    y = np.array([v for w in writers for v in data[w][1]])
    weights = {"features": list(judge.FEATURES), "writers": list(writers), **train(x, y)}
    judge.WEIGHTS.write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {judge.WEIGHTS} ({len(y)} lines)")


if __name__ == "__main__":
    main(sys.argv[1:])
