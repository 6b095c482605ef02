"""Crash safety: kill -9 the process that writes, mid-write, and check all-or-nothing.

    .venv/bin/python bench/load_crash.py [--kills 6] [--skip-postgres]

Two writes, each through the same service the web views call, in a child process that the
benchmark kills with SIGKILL at a random moment:
- an import of 20,000 applications (`jobs.importing.import_applications`, one transaction):
  afterwards the person has either 0 or all 20,000 applications;
- a debrief save (`debrief.services.flow.save_causes`, replace-all in one transaction) looping
  over sets of 300 causes, each set naming its turn, the writer noting each turn once
  `save_causes` returned: afterwards the causes are exactly one set, the last acknowledged
  or the one in flight. An older one is an acknowledged write lost (the line says `lost N`).
After each kill the app must start again cleanly: `check`, `migrate --check`, SQLite's
`PRAGMA integrity_check`, and a fresh gunicorn answering /health/. Runs on local SQLite and
on a throwaway PostgreSQL.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = str(ROOT / ".venv" / "bin" / "python")
sys.path.insert(0, str(ROOT / "bench"))

ROWS = 20_000
CAUSES = 300


def child(mode: str, ready_file: str) -> None:
    """The writer: set up, say ready, then write until killed."""
    import django

    django.setup()
    from django.contrib.auth import get_user_model

    from rebond.debrief.models import Debrief
    from rebond.debrief.services import flow
    from rebond.jobs.importing import import_applications

    user = get_user_model().objects.get(username="crash")
    if mode == "import":
        lines = ["company,role,applied_on,stage"]
        lines += [
            f"Entreprise {i % 700},Poste {i},2026-01-{1 + i % 28:02d},applied" for i in range(ROWS)
        ]
        data = "\n".join(lines).encode()
        Path(ready_file).write_text("ready")
        import_applications(user, data, "big.csv", max_rows=ROWS)
        Path(ready_file).write_text("done")
        time.sleep(60)
    else:
        debrief = Debrief.objects.filter(user=user).first()
        acknowledged = Path(ready_file + ".ack")
        Path(ready_file).write_text("ready")
        for turn in range(10_000):
            causes = [(f"T{turn} cause {i}", "controllable", "improvable") for i in range(CAUSES)]
            flow.save_causes(debrief, causes)
            # Written aside then renamed: a kill -9 leaves the old note or the new one whole
            # (the page cache outlives the process).
            acknowledged.with_suffix(".tmp").write_text(str(turn))
            os.replace(acknowledged.with_suffix(".tmp"), acknowledged)


def django_env(base: dict[str, str], data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REBOND_")}
    env.update(base)
    env.update(
        {
            "REBOND_DATA_DIR": str(data_dir),
            "REBOND_ALLOWED_HOSTS": "127.0.0.1",
            "DJANGO_SETTINGS_MODULE": "rebond.settings",
            "PYTHONPATH": f"{ROOT / 'src'}:{ROOT / 'bench'}",
            "REBOND_SSL_REDIRECT": "false",
        }
    )
    return env


def run(env: dict[str, str], code: str) -> str:
    return subprocess.run(
        [PYTHON, "-c", f"import django; django.setup()\n{code}"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    ).stdout.strip()


PREPARE = """
from django.core.management import call_command
call_command("migrate", verbosity=0)
from django.contrib.auth import get_user_model
from rebond.debrief.tests.factories import make_debrief
user, _ = get_user_model().objects.get_or_create(username="crash")
make_debrief(user)
"""
STATE = """
from rebond.jobs.models import Application
from rebond.debrief.models import Cause
apps = Application.objects.filter(user__username="crash", role__startswith="Poste ").count()
tags = sorted({c.text.split()[0] for c in Cause.objects.filter(debrief__user__username="crash")})
# "T57" for one whole set; "T57T58" would be a mix
causes = Cause.objects.filter(debrief__user__username="crash").count()
print(apps, causes, "".join(tags) or "-")
"""
RESET_IMPORT = """
from rebond.jobs.models import Application, Company
Application.objects.filter(user__username="crash", role__startswith="Poste ").delete()
"""


def starts_cleanly(env: dict[str, str]) -> bool:
    checks = [
        [PYTHON, "-m", "django", "check"],
        [PYTHON, "-m", "django", "migrate", "--check"],
    ]
    for command in checks:
        if subprocess.run(command, env=env, capture_output=True, cwd=ROOT).returncode != 0:
            return False
    if "sqlite" in run(env, "from django.db import connection; print(connection.vendor)"):
        result = run(env, INTEGRITY)
        if result != "ok":
            return False
    from load_hosted import serve  # the same gunicorn start as the load benchmark

    server, _ = serve(env, 1, 2, subprocess.DEVNULL)  # raises if /health/ never answers
    server.terminate()
    server.wait(timeout=30)
    return True


INTEGRITY = """
from django.db import connection
with connection.cursor() as c:
    c.execute("PRAGMA integrity_check")
    print(c.fetchone()[0])
"""


def kill_during(env: dict[str, str], mode: str, work: Path, rng: random.Random) -> str:
    ready = work / f"{mode}.ready"
    ready.unlink(missing_ok=True)
    Path(f"{ready}.ack").unlink(missing_ok=True)
    process = subprocess.Popen(
        [PYTHON, str(Path(__file__).resolve()), "--child", mode, str(ready)], env=env, cwd=ROOT
    )
    while not ready.exists() or ready.read_text() != "ready":
        if process.poll() is not None:
            raise SystemExit(f"the {mode} writer stopped early")
        time.sleep(0.01)
    time.sleep(rng.uniform(0.05, 2.5 if mode == "import" else 1.0))
    finished = ready.read_text() == "done"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    return "after commit" if finished else "mid-write"


def scenario(name: str, env: dict[str, str], work: Path, kills: int) -> list[str]:
    run(env, PREPARE)
    rng = random.Random(7)
    lines = []
    for mode in ("import", "debrief"):
        outcomes = []
        lost = 0
        for _ in range(kills):
            run(env, RESET_IMPORT)
            moment = kill_during(env, mode, work, rng)
            apps, causes, tags = run(env, STATE).split()
            if mode == "import":
                whole = int(apps) in (0, ROWS)
                lost += moment == "after commit" and int(apps) != ROWS
                seen = apps
            else:
                ack = work / f"{mode}.ready.ack"
                acked = int(ack.read_text()) if ack.exists() else -1
                stored = int(tags[1:]) if tags.startswith("T") else -1
                whole = int(causes) == CAUSES and tags.startswith("T") and "T" not in tags[1:]
                lost += stored < acked  # an older set than the last one acknowledged
                seen = f"{causes} of turn {stored}, acknowledged {acked}"
            clean = starts_cleanly(env)
            outcomes.append((moment, seen, whole, clean))
        ok = all(w and c for _, _, w, c in outcomes) and not lost
        seen = ", ".join(f"{m}: {v}" for m, v, _, _ in outcomes)
        lines.append(f"{name:10} {mode:8} {'OK ' if ok else 'FAIL'} lost {lost} [{seen}]")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kills", type=int, default=6)
    parser.add_argument("--skip-postgres", action="store_true")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    work = Path(tempfile.mkdtemp(prefix="rebond-crash-"))
    lines = scenario(
        "sqlite", django_env({"REBOND_MODE": "local"}, work / "local"), work, args.kills
    )
    if not args.skip_postgres:
        out = subprocess.run(
            [str(ROOT / "scripts" / "pg-throwaway")], capture_output=True, text=True, check=True
        ).stdout
        pg = dict(part.split("=", 1) for part in out.replace("export ", "").split())
        try:
            from cryptography.fernet import Fernet

            env = django_env(
                {
                    "REBOND_MODE": "hosted",
                    "DATABASE_URL": pg["DATABASE_URL"],
                    "REBOND_SECRET_KEY": "crash-" + "x" * 60,
                    "REBOND_FIELD_KEYS": Fernet.generate_key().decode(),
                    "REBOND_STATIC_ROOT": str(work / "static"),
                },
                work / "hosted",
            )
            subprocess.run(
                [PYTHON, "-m", "django", "collectstatic", "--noinput", "-v", "0"],
                env=env,
                check=True,
                cwd=ROOT,
            )
            lines += scenario("postgresql", env, work, args.kills)
        finally:
            subprocess.run(
                [str(ROOT / "scripts" / "pg-throwaway"), "stop", pg["REBOND_PG_DIR"]], check=False
            )
    print("\n".join(lines))


if __name__ == "__main__":
    main()
