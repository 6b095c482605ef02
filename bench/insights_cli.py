"""`rebond funnel` wall time for the heavy user (5,000 applications, 20,000 stage events),
target under 1 s. `rebond list` runs first as the reference: every data command pays the same
Django start-up and migration check before its own work.
Run: .venv/bin/python bench/insights_cli.py"""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from common import setup_django

setup_django()  # sets REBOND_DATA_DIR to a throwaway folder the commands below inherit

from insights_data import make_insights_user  # noqa: E402

from rebond.accounts.services import local_user  # noqa: E402

REBOND = str(Path(sys.executable).parent / "rebond")
COMMANDS = [
    ["list", "--stage", "offer"],  # the tracker's own command: same Django start-up, for scale
    ["funnel"],
    ["funnel", "--by", "channel"],
    ["funnel", "--since", "2026-01-01", "--json"],
    ["experiment", "status"],
]


def wall(args: list[str], runs: int = 7) -> tuple[list[float], float]:
    """Wall times, and the median CPU time (user + system) of the child processes."""
    samples, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run([REBOND, *args], check=True, stdout=subprocess.DEVNULL)
        samples.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return samples, statistics.median(cpu)


def main() -> None:
    applications, events = make_insights_user(local_user())
    print(f"heavy local person: {applications} applications, {events} stage events")
    for args in COMMANDS:
        samples, cpu = wall(args)
        samples.sort()
        median, worst = statistics.median(samples), samples[-1]
        verdict = "OK" if median < 1.0 else "OVER target 1 s"
        name = "rebond " + " ".join(args)
        print(
            f"{name:42} median {median * 1000:6.0f} ms   max {worst * 1000:6.0f} ms   "
            f"cpu {cpu * 1000:5.0f} ms  {verdict}"
        )


if __name__ == "__main__":
    main()
