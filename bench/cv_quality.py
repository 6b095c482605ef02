"""Precision and recall of the CV matcher's missing-keyword list on bench/data/cv/pairs.jsonl.

Run from the repository root:
    .venv/bin/python bench/cv_quality.py [--semantic] [--skills] [--verbose] [--threshold=0.8]
    .venv/bin/python bench/cv_quality.py --split=test,final   (some splits; pooled if several)
    .venv/bin/python bench/cv_quality.py --split=fresh4,fresh5   (hidden splits: figures only)
    .venv/bin/python bench/cv_quality.py --calibrate          (semantic threshold)
By default the figures of every development split are printed, then pooled over them:
dev, dev2, test, final, fresh, fresh2 and fresh3 (84 pairs; since the fourth pass the old
held-out splits are development pairs too, and --verbose prints their errors). fresh4 and
fresh5 are held out: never in the default run, and --verbose refuses them.

The passes that tuned the matcher on these splits (which split was scored when, the figures
before and after, what was tried and not kept) are in docs/cv.md: "Keyword coverage (C8.3)" and
"Tuning history".

A predicted keyword counts as right when it names the same thing as a gold one: same folded
words, one phrase containing the other, or the same concept of the playbook's table.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rebond.method.cv import coverage as cv_match
from rebond.method.cv.coverage import match
from rebond.method.cv.terms import concept_keys, phrase_key, token_keys, tokens
from rebond.method.text.language import Lang

DATA = Path(__file__).parent / "data" / "cv" / "pairs.jsonl"
# Development pairs (figures and errors may be looked at) and the hidden split (figures only).
DEVELOPMENT = ("dev", "dev2", "test", "final", "fresh", "fresh2", "fresh3")
HIDDEN = ("fresh4", "fresh5")


def _concepts(text: str, lang: Lang) -> set[str]:
    key = phrase_key(text, lang)
    return {c for c, entries in concept_keys().items() for _l, k, _v in entries if k == key}


def _stems(text: str, lang: Lang) -> str:
    return " ".join(k for k in token_keys([t.text for t in tokens(text)], lang) if k)


def same(a: str, b: str, lang: Lang) -> bool:
    sa, sb = _stems(a, lang), _stems(b, lang)
    if not sa or not sb:
        return False
    if sa == sb or f" {sa} " in f" {sb} " or f" {sb} " in f" {sa} ":
        return True
    return bool(_concepts(a, lang) & _concepts(b, lang))


def evaluate(semantic: bool, verbose: tuple[str, ...]) -> dict[str, tuple]:
    """Figures per split; errors printed for the splits in `verbose` (never a hidden one)."""
    pairs = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    totals: dict[str, list[int]] = {}
    for pair in pairs:
        lang = pair["lang"]
        terms = None
        if "--skills" in sys.argv:  # compare with rebond.method.skills' extractor
            from rebond.method.cv.coverage import terms_from_skills
            from rebond.method.skills import extract_skills

            terms = terms_from_skills(extract_skills(pair["job"]))
        result = match(pair["cv"], pair["job"], semantic=semantic, terms=terms)
        predicted = [t.term for t in result.missing]
        gold = pair["missing"]
        right = sum(any(same(p, g, lang) for g in gold) for p in predicted)
        found = sum(any(same(p, g, lang) for p in predicted) for g in gold)
        t = totals.setdefault(pair["split"], [0, 0, 0, 0, 0])
        t[0] += right
        t[1] += len(predicted)
        t[2] += found
        t[3] += len(gold)
        t[4] += 1
        if verbose and pair["split"] in verbose:
            wrong = [p for p in predicted if not any(same(p, g, lang) for g in gold)]
            lost = [g for g in gold if not any(same(p, g, lang) for p in predicted)]
            print(f"{pair['id']:28} score={result.score:.2f} extra={wrong} lost={lost}")
    return {
        split: (t[0] / max(t[1], 1), t[2] / max(t[3], 1), t[4], t[:4])
        for split, t in totals.items()
    }


def main() -> None:
    semantic = "--semantic" in sys.argv
    for arg in sys.argv:
        if arg.startswith("--threshold="):
            cv_match.SEMANTIC_THRESHOLD = float(arg.split("=", 1)[1])
            print(f"semantic threshold {cv_match.SEMANTIC_THRESHOLD}")
    shown = DEVELOPMENT
    for arg in sys.argv:
        if arg.startswith("--split="):  # e.g. --split=test,final or --split=fresh4
            shown = tuple(arg.split("=", 1)[1].split(","))
    verbose = "--verbose" in sys.argv
    if verbose and set(shown) & set(HIDDEN):
        sys.exit(f"the errors of {', '.join(HIDDEN)} are never printed: ask for its figures alone")
    figures = evaluate(semantic, shown if verbose else ())
    print(f"missing-keyword list, semantic={semantic}, skills.py terms={'--skills' in sys.argv}")
    for split in shown:
        if split not in figures:
            continue
        precision, recall, count = figures[split][:3]
        print(f"  {split:6} ({count:2} pairs): precision {precision:.2f}  recall {recall:.2f}")
    pooled = [figures[split][3] for split in shown if split in figures]
    if len(pooled) > 1:
        right, predicted, found, gold = (sum(t[i] for t in pooled) for i in range(4))
        count = sum(figures[split][2] for split in shown if split in figures)
        print(
            f"  pooled ({count:2} pairs): precision {right / max(predicted, 1):.3f}"
            f"  recall {found / max(gold, 1):.3f}"
        )


if __name__ == "__main__" and "--calibrate" not in sys.argv:
    main()


def calibrate() -> None:
    """Cosine of cross-language variants of the same concept vs of different concepts."""
    import numpy as np

    from rebond.method.learning.embeddings import cosine, encode
    from rebond.method.playbook import section

    fr, en = section("fr", "cv_terms"), section("en", "cv_terms")
    concepts = sorted(set(fr) & set(en))
    left = [(c, v) for c in concepts for v in fr[c]]
    right = [(c, v) for c in concepts for v in en[c]]
    sim = cosine(encode([v for _, v in left]), encode([v for _, v in right]))
    same = np.array([[a == b for b, _ in right] for a, _ in left])
    identical = np.array([[x.lower() == y.lower() for _, y in right] for _, x in left])
    positives, negatives = sim[same & ~identical], sim[~same]
    print(f"{positives.size} same-concept pairs, {negatives.size} different-concept pairs")
    for threshold in (0.5, 0.6, 0.65, 0.7, 0.72, 0.75, 0.8, 0.85):
        recall = float((positives >= threshold).mean())
        false_rate = float((negatives >= threshold).mean())
        print(
            f"  threshold {threshold:.2f}: same-concept found {recall:.2f}, "
            f"different-concept accepted {false_rate:.4f}"
        )


if __name__ == "__main__" and "--calibrate" in sys.argv:
    calibrate()
