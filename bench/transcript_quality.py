"""Quality of transcript parsing and speech metrics against hand-labelled transcripts.

    .venv/bin/python bench/transcript_quality.py            # each split, then all
    .venv/bin/python bench/transcript_quality.py --details  # per-transcript filler errors
    .venv/bin/python bench/transcript_quality.py --split=dev

The expected figures come from bench/data/transcripts/*.expected.json (see
transcript_build_data.py). Filler counts are compared per transcript and per expression
(true positives = the smaller of the two counts); the language is detected, not given.
Targets: filler F1 >= 0.9, wpm within 3 %, answer boundaries within 1 s.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from rebond.method.speech.metrics import analyze
from rebond.method.speech.transcript import parse
from rebond.method.text.language import fold

DATA = Path(__file__).parent / "data" / "transcripts"


def evaluate(names: list[Path], details: bool) -> dict[str, float]:
    tp = fp = fn = 0
    wpm_errors: list[float] = []
    boundary_errors: list[float] = []
    answer_count_ok = words_ok = silences_ok = timed = skipped_ok = 0
    for sidecar in names:
        gold = json.loads(sidecar.read_text(encoding="utf-8"))
        stem = sidecar.name.removesuffix(".expected.json")
        source = next(p for p in DATA.glob(stem + ".*") if not p.name.endswith(".json"))
        transcript = parse(source.read_bytes().decode("utf-8"))
        report = analyze(transcript, interviewer=gold["interviewer"])
        predicted = {fold(k): v for k, v in report.fillers.items()}
        wanted = {fold(k): v for k, v in gold["fillers"].items()}
        for key in set(predicted) | set(wanted):
            p, g = predicted.get(key, 0), wanted.get(key, 0)
            tp, fp, fn = tp + min(p, g), fp + max(0, p - g), fn + max(0, g - p)
            if details and p != g:
                print(f"  {stem}: {key!r} predicted {p}, expected {g}")
        words_ok += report.words == gold["words"]
        answer_count_ok += len(report.answers) == len(gold["answers"])
        skipped_ok += (
            sum(w.endswith("skipped") for w in transcript.warnings) == gold["skipped_cues"]
        )
        if gold["timed"]:
            timed += 1
            wpm_errors.append(abs((report.wpm or 0) - gold["wpm"]) / gold["wpm"])
            for got, want in zip(report.answers, gold["answers"], strict=False):
                boundary_errors += [abs((got.start or 0) - want["start"])]
                boundary_errors += [abs((got.end or 0) - want["end"])]
            silences_ok += len(report.long_silences) == len(gold["long_silences"])
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    n = len(names)
    print(f"  transcripts: {n} ({timed} timed)   filler uses expected: {tp + fn}")
    print(f"  fillers   precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
    if wpm_errors:
        print(
            f"  wpm       mean error {100 * sum(wpm_errors) / len(wpm_errors):.2f} %"
            f"  max {100 * max(wpm_errors):.2f} %"
        )
    if boundary_errors:
        print(
            f"  answers   boundary error mean {sum(boundary_errors) / len(boundary_errors):.3f} s"
            f"  max {max(boundary_errors):.3f} s"
        )
    print(
        f"  exact: words {words_ok}/{n}, answer counts {answer_count_ok}/{n}, "
        f"skipped cues {skipped_ok}/{n}, long silences {silences_ok}/{timed}"
    )
    return {"f1": f1, "wpm_max": max(wpm_errors, default=0.0)}


def main() -> None:
    details = "--details" in sys.argv
    sidecars = sorted(DATA.glob("*.expected.json"))
    splits: dict[str, list[Path]] = {}
    for path in sidecars:
        split = json.loads(path.read_text(encoding="utf-8"))["split"]
        splits.setdefault(split, []).append(path)
    wanted = [a.removeprefix("--split=") for a in sys.argv if a.startswith("--split=")]
    for split in wanted or sorted(splits):
        print(f"{split}:")
        evaluate(splits.get(split, []), details)
    if not wanted:
        print("all:")
        evaluate(sidecars, details)


if __name__ == "__main__":
    main()
