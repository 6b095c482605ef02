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

import json
import sys
import time
from collections import Counter
from math import comb
from pathlib import Path

import numpy as np

from rebond.method import embeddings
from rebond.method.feedback import classify_many, group, load_training_examples, train_model
from rebond.method.feedback_classify import FIELDS

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


def cv_groups() -> None:
    """Grouping settings chosen on the training set's points only (nested 5-fold CV)."""
    import itertools

    from rebond.method.feedback_groups import _group_ids

    train = load_training_examples()
    texts = [str(e["text"]) for e in train]
    gold = [str(e["group"]) for e in train]
    vectors = embeddings.encode(texts)
    order = np.random.default_rng(7).permutation(len(train))
    labels: list = [None] * len(train)
    for fold in range(5):  # each statement labelled by a model trained without it
        test_idx = order[fold::5]
        model = train_model([train[i] for i in np.setdiff1d(order, test_idx)],
                            vectors[np.setdiff1d(order, test_idx)])  # fmt: skip
        found = classify_many([texts[i] for i in test_idx], vectors=vectors[test_idx], model=model)
        for i, lab in zip(test_idx, found, strict=True):
            labels[i] = lab
    names = sorted(set(gold))
    shuffled = np.random.default_rng(11).permutation(len(names))
    folds = [
        [i for i in range(len(train)) if names.index(gold[i]) in set(shuffled[f::5].tolist())]
        for f in range(5)
    ]
    grid = list(itertools.product((0.0, 0.02, 0.05, 0.08, 0.1, 0.15), (0.05, 0.1, 0.2, 0.3, 5.0)))
    scores = {
        (t, gap): [
            adjusted_rand_index(
                [gold[i] for i in f], _group_ids([labels[i] for i in f], vectors[f], t, gap)
            )
            for f in folds
        ]
        for t, gap in grid
    }
    held = []
    for k in range(5):
        best = max(grid, key=lambda p: np.mean([s for j, s in enumerate(scores[p]) if j != k]))
        held.append(scores[best][k])
        print(f"  fold {k}: chosen threshold {best[0]}, gap {best[1]}: ARI {scores[best][k]:.3f}")
    print(f"== nested CV ARI on the training set's points: {np.mean(held):.3f}")
    for p in sorted(grid, key=lambda p: -np.mean(scores[p]))[:5]:
        print(f"  threshold {p[0]:<5} gap {p[1]:<4} mean ARI over folds {np.mean(scores[p]):.3f}")
    print(f"  hard buckets (gap 5.0) at 0.1: {np.mean(scores[(0.1, 5.0)]):.3f}")


def cv_paraphrase() -> None:
    """The paraphrase threshold (and grouping threshold) chosen on the training set's points
    only, by nested 5-fold CV: each statement's dimension probabilities come from a model that
    did not see it; near-paraphrases pool them inside each fold of whole points."""
    import itertools

    from rebond.method.feedback_classify import _features, _softmax, shipped_model
    from rebond.method.feedback_groups import _cluster
    from rebond.method.feedback_paraphrase import centred, pool_dimensions

    train = load_training_examples()
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
        found = [classify_many([texts[i]], vectors=vectors[[i]], model=model)[0] for i in test_idx]
        x = _features(vectors[test_idx], [texts[i] for i in test_idx], [f.lang for f in found])
        probs[test_idx] = _softmax(x @ model.weights["dimension"])
        for i, lab in zip(test_idx, found, strict=True):
            labels[i] = lab
    model = shipped_model()
    space = centred(vectors, model.mean, model.common)
    dimensions = FIELDS["dimension"]
    names = sorted(set(gold))
    shuffled = np.random.default_rng(11).permutation(len(names))
    folds = [
        [i for i in range(len(train)) if names.index(gold[i]) in set(shuffled[f::5].tolist())]
        for f in range(5)
    ]

    def grouped(rows: list[int], paraphrase: float, threshold: float) -> list[int]:
        sides = [labels[i].polarity == "strength" for i in rows]
        pooled = pool_dimensions(probs[rows], space[rows], [texts[i] for i in rows], sides,
                                 paraphrase)  # fmt: skip
        dims = [dimensions[int(k)] for k in pooled.argmax(axis=1)]
        pairs = [(labels[i].polarity, d) for i, d in zip(rows, dims, strict=True)]
        return _cluster(pairs, vectors[rows], threshold)

    grid = list(itertools.product((0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 1.01), (0.0, 0.05, 0.1)))
    scores = {
        p: [adjusted_rand_index([gold[i] for i in f], grouped(f, *p)) for f in folds] for p in grid
    }
    held = []
    for k in range(5):
        best = max(grid, key=lambda p: np.mean([s for j, s in enumerate(scores[p]) if j != k]))
        held.append(scores[best][k])
        print(f"  fold {k}: chosen paraphrase {best[0]}, threshold {best[1]}: ARI "
              f"{scores[best][k]:.3f}")  # fmt: skip
    print(f"== nested CV ARI on the training set's points: {np.mean(held):.3f}")
    for p in sorted(grid, key=lambda p: -np.mean(scores[p]))[:4]:
        print(f"  paraphrase {p[0]:<5} threshold {p[1]:<5} mean ARI {np.mean(scores[p]):.3f}")
    for t in (0.0, 0.05, 0.1):
        print(f"  no pooling (1.01) at {t}: {np.mean(scores[(1.01, t)]):.3f}")


if __name__ == "__main__":
    if "--cv-paraphrase" in sys.argv:
        cv_paraphrase()
    elif "--cv-groups" in sys.argv:
        cv_groups()
    else:
        main()
