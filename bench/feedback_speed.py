"""Speed of the feedback pipeline.

Run from the repo root: `.venv/bin/python bench/feedback_speed.py`.
1. End to end, 10,000 distinct lines: a fresh Python process starts, loads the encoder and the
   model, classifies and groups them (wall time of the whole process; target < 15 s); then the
   same lines through `rebond analyze feedback FILE` (JSON Lines out).
2. Ranking 5,000 stored statements whose labels and vectors are given (target ≪ 300 ms).
Lines are dev and training statements with a varying interview tag, so that none repeats.
On a shared, busy machine run it with OPENBLAS_NUM_THREADS=1: multi-threaded BLAS competing for
two cores made the encoder about ten times slower in our measurements.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [
    ROOT / "bench" / "data" / "feedback" / "dev.jsonl",
    ROOT / "src" / "rebond" / "method" / "data" / "feedback" / "train.jsonl",
]


def distinct_lines(n: int) -> list[str]:
    base = [json.loads(line)["text"] for path in SOURCES for line in path.open(encoding="utf-8")]
    return [f"{base[i % len(base)]} (entretien {i // len(base) + 1})" for i in range(n)]


def end_to_end(path: str) -> None:
    from rebond.method import embeddings
    from rebond.method.feedback import classify_many, group

    lines = Path(path).read_text(encoding="utf-8").splitlines()
    vectors = embeddings.encode(lines)  # once, shared by classification and grouping
    labels = classify_many(lines, vectors=vectors)
    ids = group(list(zip(lines, labels, strict=True)), vectors=vectors)
    print(f"{len(lines)} lines, {len(set(ids))} groups")


def main() -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write("\n".join(distinct_lines(10_000)))
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, __file__, "--end-to-end", f.name], capture_output=True, text=True
    )
    wall = time.perf_counter() - start
    print(f"end to end: {done.stdout.strip() or done.stderr[-500:]} in {wall:.1f} s wall")
    # The same 10,000 lines through the command a person runs (process start-up included).
    rebond = Path(sys.executable).with_name("rebond")
    start = time.perf_counter()
    cli = subprocess.run([str(rebond), "analyze", "feedback", f.name], capture_output=True)
    wall = time.perf_counter() - start
    Path(f.name).unlink()
    rows = cli.stdout.decode("utf-8").splitlines()
    groups = len({json.loads(r)["group"] for r in rows})
    print(f"rebond analyze feedback: {len(rows)} JSON lines, {groups} groups in {wall:.1f} s wall")

    from rebond.method import embeddings
    from rebond.method.feedback import FeedbackItem, classify_many, rank_points

    texts = distinct_lines(5_000)
    vectors = embeddings.encode(texts)
    labels = classify_many(texts, vectors=vectors)
    now = datetime(2026, 3, 1, tzinfo=UTC)
    items = [
        FeedbackItem(t, lab, f"r{i % 40}", now - timedelta(days=i % 300), 1.0, vectors[i])
        for i, (t, lab) in enumerate(zip(texts, labels, strict=True))
    ]
    rank_points(items[:10], now)  # warm the shipped model, as a running server would be
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        points = rank_points(items, now)
        timings.append(time.perf_counter() - start)
    print(
        f"rank_points on 5,000 stored statements: {len(points)} points, "
        f"best of 3 {min(timings) * 1000:.0f} ms, worst {max(timings) * 1000:.0f} ms"
    )


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--end-to-end":
        end_to_end(sys.argv[2])
    else:
        main()
