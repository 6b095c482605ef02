"""Each trick that leans on a private internal of Django or Python, measured against the plain
way on today's versions (issue 20, item 6). A trick stays only while its figure shows it pays;
the list and the last figures are in docs/architecture.md ("Tricks that lean on internals").

Run: .venv/bin/python bench/private_tricks.py

1. Cached choice labels (`web/choice_labels.py`, calls `Model._get_FIELD_display`): the three
   labels of 120 applications, as the applications list shows them.
2. Leaving the CLI without tearing the interpreter down (`cli.leave`: `atexit._run_exitfuncs`
   then `os._exit`): `rebond list`, against the same command ending the normal way.
3. The migration check that lists the migrations folders instead of loading Django's graph
   (`cli/setup._all_applied_fast`): `rebond list`, against the full check.
4. `fold` (`method/text/language.py`, the one fold) against decomposing the whole text, and the
   memo of folded tokens kept by `cv/terms.py` and `skills/zones.py` against plain `fold`.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from common import ROOT, setup_django, timings

BIN = Path(sys.executable).parent
RUNS = int(os.environ.get("REBOND_BENCH_RUNS", "9"))


def ratio_line(name: str, trick: float, plain: float, unit: str = "ms") -> str:
    scale = 1000 if unit == "ms" else 1
    return (
        f"{name:52} trick {trick * scale:8.2f} {unit}   plain {plain * scale:8.2f} {unit}"
        f"   plain/trick {plain / trick:5.2f}"
    )


def choice_labels() -> str:
    setup_django()
    from django.contrib.auth import get_user_model
    from django.db import models

    from rebond.jobs.models import Application
    from rebond.jobs.tests.factories import make_application
    from rebond.web.choice_labels import _display

    owner = get_user_model().objects.create(username="bench-labels")
    for index in range(120):
        make_application(owner, company=f"Company {index}")
    rows = list(Application.objects.for_user(owner))
    fields = [Application._meta.get_field(name) for name in ("stage", "channel", "level")]

    def cached() -> None:
        for row in rows:
            for field in fields:
                _display(row, field)

    def django() -> None:
        for row in rows:
            for field in fields:
                models.Model._get_FIELD_display(row, field)

    trick = statistics.median(timings(cached, runs=RUNS * 5))
    plain = statistics.median(timings(django, runs=RUNS * 5))
    return ratio_line("1. choice labels, 120 applications x 3 fields", trick, plain)


def _cpu_of(command: list[str], env: dict[str, str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def _paired(trick: list[str], plain: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Median CPU seconds of each command, run in turn (A B A B …) so drift hits both."""
    _cpu_of(trick, env), _cpu_of(plain, env)  # warm-up (and the database's creation)
    a, b = [], []
    for _ in range(RUNS):
        a.append(_cpu_of(trick, env))
        b.append(_cpu_of(plain, env))
    return statistics.median(a), statistics.median(b)


PLAIN_EXIT = (
    "import sys; sys.argv = ['rebond', 'list'];"
    "from rebond import method_environment; method_environment.configure();"
    "from rebond.cli import app; app()"
)
FULL_MIGRATION_CHECK = (
    "import sys; sys.argv = ['rebond', 'list'];"
    "import rebond.cli.setup as setup; setup._all_applied_fast = lambda: False;"
    "from rebond.cli import main; main()"
)


def cli_tricks() -> list[str]:
    env = {**os.environ, "REBOND_DATA_DIR": tempfile.mkdtemp(prefix="rebond-bench-tricks-")}
    rebond = [str(BIN / "rebond"), "list"]
    exit_trick, exit_plain = _paired(rebond, [sys.executable, "-c", PLAIN_EXIT], env)
    check_trick, check_plain = _paired(rebond, [sys.executable, "-c", FULL_MIGRATION_CHECK], env)
    return [
        ratio_line("2. rebond list, CPU: exit without teardown", exit_trick, exit_plain, "s"),
        ratio_line(
            "3. rebond list, CPU: migrations listed, not loaded", check_trick, check_plain, "s"
        ),
    ]


def folding() -> list[str]:
    from functools import lru_cache

    from rebond.method.text.language import fold, strip_accents

    def whole(text: str) -> str:
        return strip_accents(text.replace("’", "'")).lower()

    seeds = sorted((ROOT.parent / "shared" / "seeds").glob("*"))
    text = "\n".join(p.read_text(encoding="utf-8") for p in seeds if p.is_file()) or (
        "L’équipe a été déçue de ne pas retenir votre candidature. " * 500
    )
    long_text = text * 4
    tokens = long_text.split()
    memo = lru_cache(maxsize=50_000)(fold)

    def each(function: object) -> None:
        for token in tokens:
            function(token)  # type: ignore[operator]

    lines = []
    trick = statistics.median(timings(lambda: fold(long_text), runs=RUNS))
    plain = statistics.median(timings(lambda: whole(long_text), runs=RUNS))
    lines.append(ratio_line(f"4a. fold, a text of {len(long_text):,} characters", trick, plain))
    trick = statistics.median(timings(lambda: each(fold), runs=RUNS))
    plain = statistics.median(timings(lambda: each(whole), runs=RUNS))
    lines.append(ratio_line(f"4b. fold, {len(tokens):,} words one by one", trick, plain))
    trick = statistics.median(timings(lambda: each(memo), runs=RUNS))
    plain = statistics.median(timings(lambda: each(fold), runs=RUNS))
    lines.append(ratio_line("4c. a memo of folded words, against fold", trick, plain))
    return lines


def main() -> None:
    print(choice_labels())
    for line in cli_tricks():
        print(line)
    for line in folding():
        print(line)


if __name__ == "__main__":
    main()
