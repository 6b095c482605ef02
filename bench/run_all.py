"""Run every benchmark and quality measurement, one process each, and print their figures.

Usage: .venv/bin/python bench/run_all.py [NAME ...]   (names without .py; default: all)
Each script runs with a time limit; a failing or slow one is reported and the rest go on.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Grouped by issue; helpers (common, heavy_user, *_data, *_build_data) are not benchmarks.
BENCHMARKS = [
    "cli_startup",
    "import_speed",
    "tracker_pages",  # foundation
    "thoughts_quality",
    "thoughts_speed",
    "debrief_cli",
    "debrief_pages",  # debrief
    "feedback_quality",
    "feedback_speed",
    "feedback_pages",
    "messages_doubts",  # feedback
    "plan_pages",  # plan and agenda
    "funnel_quality",
    "insights_pages",
    "insights_cli",  # insights
    "transcript_quality",
    "transcript_speed",
    "prep_cli",  # preparation
    "cv_quality",
    "cv_agreement",
    "cv_speed",
    "documents_cli",  # CV
    "network_pages",
    "network_import",  # network
    "export_erasure",  # privacy (X3): export and erasure of 100,000 contacts
    "coaching_report",  # hosted mode: a programme's cohort report, 250 job seekers
    "coaching_caseload",  # hosted (X2): a coach's caseload of 250, on PostgreSQL
]
LIMIT_SECONDS = 900


def main() -> int:
    chosen = sys.argv[1:] or BENCHMARKS
    failures = []
    for name in chosen:
        script = HERE / f"{name}.py"
        if not script.exists():
            print(f"== {name}: no such benchmark", flush=True)
            failures.append(name)
            continue
        print(f"== {name}", flush=True)
        started = time.perf_counter()
        try:
            done = subprocess.run([sys.executable, str(script)], timeout=LIMIT_SECONDS)
        except subprocess.TimeoutExpired:
            print(f"   stopped after {LIMIT_SECONDS} s", flush=True)
            failures.append(name)
            continue
        if done.returncode != 0:
            failures.append(name)
        print(f"   ({time.perf_counter() - started:.1f} s)", flush=True)
    if failures:
        print("did not finish cleanly: " + ", ".join(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
