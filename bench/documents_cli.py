"""Wall time of `rebond match` on a 3-page PDF CV and a 2-page job description (target < 1 s).

Run from the repository root: .venv/bin/python bench/documents_cli.py [--runs 7]
Each run is a fresh `rebond` process, start-up included, as a person would type it. The CV
is a real 3-page PDF made with reportlab (about 1,300 words: the English development pairs'
CVs, repeated with varied roles); the job description is about 800 words of several ads.
Also timed: `rebond cv check` on the same PDF, `rebond match` with a text CV, and
`rebond match --quick` (requirement lines without the sentence encoder, issue 21).

Bytecode: an installed package ships or writes its `.pyc` files. This sandbox sets
PYTHONDONTWRITEBYTECODE and its venv holds none, which makes every start compile ~1,100
modules from source (about 1.3 s of CPU). The runs therefore use a private bytecode cache
(PYTHONPYCACHEPREFIX in a temporary folder, filled by one untimed warm-up run), as a real
install would; `--no-bytecode` measures the sandbox's cold case instead.

The sentence encoder (requirement lines said "in other words") is read from the package on a
process's first use and kept, parsed, in the model cache folder: the untimed warm-up run fills
it, as a person's first `rebond match` does. `REBOND_MODEL_CACHE=off` measures every run
reading the shipped model. Figures measured so far: docs/cv.md ("Tuning history").
"""

from __future__ import annotations

import io
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAIRS = ROOT / "bench" / "data" / "cv" / "pairs.jsonl"
REBOND = ROOT / ".venv" / "bin" / "rebond"
TARGET = 1.0


def _texts() -> tuple[list[str], str]:
    pairs = [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines()]
    english = [p for p in pairs if p["lang"] == "en" and p["split"] == "dev"]
    cv_lines: list[str] = []
    for round_ in range(4):
        for pair in english:
            cv_lines += [
                f"{line} ({2010 + round_})" if "–" in line else line
                for line in pair["cv"].splitlines()
            ]
    ads = [p for p in pairs if p["lang"] == "en"]
    job = ads[0]["job"]
    for pair in ads[1:]:
        if len(job.split()) >= 800:
            break
        job += "\n" + pair["job"].split("\n", 1)[1]
    return cv_lines, job


def _pdf(lines: list[str]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    y, page = 800.0, 1
    for line in lines:
        for start in range(0, len(line), 95):  # wrap long lines as a word processor would
            if y < 50:
                pdf.showPage()
                y, page = 800.0, page + 1
            pdf.setFont("Helvetica", 9)
            pdf.drawString(48, y, line[start : start + 95])
            y -= 12.5
    pdf.save()
    return out.getvalue()


def _env() -> dict[str, str]:
    env = dict(os.environ)
    if "--no-bytecode" not in sys.argv:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "rebond-bench-pycache")
    return env


def _time(args: list[str], runs: int) -> tuple[list[float], list[float]]:
    """Wall times and CPU times (user + system, the process and its children)."""
    walls, cpus = [], []
    subprocess.run([str(REBOND), *args], capture_output=True, cwd=ROOT, env=_env())  # warm-up
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        done = subprocess.run(
            [str(REBOND), *args], capture_output=True, text=True, cwd=ROOT, env=_env()
        )
        walls.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        if done.returncode != 0:
            sys.exit(f"rebond {' '.join(args)} failed: {done.stderr}")
    return walls, cpus


def main() -> None:
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 7
    lines, job = _texts()
    folder = Path(tempfile.mkdtemp(prefix="rebond-bench-cv-"))
    cv_pdf, cv_txt, job_txt = folder / "cv.pdf", folder / "cv.txt", folder / "job.txt"
    cv_pdf.write_bytes(_pdf(lines))
    cv_txt.write_text("\n".join(lines), encoding="utf-8")
    job_txt.write_text(job, encoding="utf-8")
    from pypdf import PdfReader

    pages = len(PdfReader(str(cv_pdf)).pages)
    print(
        f"CV: {pages}-page PDF, {len(' '.join(lines).split())} words; "
        f"job description: {len(job.split())} words; {runs} runs each"
    )
    cases = {
        "rebond match (PDF CV) --json": [
            "match",
            "--cv",
            str(cv_pdf),
            "--job",
            str(job_txt),
            "--json",
        ],
        "rebond match (PDF CV) --json --quick": [
            "match",
            "--cv",
            str(cv_pdf),
            "--job",
            str(job_txt),
            "--json",
            "--quick",
        ],
        "rebond match (text CV) --json": [
            "match",
            "--cv",
            str(cv_txt),
            "--job",
            str(job_txt),
            "--json",
        ],
        "rebond cv check (PDF)": ["cv", "check", str(cv_pdf)],
    }
    print(f"  load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    for name, args in cases.items():
        walls, cpus = _time(args, runs)
        median = statistics.median(walls)
        # The 1 s target is the issue's, for `rebond match`; `cv check` reads the whole layout
        # (fonts, columns, tables) and has none: its figure is printed for the record.
        if not name.startswith("rebond match"):
            verdict = "(no target)"
        else:
            verdict = "OK" if median < TARGET else f"OVER {TARGET:.1f} s"
        print(
            f"  {name:38} wall median {median:.2f} s (max {max(walls):.2f})   "
            f"CPU median {statistics.median(cpus):.2f} s   {verdict}"
        )


if __name__ == "__main__":
    main()
