"""`rebond --help` against `python -c pass` (target: under 0.15 s median on these machines).

Reports wall time and the child's CPU time (user + system): on a busy shared machine the wall
time stretches with the load, the CPU time much less. Run: .venv/bin/python bench/cli_startup.py
"""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).parent


def measure(command: list[str], runs: int = 15) -> tuple[float, float]:
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        walls.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    rows = [
        ("python -c pass", [sys.executable, "-c", "pass"]),
        ("python -c 'import typer'", [sys.executable, "-c", "import typer"]),
        ("rebond --help", [str(BIN / "rebond"), "--help"]),
    ]
    results = {name: measure(command) for name, command in rows}
    bare_wall, bare_cpu = results["python -c pass"]
    for name, (wall, cpu) in results.items():
        print(
            f"{name:26} wall {wall * 1000:6.1f} ms   cpu {cpu * 1000:6.1f} ms   "
            f"({wall / bare_wall:4.1f}x / {cpu / bare_cpu:4.1f}x python -c pass)"
        )
    wall, cpu = results["rebond --help"]
    print(
        f"target 150 ms median: wall {'OK' if wall < 0.15 else 'OVER'}, "
        f"cpu {'OK' if cpu < 0.15 else 'OVER'}"
    )


if __name__ == "__main__":
    main()
