"""Load benchmark of a hosted Rebond (X2): PostgreSQL + gunicorn, driven by locust on loopback.

    .venv/bin/python bench/load_hosted.py [--people 500] [--users 100] [--seconds 60]

1. starts a throwaway PostgreSQL (scripts/pg-throwaway), migrates, seeds N job seekers with
   realistic data (bench/load_seed.py: 40 applications with stage histories, interviews, plan
   actions, contacts each) and one signed-in session per person;
2. serves it with gunicorn as docs/operations.md describes (gthread, workers x threads);
3. warms each worker up (a few requests per page: templates compile on first use), then runs
   locust (its own process) with U concurrent people for S seconds, a mix of page views
   and writes (bench/load_locustfile.py), and prints requests/s, p50/p95/p99 and errors
   (statistics reset once all users have started: the steady state, not the ramp);
4. does the same for one person on local-mode SQLite, for the figure beside it.
Bounded: loopback only, fixed duration, everything stopped at the end.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = str(ROOT / ".venv" / "bin" / "python")
BIN = ROOT / ".venv" / "bin"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def django_env(base: dict[str, str], data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REBOND_")}
    env.update(base)
    env.update(
        {
            "REBOND_DATA_DIR": str(data_dir),
            "REBOND_STATIC_ROOT": str(data_dir / "static"),
            "REBOND_ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DJANGO_SETTINGS_MODULE": "rebond.settings",
            "PYTHONPATH": str(ROOT / "src"),
            "PYTHONDONTWRITEBYTECODE": "1",
        }
    )
    return env


def manage(env: dict[str, str], *args: str) -> None:
    subprocess.run([PYTHON, "-m", "django", *args, "-v", "0"], env=env, check=True, cwd=ROOT)


def serve(
    env: dict[str, str], workers: int, threads: int, log: object, worker_class: str = "gthread"
) -> tuple[subprocess.Popen, str]:
    port = free_port()
    server = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "rebond.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--worker-class",
            worker_class,
            "--workers",
            str(workers),
            "--threads",
            str(threads),
            "--log-level",
            "warning",
        ],
        env=env,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            with urllib.request.urlopen(f"{url}/health/", timeout=1) as response:
                if response.status == 200:
                    return server, url
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the server did not answer /health/")


WARM_UP_PAGES = ("/plan/today/", "/board/", "/applications/", "/plan/", "/network/")


def warm_up(url: str, accounts: Path, cookies: tuple[str, str], workers: int) -> None:
    """Each page a few times per worker before measuring: a fresh process compiles its
    templates and loads its translations on first use (0.5 s and more), which says nothing
    about a server that has been running."""
    account = json.loads(accounts.read_text(encoding="utf-8"))[0]
    header = f"{cookies[0]}={account['session']}; {cookies[1]}={account['csrf']}"
    pages = [*WARM_UP_PAGES, f"/applications/{account['applications'][0]}/"]
    for _ in range(4 * workers):
        for page in pages:
            request = urllib.request.Request(url + page, headers={"Cookie": header})
            with urllib.request.urlopen(request, timeout=30) as response:
                response.read()


def cpu_times() -> list[int]:
    """The machine's CPU counters (/proc/stat): user nice system idle iowait irq softirq steal."""
    with open("/proc/stat", encoding="ascii") as handle:
        return [int(x) for x in handle.readline().split()[1:9]]


def cpu_share(before: list[int], after: list[int]) -> str:
    """How busy the machine was between two readings, and how much the hypervisor took (steal):
    on a shared virtual machine a high steal makes every latency figure meaningless."""
    delta = [b - a for a, b in zip(before, after, strict=True)]
    total = sum(delta) or 1
    busy = total - delta[3] - delta[4] - delta[7]
    stolen = 100 * delta[7] / total
    return f"CPU busy {100 * busy / total:.0f} %, stolen by the hypervisor {stolen:.0f} %"


def run_locust(
    url: str,
    accounts: Path,
    users: int,
    seconds: int,
    cookies: tuple[str, str],
    think: str,
    connection: str,
):
    prefix = accounts.parent / f"locust-{users}-{think}"
    env = {
        **os.environ,
        "LOAD_CONNECTION": connection,
        "LOAD_ACCOUNTS": str(accounts),
        "LOAD_SESSION_COOKIE": cookies[0],
        "LOAD_CSRF_COOKIE": cookies[1],
        "LOAD_THINK": think,
    }
    before = cpu_times()
    subprocess.run(
        [
            str(BIN / "locust"),
            "-f",
            str(ROOT / "bench" / "load_locustfile.py"),
            "--headless",
            "--users",
            str(users),
            "--spawn-rate",
            str(max(1, users // 5)),
            "--run-time",
            f"{seconds}s",
            "--host",
            url,
            "--csv",
            str(prefix),
            "--only-summary",
            "--loglevel",
            "ERROR",
            "--stop-timeout",
            "5",
            # Figures from the steady state: statistics restart once every user has started
            # (the ramp sends each user's first click at once).
            "--reset-stats",
        ],
        env=env,
        check=False,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=seconds + 120,
    )
    print(f"  during the run: {cpu_share(before, cpu_times())}")
    with open(f"{prefix}_stats.csv", encoding="utf-8") as handle:
        rows = {row["Name"]: row for row in csv.DictReader(handle)}
    # What failed, as locust saw it (a timeout or a reset never reaches the server's log).
    with open(f"{prefix}_failures.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            print(f"  failure: {row['Method']} {row['Name']}: {row['Error']} x{row['Occurrences']}")
    return rows


def report(label: str, rows: dict[str, dict[str, str]]) -> None:
    print(f"\n{label}")
    print(f"{'':14}{'requests':>9}{'errors':>8}{'req/s':>8}{'p50':>7}{'p95':>7}{'p99':>7}  (ms)")
    for name, row in rows.items():
        print(
            f"{name:14}{row['Request Count']:>9}{row['Failure Count']:>8}"
            f"{float(row['Requests/s']):>8.1f}{row['50%']:>7}{row['95%']:>7}{row['99%']:>7}"
        )


def server_times(lines: list[str], since: float) -> str:
    """Percentiles of the time Django itself spent per request (its request log), beside
    locust's figures: the difference is time spent waiting for a worker, not in Rebond."""
    from datetime import datetime

    spent = []
    for line in lines:
        if not line.startswith("{"):
            continue
        entry = json.loads(line)
        if (
            entry.get("event") == "request"
            and entry.get("route") != "health/"
            and datetime.fromisoformat(entry["time"]).timestamp() >= since
        ):
            spent.append(float(entry["ms"]))
    if not spent:
        return "server log: no request timed"
    spent.sort()
    p50, p95, p99 = (spent[min(len(spent) - 1, int(q * len(spent)))] for q in (0.5, 0.95, 0.99))
    return (
        f"server time in Django, all runs after the ramp ({len(spent)} requests): "
        f"p50 {p50:.0f} ms, p95 {p95:.0f} ms, p99 {p99:.0f} ms"
    )


def hosted(args: argparse.Namespace, work: Path) -> dict[str, dict[str, dict[str, str]]]:
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
                "REBOND_SECRET_KEY": secrets.token_urlsafe(60),
                "REBOND_FIELD_KEYS": Fernet.generate_key().decode(),
                "REBOND_SSL_REDIRECT": "false",
                "REBOND_LOG_LEVEL": "WARNING",
            },
            work / "hosted",
        )
        manage(env, "migrate")
        manage(env, "createcachetable")
        manage(env, "collectstatic", "--noinput")
        accounts = work / "hosted-accounts.json"
        subprocess.run(
            [
                PYTHON,
                str(ROOT / "bench" / "load_seed.py"),
                str(args.people),
                str(args.applications),
                str(accounts),
            ],
            env=env,
            check=True,
            cwd=ROOT,
        )
        log = open(work / "hosted-server.log", "w")  # noqa: SIM115 (closed with the server)
        server, url = serve(env, args.workers, args.threads, log, args.worker_class)
        cookies = ("__Host-rebond-session", "__Host-rebond-csrf")
        try:
            warm_up(url, accounts, cookies, args.workers)
            measured_from = time.time() + args.users / max(1, args.users // 5)  # after the ramp
            rows = {
                think: run_locust(
                    url, accounts, args.users, args.seconds, cookies, think, args.connection
                )
                for think in args.think
            }
        finally:
            server.terminate()
            server.wait(timeout=30)
            log.close()
        lines = (work / "hosted-server.log").read_text().splitlines()
        errors = sum(1 for line in lines if '"status": 5' in line)
        print(f"server log: {errors} request(s) answered 5xx")
        print(server_times(lines, measured_from))
        return rows
    finally:
        subprocess.run(
            [str(ROOT / "scripts" / "pg-throwaway"), "stop", pg["REBOND_PG_DIR"]], check=False
        )


def local(args: argparse.Namespace, work: Path) -> dict[str, dict[str, str]]:
    env = django_env({"REBOND_MODE": "local"}, work / "local")
    manage(env, "migrate")
    accounts = work / "local-accounts.json"
    subprocess.run(
        [PYTHON, str(ROOT / "bench" / "load_seed.py"), "1", str(args.applications), str(accounts)],
        env=env,
        check=True,
        cwd=ROOT,
    )
    # `rebond serve` runs waitress with 4 threads; gunicorn with 1 x 4 is the same shape.
    server, url = serve(env, 1, 4, subprocess.DEVNULL)
    try:
        cookies = ("sessionid", "csrftoken")
        warm_up(url, accounts, cookies, 1)
        # One person clicking briskly: enough requests for percentiles.
        return run_locust(
            url, accounts, 1, min(args.seconds, 30), cookies, args.think[-1], args.connection
        )
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=500)
    parser.add_argument("--applications", type=int, default=40)
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--workers", type=int, default=6)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--worker-class", default="gthread", choices=["gthread", "sync"])
    parser.add_argument(
        "--connection",
        choices=["close", "keep-alive"],
        default="close",
        help="close: one connection per request, what nginx set up as docs/operations.md says "
        "sends to gunicorn (the default); keep-alive: each simulated person keeps one, pinned "
        "to one worker",
    )
    parser.add_argument("--skip-local", action="store_true")
    parser.add_argument("--skip-hosted", action="store_true")
    parser.add_argument(
        "--think",
        nargs="+",
        default=["3,10", "0.5,1.5"],
        help="think-time ranges in seconds, one run each (a person at work; a stress test)",
    )
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="rebond-load-"))
    try:
        print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        for think, rows in ({} if args.skip_hosted else hosted(args, work)).items():
            report(
                f"hosted: PostgreSQL, gunicorn {args.worker_class} {args.workers}x{args.threads}, "
                f"{args.people} "
                f"people, {args.users} concurrent, think {think} s, {args.seconds} s, "
                f"connection {args.connection}",
                rows,
            )
        if not args.skip_local:
            report(
                f"local: SQLite, one person, gunicorn 1x4, think {args.think[-1]} s",
                local(args, work),
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
