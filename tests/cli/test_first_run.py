"""Two commands started together on a fresh data folder both migrate it safely."""

import os
import subprocess
import sys
from pathlib import Path

BIN = Path(sys.executable).parent


def test_it_migrates_once_when_two_commands_start_together(tmp_path):
    env = {**os.environ, "REBOND_DATA_DIR": str(tmp_path)}
    env.pop("DATABASE_URL", None)
    commands = [
        subprocess.Popen(
            [str(BIN / "rebond"), "list"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        for _ in range(2)
    ]
    results = [(*c.communicate(timeout=120), c.returncode) for c in commands]
    errors = [err.decode()[-500:] for _, err, _ in results]
    assert [code for _, _, code in results] == [0, 0], errors


def test_the_quick_check_sees_a_migration_that_was_never_applied(db):
    from django.db.migrations.recorder import MigrationRecorder

    from rebond.cli.setup import _all_applied_fast, _pending_migrations

    assert _all_applied_fast() and not _pending_migrations()
    MigrationRecorder.Migration.objects.filter(app="plan", name="0001_initial").delete()
    assert not _all_applied_fast()  # the full check decides from there
