"""Helpers shared by the benchmarks: Django on a throwaway SQLite file, timing statistics."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))


def setup_django() -> None:
    os.environ.setdefault("REBOND_DATA_DIR", tempfile.mkdtemp(prefix="rebond-bench-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rebond.settings")
    os.environ.setdefault("REBOND_ALLOWED_HOSTS", "testserver,127.0.0.1,localhost")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def timings(action: Callable[[], object], runs: int = 30, warmup: int = 3) -> list[float]:
    for _ in range(warmup):
        action()
    measured = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        measured.append(time.perf_counter() - started)
    return measured


def summary(name: str, seconds: list[float], target: float | None = None) -> str:
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    median = statistics.median(ordered)
    verdict = (
        ""
        if target is None
        else (" OK" if p95 <= target else f" OVER target {target * 1000:.0f} ms")
    )
    return f"{name:40} median {median * 1000:7.1f} ms   p95 {p95 * 1000:7.1f} ms{verdict}"
