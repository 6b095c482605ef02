"""The CV check on real files: the same pairs read from the writers' DOCX and PDF CVs.

Run from the repository root:
    .venv/bin/python bench/cv_files.py               (development split)
    .venv/bin/python bench/cv_files.py --split=test  (held out: figures only)

Some pairs of `bench/data/cv/writers/` carry `cv_file`: the CV as the writer laid it out in a
word processor (one or two columns) and saved as DOCX or PDF with LibreOffice. This script reads
that file the way `rebond match --cv FILE` does (`rebond.documents.bounded.read_cv_words`), runs
the requirement check, and scores it against the pair's gold exactly like
`bench/cv_requirements.py`, next to the same pairs read from the writer's text. The gap between
the two lines is what reading a real file costs.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cv_requirements as bench

from rebond.documents.bounded import read_cv_words


def _file_of(pair: dict[str, Any]) -> Path | None:
    code = pair["_id"].split("/")[0]
    for root in (bench.WRITERS, bench.MAIN_WRITERS):
        path = root / code / str(pair.get("cv_file") or "")
        if pair.get("cv_file") and path.is_file():
            return path
    return None


def evaluate(split: str) -> tuple[bench.Tally, bench.Tally, int]:
    from_text, from_file, empty = bench.Tally(), bench.Tally(), 0
    system = bench.SYSTEMS["requirements"]
    for pair in bench.pairs(split):
        path = _file_of(pair)
        if path is None:
            continue
        words = read_cv_words(path.read_bytes(), path.name) or ""
        empty += not words.strip()
        errors = bench.score_pair(pair, system(words, pair["ad"]), from_file)
        bench.score_pair(pair, system(pair["cv"], pair["ad"]), from_text)
        if split not in bench.HIDDEN and "--verbose" in sys.argv and errors:
            print(pair["_id"], path.name)
            print("\n".join(errors))
    return from_text, from_file, empty


def main(argv: list[str]) -> None:
    split = next((a.split("=", 1)[1] for a in argv if a.startswith("--split=")), "dev")
    if split not in bench.SPLITS:
        sys.exit(f"--split is one of {', '.join(bench.SPLITS)}")
    if "--verbose" in argv and split in bench.HIDDEN:
        sys.exit(f"the {split} split is held out: its errors are never printed, ask for figures")
    from_text, from_file, empty = evaluate(split)
    print(bench.report(split, "text", from_text))
    print(bench.report(split, "file", from_file) + f" | files read as empty: {empty}")


if __name__ == "__main__":
    main(sys.argv[1:])
