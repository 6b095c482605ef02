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

History. Until the fourth pass only dev and dev2 were tuned on and their errors shown. "fresh"
pairs were written before the merge of the two job-term extractors; their figures (never their
errors) were printed three times: after the first merged version, after a dev-tuned rule that
cost held-out recall was reverted, and after the last change (a lone modifier after a generic
head noun is not a skill). Figures are printed per split: "dev" pairs were looked at while
tuning, "test" pairs were written at the same time but only scored, never used to adjust the
code or the playbook.

Second precision pass (November 2026, duty phrases and personal qualities): 14 "fresh2" pairs
(French and English, ten sectors) were written first and scored once with the code as it
stood (P 0.50, R 0.77); 14 "dev2" pairs were then written and used, with "dev", to tune; at
the end test, final, fresh and fresh2 were each scored once more, in one run:

    split   pairs  before (P / R)  after (P / R)
    dev       16    0.78 / 0.92    0.86 / 0.93   (tuned on)
    dev2      14    0.47 / 0.76    0.68 / 0.83   (tuned on)
    test      17    0.58 / 0.81    0.57 / 0.77
    final      6    0.61 / 0.81    0.57 / 0.78
    fresh      4    0.66 / 0.83    0.68 / 0.83
    fresh2    14    0.50 / 0.77    0.57 / 0.82

The rules that lifted dev and dev2 did not carry to test and final: the 0.7 precision target
is still missed on every held-out split, and test/final recall fell below 0.8. Their errors
were not looked at.

Third attempt (November 2026), a learned candidate filter instead of more rules: 13 "fresh3"
pairs (French and English, thirteen sectors no other split covers: building works, road
haulage, pharmacy, retail banking, security, electrician, SOC analyst, architectural
technology, QC laboratory, aircraft maintenance, packaging design, actuarial, estate agency)
were written first and scored once with the rules as they stood (P 0.46, R 0.80). A logistic
regression over 26 features of each extracted keyword (zone, how it was read, words, acronym,
capitals, symbols, generic or abstract head, object of a duty verb, after a requirement cue,
several zones, repeated, list line, position, language, word frequency over the development
ads) was trained on the 235 missing-list candidates of dev + dev2 (173 right). Leave-one-pair-
out cross-validation chose L2 1.0 and a threshold of 0.36 (best precision with recall >= 0.85):
P 0.741 -> 0.789, R 0.869 -> 0.853. Held out, scored once at the end (errors not printed):

    split   pairs  rules (P / R)  rules + learned filter (P / R)
    test      17    0.57 / 0.77    0.57 / 0.68
    final      6    0.57 / 0.78    0.59 / 0.75
    fresh      4    0.68 / 0.83    0.70 / 0.83
    fresh2    14    0.57 / 0.82    0.58 / 0.78
    fresh3    13    0.46 / 0.80    0.47 / 0.75

Precision moved by 0.00 to 0.02 and recall fell by 0.03 to 0.09: the filter was reverted (the
code, the trainer bench/cv_keyword_train.py and the weights stay in commit bf51534). What the
development pairs still hold after the rules are mostly hard negatives unlike the held-out
ones, so a model fitted on them does not carry either. fresh3 has now been scored twice.
Fourth pass (November 2026, wider development data): 17 "fresh4" pairs (8 French, 9
English; insurance claims, customs declarant, wastewater treatment, veterinary nursing,
physiotherapy, agronomy, translation, GIS, e-commerce merchandising, game development,
clinical research, wind turbines, social work, dental nursing, archives, environmental
health, early years) were written first, gold lists from the texts alone, and scored once with
the code as it stood. The 54 old held-out pairs were then promoted to development and their
errors studied with dev and dev2 (84 pairs); each rule was kept only if the pooled figure
improved and no split lost more than 0.03 of recall. fresh4 was scored a second time at the
end (errors never printed):

    split   pairs  before (P / R)  after (P / R)
    dev       16    0.86 / 0.93    0.91 / 0.93
    dev2      14    0.68 / 0.83    0.70 / 0.83
    test      17    0.57 / 0.77    0.62 / 0.76
    final      6    0.57 / 0.78    0.66 / 0.78
    fresh      4    0.68 / 0.83    0.79 / 0.83
    fresh2    14    0.57 / 0.82    0.64 / 0.82
    fresh3    13    0.46 / 0.80    0.58 / 0.80
    pooled    84   0.614 / 0.827  0.683 / 0.824
    fresh4    17    0.40 / 0.74    0.44 / 0.73   (held out, scored twice)

The 0.7 precision target is met on none of the held-out data: development precision rose by
0.07 pooled, fresh4 by 0.04. docs/cv.md lists the rules and what was measured and not kept.

Fifth pass (November 2026): two more annotators re-read fresh3 and fresh4 on their own and
agree with the gold lists at P 0.87 / R 0.92 (bench/cv_agreement.py): the gold lists are not
the ceiling. A new split "fresh5" (16 pairs) was written first and scored before and after
four general rules (a phrase and its acronym in brackets, acronyms joined by a slash, a
participle after a name, a French role showing its activity):

    split   pairs  before (P / R)  after (P / R)
    pooled    84   0.683 / 0.824  0.694 / 0.829   (development)
    fresh4    17    0.44 / 0.73    0.44 / 0.73    (held out, printed eight times in all)
    fresh5    16    0.35 / 0.87    0.36 / 0.87    (held out, written for this pass)

docs/cv.md gives the details, and what was measured and not kept.

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
