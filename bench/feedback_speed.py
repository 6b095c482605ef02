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
import os
import resource
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
    from rebond.method.feedback.classifier import classify_many
    from rebond.method.feedback.groups import group
    from rebond.method.learning import embeddings

    lines = Path(path).read_text(encoding="utf-8").splitlines()
    # Once, shared by classification and grouping; spread over the cores as the CLI does.
    vectors = embeddings.encode(lines, workers=embeddings.batch_workers())
    labels = classify_many(lines, vectors=vectors)
    ids = group(list(zip(lines, labels, strict=True)), vectors=vectors)
    print(f"{len(lines)} lines, {len(set(ids))} groups")


def _run(
    command: list[str], env: dict[str, str]
) -> tuple[subprocess.CompletedProcess, float, float]:
    """Run a child process; its wall time and its CPU time (user + system)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return done, wall, cpu


def main() -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write("\n".join(distinct_lines(10_000)))
    # The trained classifier is kept on disk between runs: the first run below trains it (cold),
    # the command after it reads it back (warm), as a person's second run would.
    env = {**os.environ, "REBOND_MODEL_CACHE": tempfile.mkdtemp(prefix="rebond-model-")}
    done, wall, cpu = _run([sys.executable, __file__, "--end-to-end", f.name], env)
    said = done.stdout.decode().strip() or done.stderr.decode()[-500:]
    print(f"end to end (model trained): {said} in {wall:.1f} s wall, {cpu:.1f} s CPU")
    # The same 10,000 lines through the command a person runs (process start-up included).
    rebond = Path(sys.executable).with_name("rebond")
    cli, wall, cpu = _run([str(rebond), "analyze", "feedback", f.name], env)
    Path(f.name).unlink()
    rows = cli.stdout.decode("utf-8").splitlines()
    groups = len({json.loads(r)["group"] for r in rows})
    print(
        f"rebond analyze feedback (model read back): {len(rows)} JSON lines, {groups} groups "
        f"in {wall:.1f} s wall, {cpu:.1f} s CPU (target 15 s wall)"
    )

    from rebond.method.feedback.classifier import classify_many
    from rebond.method.feedback.groups import FeedbackItem
    from rebond.method.feedback.points import rank_points
    from rebond.method.learning import embeddings

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
