"""Quality of feedback classification and recurring-point grouping on the held-out dev set.

Run from the repo root:
`.venv/bin/python bench/feedback_quality.py [--cv] [--cv-groups] [--cv-paraphrase]`.
The dev set (bench/data/feedback/dev.jsonl) is never used for training; `--cv` also prints a
5-fold cross-validation on the shipped training set, for comparison; `--cv-groups` chooses the
grouping's threshold and dimension gap by nested cross-validation over the training set's
labelled points (statements labelled by models that did not see them), never reading the dev
set; `--cv-paraphrase` chooses the playbook's `paraphrase_threshold` the same way.
"""

from __future__ import annotations

import itertools
import json
import sys
import time
from collections import Counter
from math import comb
from pathlib import Path
from typing import NamedTuple

import numpy as np

from rebond.method.feedback.classifier import (
    FIELDS,
    classify_many,
    load_training_examples,
    train_model,
)
from rebond.method.feedback.groups import group
from rebond.method.learning import embeddings

DEV = Path(__file__).parent / "data" / "feedback" / "dev.jsonl"


def macro_f1(gold: list[str], pred: list[str]) -> float:
    scores = []
    for label in sorted(set(gold)):
        tp = sum(g == p == label for g, p in zip(gold, pred, strict=True))
        fp = sum(p == label != g for g, p in zip(gold, pred, strict=True))
        fn = sum(g == label != p for g, p in zip(gold, pred, strict=True))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)


def accuracy(gold: list[str], pred: list[str]) -> float:
    return sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)


def adjusted_rand_index(gold: list[str], pred: list[int]) -> float:
    """ARI from the contingency table (Hubert & Arabie), pair counts by math.comb."""
    pairs = Counter(zip(gold, pred, strict=True))
    index = sum(comb(n, 2) for n in pairs.values())
    sum_gold = sum(comb(n, 2) for n in Counter(gold).values())
    sum_pred = sum(comb(n, 2) for n in Counter(pred).values())
    expected = sum_gold * sum_pred / comb(len(gold), 2)
    maximum = (sum_gold + sum_pred) / 2
    return (index - expected) / (maximum - expected)


def report(rows: list[dict[str, object]], predicted: list[dict[str, object]], title: str) -> None:
    print(f"== {title} ({len(rows)} statements)")
    for name in FIELDS:
        gold = [str(r[name]) for r in rows]
        pred = [str(p[name]) for p in predicted]
        f1, acc = macro_f1(gold, pred), accuracy(gold, pred)
        print(f"  {name:<10} macro-F1 {f1:.3f}   accuracy {acc:.3f}")
    wrong = Counter(
        (str(r["dimension"]), str(p["dimension"]))
        for r, p in zip(rows, predicted, strict=True)
        if r["dimension"] != p["dimension"]
    )
    print("  most frequent dimension confusions (gold -> predicted):", wrong.most_common(5))


def main() -> None:
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line]
    texts = [str(r["text"]) for r in rows]
    start = time.perf_counter()
    vectors = embeddings.encode(texts)
    labels = classify_many(texts, vectors=vectors)
    print(f"classified {len(texts)} dev statements in {time.perf_counter() - start:.2f} s")
    report(rows, [vars(lab) for lab in labels], "held-out dev set")
    lang_ok = accuracy([str(r["lang"]) for r in rows], [lab.lang for lab in labels])
    print(f"  language   accuracy {lang_ok:.3f}")

    # Grouping: the threshold is chosen on the even-numbered groups ("tune") and the ARI that
    # counts is the one on the odd-numbered groups ("held out"), never seen while choosing.
    names = sorted({str(r["group"]) for r in rows})
    halves = {
        "tune": [i for i, r in enumerate(rows) if names.index(str(r["group"])) % 2 == 0],
        "held out": [i for i, r in enumerate(rows) if names.index(str(r["group"])) % 2 == 1],
        "whole dev": list(range(len(rows))),
    }
    for threshold in (None, 0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3):
        kwargs = {} if threshold is None else {"threshold": threshold}
        line = f"  grouping threshold {'playbook' if threshold is None else threshold:<8}"
        for half, idx in halves.items():
            ids = group([(texts[i], labels[i]) for i in idx], vectors=vectors[idx], **kwargs)
            gold = [str(rows[i]["group"]) for i in idx]
            ari = adjusted_rand_index(gold, ids)
            line += f"  {half} ARI {ari:.3f} ({len(set(ids))}/{len(set(gold))} groups)"
        print(line)

    if "--cv" in sys.argv:
        train = load_training_examples()
        tvec = embeddings.encode([str(e["text"]) for e in train])
        order = np.random.default_rng(7).permutation(len(train))
        predicted: list[dict[str, object]] = [{} for _ in train]
        for fold in range(5):
            test_idx = order[fold::5]
            train_idx = np.setdiff1d(order, test_idx)
            model = train_model([train[i] for i in train_idx], tvec[train_idx])
            out = classify_many(
                [str(train[i]["text"]) for i in test_idx], vectors=tvec[test_idx], model=model
            )
            for i, lab in zip(test_idx, out, strict=True):
                predicted[i] = vars(lab)
        report(train, predicted, "5-fold cross-validation on the training set")


class TrainingPoints(NamedTuple):
    """The training set seen as held-out points: each statement labelled, one at a time, by a
    model trained without it (its dimension probabilities too), and 5 folds of whole points."""

    texts: list[str]
    gold: list[str]
    vectors: np.ndarray
    labels: list
    dimension_probs: np.ndarray
    folds: list[list[int]]


def training_points() -> TrainingPoints:
    from rebond.method.feedback.classifier import _features
    from rebond.method.learning.word_features import bag

    train = [e for e in load_training_examples() if e.get("group")]
    texts = [str(e["text"]) for e in train]
    gold = [str(e["group"]) for e in train]
    vectors = embeddings.encode(texts)
    order = np.random.default_rng(7).permutation(len(train))
    labels: list = [None] * len(train)
    probs = np.zeros((len(train), len(FIELDS["dimension"])))
    for fold in range(5):
        test_idx = order[fold::5]
        rest = np.setdiff1d(order, test_idx)
        model = train_model([train[i] for i in rest], vectors[rest])
        # One at a time: read together, near-paraphrases would pool their dimensions.
        found = [classify_many([texts[i]], vectors=vectors[[i]], model=model)[0] for i in test_idx]
        chosen = [texts[i] for i in test_idx]
        langs = [f.lang for f in found]
        x = _features(vectors[test_idx], chosen, langs)
        probs[test_idx] = model.probabilities(x, bag(chosen, langs))["dimension"]
        for i, lab in zip(test_idx, found, strict=True):
            labels[i] = lab
    names = sorted(set(gold))
    shuffled = np.random.default_rng(11).permutation(len(names))
    folds = [
        [i for i in range(len(train)) if names.index(gold[i]) in set(shuffled[f::5].tolist())]
        for f in range(5)
    ]
    return TrainingPoints(texts, gold, vectors, labels, probs, folds)


def nested_choice(
    points: TrainingPoints, grid: list[tuple[float, float]], grouped, names: tuple[str, str]
) -> dict[tuple[float, float], list[float]]:
    """Score `grouped(rows, a, b)` on every fold for each setting of `grid`, print the setting
    the other four folds choose for each fold and the nested ARI; returns the scores."""
    scores = {
        p: [adjusted_rand_index([points.gold[i] for i in f], grouped(f, *p)) for f in points.folds]
        for p in grid
    }
    held = []
    for k in range(len(points.folds)):
        best = max(grid, key=lambda p: np.mean([s for j, s in enumerate(scores[p]) if j != k]))
        held.append(scores[best][k])
        print(f"  fold {k}: chosen {names[0]} {best[0]}, {names[1]} {best[1]}: "
              f"ARI {scores[best][k]:.3f}")  # fmt: skip
    print(f"== nested CV ARI on the training set's points: {np.mean(held):.3f}")
    for p in sorted(grid, key=lambda p: -np.mean(scores[p]))[:5]:
        print(f"  {names[0]} {p[0]:<5} {names[1]} {p[1]:<5} mean ARI over folds "
              f"{np.mean(scores[p]):.3f}")  # fmt: skip
    return scores


def cv_groups() -> None:
    """Grouping settings chosen on the training set's points only (nested 5-fold CV)."""
    from rebond.method.feedback.groups import _group_ids

    points = training_points()

    def grouped(rows: list[int], threshold: float, gap: float) -> list[int]:
        return _group_ids([points.labels[i] for i in rows], points.vectors[rows], threshold, gap)

    grid = list(itertools.product((0.0, 0.02, 0.05, 0.08, 0.1, 0.15), (0.05, 0.1, 0.2, 0.3, 5.0)))
    scores = nested_choice(points, grid, grouped, ("threshold", "gap"))
    print(f"  hard buckets (gap 5.0) at 0.1: {np.mean(scores[(0.1, 5.0)]):.3f}")


def cv_paraphrase() -> None:
    """The paraphrase threshold (and grouping threshold) chosen on the training set's points
    only, by nested 5-fold CV: near-paraphrases pool their dimension probabilities inside each
    fold of whole points."""
    from rebond.method.feedback.classifier import shipped_model
    from rebond.method.feedback.groups import _cluster
    from rebond.method.feedback.paraphrase import centred, pool_dimensions

    points = training_points()
    model = shipped_model()
    space = centred(points.vectors, model.mean, model.common)
    dimensions = FIELDS["dimension"]

    def grouped(rows: list[int], paraphrase: float, threshold: float) -> list[int]:
        sides = [points.labels[i].polarity == "strength" for i in rows]
        texts = [points.texts[i] for i in rows]
        pooled = pool_dimensions(points.dimension_probs[rows], space[rows], texts, sides,
                                 paraphrase)  # fmt: skip
        dims = [dimensions[int(k)] for k in pooled.argmax(axis=1)]
        pairs = [(points.labels[i].polarity, d) for i, d in zip(rows, dims, strict=True)]
        return _cluster(pairs, points.vectors[rows], threshold)

    grid = list(itertools.product((0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 1.01), (0.0, 0.05, 0.1)))
    scores = nested_choice(points, grid, grouped, ("paraphrase", "threshold"))
    for t in (0.0, 0.05, 0.1):
        print(f"  no pooling (1.01) at {t}: {np.mean(scores[(1.01, t)]):.3f}")


if __name__ == "__main__":
    if "--cv-paraphrase" in sys.argv:
        cv_paraphrase()
    elif "--cv-groups" in sys.argv:
        cv_groups()
    else:
        main()
