"""Feedback quality on the writers' corpus, split by writer (bench/feedback_corpus.py).

`.venv/bin/python bench/feedback_writers.py [--split dev|test] [--errors]`

Whole messages, through the product's own reading (`read_email`) and labels (`classify_many`):
- boilerplate kept: share of kept pieces that carry no gold feedback span (target ≤ 10 %);
- courtesy in strengths: kept pieces with no gold span that would enter the strengths journal
  (read as a confident strength; target 0);
- feedback kept: share of gold spans carried by a kept piece (target ≥ 90 %);
- "no feedback" messages read as such (nothing kept).

Single statements (labels given by the writers): polarity accuracy (≥ 0.90), dimension macro-F1
(≥ 0.75), cause accuracy on criticism and neutral reasons (≥ 0.85), grouping ARI over each
writer's points (≥ 0.60); and how many statements would be "to confirm", with the polarity
accuracy of the confident ones.

The test split prints figures only, once per change; `--errors` is refused there.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from typing import Any

from feedback_corpus import SPLITS, load, span_matches
from feedback_quality import accuracy, adjusted_rand_index, macro_f1

from rebond.method.feedback.classifier import classify_many
from rebond.method.feedback.email import read_email
from rebond.method.feedback.groups import group
from rebond.method.feedback.settings import settings
from rebond.method.learning import embeddings


def confident(labels: Any) -> bool:
    return labels.confidence.get("polarity", 1.0) >= settings("fr").confirm_below


def messages(split: str, errors: bool) -> None:
    emails = load(split, "emails")
    start = time.perf_counter()
    readings = [read_email(e["text"]) for e in emails]
    kept_texts = [p.text for r in readings for p in r.kept]
    labels = iter(classify_many(kept_texts)) if kept_texts else iter(())
    print(f"read {len(emails)} messages in {time.perf_counter() - start:.1f} s")
    sure = sure_boiler = asked = asked_boiler = courtesy_strengths = 0
    spans = spans_kept = empty_ok = empty = 0
    for email, reading in zip(emails, readings, strict=True):
        gold = [f["span"] for f in email["feedback"]]
        pieces_kept = reading.kept
        for piece in pieces_kept:
            lab = next(labels)
            boiler = not any(span_matches(piece.text, s) for s in gold)
            if piece.doubtful:
                asked += 1
                asked_boiler += boiler
            else:
                sure += 1
                sure_boiler += boiler
                # Only sure feedback with a sure polarity enters the strengths journal.
                courtesy_strengths += boiler and lab.polarity == "strength" and confident(lab)
            if errors and boiler:
                print(f"  KEPT{'?' if piece.doubtful else ' '} {email['id']}: {piece.text[:110]}")
        for span in gold:
            spans += 1
            if any(span_matches(p.text, span) for p in pieces_kept):
                spans_kept += 1
            elif errors:
                print(f"  LOST  {email['id']}: {span[:110]}")
        if not gold:
            empty += 1
            empty_ok += not any(not p.doubtful for p in pieces_kept)
    stored = sure + asked
    boiler_all = sure_boiler + asked_boiler
    print(
        f"  boilerplate kept as sure feedback  {sure_boiler / max(sure, 1):.1%} "
        f"({sure_boiler}/{sure})  target ≤ 10 %"
    )
    print(
        f"  boilerplate among all kept         {boiler_all / max(stored, 1):.1%} "
        f"({boiler_all}/{stored}; {asked} asked 'is this feedback?', "
        f"{asked / len(emails):.1f} per message)"
    )
    print(f"  courtesy in strengths              {courtesy_strengths}  target 0")
    share = spans_kept / spans
    print(f"  feedback kept (sure or asked)      {share:.1%} ({spans_kept}/{spans})  target ≥ 90 %")
    print(f"  no-feedback messages               {empty_ok}/{empty} with no sure feedback kept")


def statements(split: str, errors: bool) -> None:
    rows = load(split, "statements")
    texts = [r["text"] for r in rows]
    vectors = embeddings.encode(texts)
    labels = classify_many(texts, vectors=vectors)
    pol_gold = [r["polarity"] for r in rows]
    pol_pred = [lab.polarity for lab in labels]
    print(f"== statements ({len(rows)})")
    print(f"  polarity accuracy      {accuracy(pol_gold, pol_pred):.3f}  target ≥ 0.90")
    sure = [k for k, lab in enumerate(labels) if confident(lab)]
    print(
        f"  to confirm             {1 - len(sure) / len(rows):.1%}; polarity accuracy of the "
        f"others {accuracy([pol_gold[k] for k in sure], [pol_pred[k] for k in sure]):.3f}"
    )
    dims = macro_f1([r["dimension"] for r in rows], [lab.dimension for lab in labels])
    print(f"  dimension macro-F1     {dims:.3f}  target ≥ 0.75")
    with_cause = [k for k, r in enumerate(rows) if r["cause"]]
    cause = accuracy(
        [rows[k]["cause"] for k in with_cause], [str(labels[k].cause) for k in with_cause]
    )
    print(f"  cause accuracy         {cause:.3f}  target ≥ 0.85 ({len(with_cause)} statements)")
    aris = []
    for writer in SPLITS[split]:
        idx = [k for k, r in enumerate(rows) if r["writer"] == writer]
        ids = group([(texts[k], labels[k]) for k in idx], vectors=vectors[idx])
        gold = [rows[k]["point"] for k in idx]
        aris.append(adjusted_rand_index(gold, ids))
        print(f"  grouping ARI {writer}        {aris[-1]:.3f} ({len(set(ids))}/{len(set(gold))})")
    print(f"  grouping ARI mean      {sum(aris) / len(aris):.3f}  target ≥ 0.60")
    if errors:
        wrong = Counter()
        for row, lab in zip(rows, labels, strict=True):
            if row["polarity"] != lab.polarity:
                wrong[(row["polarity"], lab.polarity)] += 1
                print(
                    f"  POL {row['polarity']}→{lab.polarity} {lab.confidence['polarity']:.2f}"
                    f" {row['text'][:100]}"
                )
        print(wrong)


def main() -> None:
    split = sys.argv[sys.argv.index("--split") + 1] if "--split" in sys.argv else "dev"
    errors = "--errors" in sys.argv
    if split == "test" and errors:
        sys.exit("The test split's errors are never printed: read the dev split's instead.")
    if split not in ("dev", "test"):
        sys.exit("--split dev or --split test")
    print(f"== messages, {split} split (writers {', '.join(SPLITS[split])})")
    messages(split, errors)
    statements(split, errors)


if __name__ == "__main__":
    main()
