"""`rebond --help` wall time against `python -c pass` (target: under 0.15 s median).
Run: .venv/bin/python bench/cli_startup.py"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).parent


def wall(command: list[str], runs: int = 15) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def main() -> None:
    bare = wall([sys.executable, "-c", "pass"])
    typer_only = wall([sys.executable, "-c", "import typer"])
    help_time = wall([str(BIN / "rebond"), "--help"])
    print(f"python -c pass       median {bare * 1000:6.1f} ms")
    print(f"python -c 'import typer' median {typer_only * 1000:6.1f} ms")
    print(
        f"rebond --help        median {help_time * 1000:6.1f} ms  "
        f"({help_time / bare:.1f}x python -c pass; target 150 ms: "
        f"{'OK' if help_time < 0.15 else 'OVER'})"
    )


if __name__ == "__main__":
    main()
