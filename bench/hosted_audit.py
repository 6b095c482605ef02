"""The hosted-mode audit of issue 22, repeatable: leaks, acknowledged writes lost, 5xx.

    .venv/bin/python bench/hosted_audit.py [--examples 25] [--kills 3] [--skip-crash]

Against a throwaway PostgreSQL in hosted mode (scripts/pg-throwaway, as `make fuzz`):
1. the cross-user matrix: tests/hosted/test_isolation.py, run as it is (every URL and every
   API path with an id, enumerated from the URL conf and the OpenAPI schema; four personas:
   the owner, a job seeker of the same organisation, a coach without consent, anonymous).
   A failed test there is a leak (another person's object not answered 404, or anonymous
   not sent to sign in); the requests are counted by a plugin (bench/hosted_audit_plugin.py);
2. the API fuzz: tests/hosted/test_api_fuzz.py (schemathesis) at --examples per operation;
3. the crash trials of bench/load_crash.py (kill -9 mid-write, on SQLite and PostgreSQL): an
   acknowledged write lost is an import the writer saw committed that is not all there after
   the kill (or a debrief left half-replaced).
It prints one line per figure; the exit status is 1 when any is not 0.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = str(ROOT / ".venv" / "bin" / "python")
sys.path.insert(0, str(ROOT / "bench"))
PYTEST_ARGS = [
    "-p", "no:cacheprovider", "-p", "hosted_audit_plugin", "-q", "--no-header", "-rN",
    "tests/hosted/test_isolation.py", "tests/hosted/test_api_fuzz.py",
]  # fmt: skip


def hosted_env(database_url: str, data_dir: str, examples: int, out: Path) -> dict[str, str]:
    from cryptography.fernet import Fernet

    env = {k: v for k, v in os.environ.items() if not k.startswith("REBOND_")}
    env.update(
        {
            "DATABASE_URL": database_url,
            "REBOND_MODE": "hosted",
            "REBOND_DATA_DIR": data_dir,
            "REBOND_SSL_REDIRECT": "false",
            "REBOND_ALLOWED_HOSTS": "testserver,localhost",
            "REBOND_SECRET_KEY": "audit-" + "x" * 60,
            "REBOND_FIELD_KEYS": Fernet.generate_key().decode(),
            "REBOND_EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
            "REBOND_FUZZ_EXAMPLES": str(examples),
            "REBOND_AUDIT_OUT": str(out),
            "PYTHONPATH": f"{ROOT / 'src'}:{ROOT / 'bench'}:{ROOT}",
        }
    )
    return env


def matrix_and_fuzz(examples: int) -> dict:
    """Both pytest modules in one run on one throwaway PostgreSQL; the plugin's counts."""
    out = Path(tempfile.mkdtemp(prefix="rebond-audit-")) / "counts.json"
    started = subprocess.run(
        [str(ROOT / "scripts" / "pg-throwaway")], capture_output=True, text=True, check=True
    ).stdout
    pg = dict(part.split("=", 1) for part in started.replace("export ", "").split())
    try:
        env = hosted_env(pg["DATABASE_URL"], tempfile.mkdtemp(), examples, out)
        subprocess.run(
            [PYTHON, "-m", "pytest", *PYTEST_ARGS],
            env=env,
            cwd=ROOT,
            check=False,
        )
    finally:
        subprocess.run(
            [str(ROOT / "scripts" / "pg-throwaway"), "stop", pg["REBOND_PG_DIR"]], check=False
        )
    return json.loads(out.read_text(encoding="utf-8"))


def crash_trials(kills: int) -> tuple[int, int, list[str]]:
    """(trials, acknowledged writes lost, load_crash's lines)."""
    done = subprocess.run(
        [PYTHON, str(ROOT / "bench" / "load_crash.py"), "--kills", str(kills)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    trials = lost = 0
    for line in lines:
        counted = re.search(r" lost (\d+) \[(.*)\]", line)
        if counted:
            lost += int(counted.group(1))
            trials += counted.group(2).count(": ")
    if done.returncode != 0:
        lines.append(f"load_crash.py stopped with status {done.returncode}: {done.stderr[-500:]}")
        lost += 1  # not measured is not zero
    return trials, lost, lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--examples", type=int, default=25, help="fuzz examples per operation")
    parser.add_argument("--kills", type=int, default=3, help="kills per writer and database")
    parser.add_argument("--skip-crash", action="store_true")
    args = parser.parse_args()

    counts = matrix_and_fuzz(args.examples)
    isolation = counts["counts"].get("test_isolation", {})
    fuzz = counts["counts"].get("test_api_fuzz", {})
    leaks = counts["failed"].get("test_isolation", [])
    print(
        f"cross-user matrix: {isolation.get('requests', 0)} requests in "
        f"{isolation.get('passed', 0) + isolation.get('failed', 0)} checks, "
        f"leaks: {len(leaks)}"
    )
    for name in leaks[:20]:
        print(f"  leak: {name}")
    print(
        f"API fuzz: {fuzz.get('requests', 0)} requests at {args.examples} examples per "
        f"operation, failed operations: {fuzz.get('failed', 0)}"
    )
    for name in counts["failed"].get("test_api_fuzz", [])[:20]:
        print(f"  failed: {name}")
    server_errors = sum(c.get("5xx", 0) for c in counts["counts"].values())
    print(f"5xx: {server_errors}")
    for module, calls in counts["server_errors"].items():
        for call in sorted(set(calls))[:10]:
            print(f"  5xx in {module}: {call}")
    lost = 0
    if not args.skip_crash:
        trials, lost, lines = crash_trials(args.kills)
        print(f"crash trials: {trials} kill -9, acknowledged writes lost: {lost}")
        for line in lines:
            print(f"  {line}")
    bad = len(leaks) + server_errors + lost + fuzz.get("failed", 0)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
