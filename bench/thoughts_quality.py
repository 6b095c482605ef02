"""Quality of the distortion spotter.

    .venv/bin/python bench/thoughts_quality.py          # held-out evaluation set (never tuned on)
    .venv/bin/python bench/thoughts_quality.py --set probe   # second, messier held-out set
    .venv/bin/python bench/thoughts_quality.py --set fresh   # third, written after tuning
    .venv/bin/python bench/thoughts_quality.py --rebuild   # refit the shipped weights
    .venv/bin/python bench/thoughts_quality.py --cv     # 5-fold cross-validation on the training
                                                        # file, the only figures used for tuning

Prints precision / recall / F1 of `distorted` and the macro-F1 of the types present in the gold
labels, per language and overall. Texts are never printed, only counts and label names.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rebond.method import thoughts  # noqa: E402
from rebond.method.learning import embeddings  # noqa: E402
from rebond.method.thoughts.model import (  # noqa: E402
    MODEL_FILE,
    TRAINING_FILE,
    Example,
    featurise,
    fit,
    labels,
    read_examples,
    save_default,
)

DATA = ROOT / "bench" / "data" / "thoughts"
Prediction = tuple[bool, list[str]]


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    score = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, score


def report(title: str, gold: Sequence[Example], predicted: Sequence[Prediction]) -> None:
    tp = sum(g.distorted and p[0] for g, p in zip(gold, predicted, strict=True))
    fp = sum(not g.distorted and p[0] for g, p in zip(gold, predicted, strict=True))
    fn = sum(g.distorted and not p[0] for g, p in zip(gold, predicted, strict=True))
    precision, recall, score = f1(tp, fp, fn)
    present = sorted({k for g in gold for k in g.distortions})
    per_type = {}
    for kind in present:
        ktp = sum(
            kind in g.distortions and kind in p[1] for g, p in zip(gold, predicted, strict=True)
        )
        kfp = sum(
            kind not in g.distortions and kind in p[1] for g, p in zip(gold, predicted, strict=True)
        )
        kfn = sum(
            kind in g.distortions and kind not in p[1] for g, p in zip(gold, predicted, strict=True)
        )
        per_type[kind] = f1(ktp, kfp, kfn)[2]
    top_hits = sum(
        bool(p[1]) and p[1][0] in g.distortions for g, p in zip(gold, predicted, strict=True)
    )
    both = sum(g.distorted and p[0] for g, p in zip(gold, predicted, strict=True))
    macro = float(np.mean(list(per_type.values()))) if per_type else 0.0
    print(
        f"{title:<14} n={len(gold):>3}  distorted P={precision:.3f} R={recall:.3f} "
        f"F1={score:.3f}  types macro-F1={macro:.3f}  top type right={top_hits}/{both}"
    )
    if title.startswith("all"):
        print("  per type F1: " + ", ".join(f"{k}={v:.2f}" for k, v in per_type.items()))


def evaluate(path: Path) -> None:
    gold = read_examples(path)
    results = thoughts.analyze_many([g.text for g in gold], lang=None)
    predicted = [(r.distorted, r.distortions) for r in results]
    wrong_lang = sum(r.lang != g.lang for r, g in zip(results, gold, strict=True))
    print(
        f"held-out evaluation set {path.relative_to(ROOT)} (language detected; {wrong_lang} "
        "misdetected)"
    )
    for lang in ("fr", "en"):
        idx = [i for i, g in enumerate(gold) if g.lang == lang]
        report(lang, [gold[i] for i in idx], [predicted[i] for i in idx])
    report("all", gold, predicted)


def cross_validate(folds: int = 5, seed: int = 7) -> None:
    examples = read_examples(TRAINING_FILE)
    texts = [e.text for e in examples]
    vectors = embeddings.encode(texts).astype(np.float64)
    features = featurise(texts, [e.lang for e in examples], vectors)
    targets = labels(examples)
    order = np.random.default_rng(seed).permutation(len(examples))
    predicted: list[Prediction] = [(False, [])] * len(examples)
    for fold in range(folds):
        test = order[fold::folds]
        train = np.setdiff1d(order, test)
        model = fit(features[train], targets[train])
        for i, probs in zip(test, model.probabilities(features[test]), strict=True):
            verdict = thoughts._verdict("", examples[i].lang, probs, crisis=False)
            predicted[i] = (verdict.distorted, verdict.distortions)
    print(f"{folds}-fold cross-validation on {TRAINING_FILE.relative_to(ROOT)}")
    report("all (cv)", examples, predicted)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cv", action="store_true", help="cross-validate on the training file")
    parser.add_argument("--rebuild", action="store_true", help="refit and save model.npz")
    parser.add_argument(
        "--set", default="dev", choices=["dev", "probe", "fresh"], help="held-out file"
    )
    args = parser.parse_args()
    if args.rebuild:
        save_default()
        print(f"wrote {MODEL_FILE.relative_to(ROOT)}")
    elif args.cv:
        cross_validate()
    else:
        evaluate(DATA / f"{args.set}.jsonl")
