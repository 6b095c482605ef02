"""Speed of transcript analysis on a generated 2-hour mock interview, interpreter start-up included.

    .venv/bin/python bench/transcript_speed.py

Writes a 2-hour WebVTT and SRT (interviewer and candidate alternating, about 150 words per
minute, fillers sprinkled in) to a temporary folder, then times a fresh interpreter that
parses the file and analyses it, as the CLI would. Target: under 2 s end to end.
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HOURS = 2.0
RUNS = 3
WORDS = (
    "projet équipe client données résultat délai budget analyse outil process livré "
    "réduit augmenté semaine mois trois quatre mise en place tableau de bord suivi"
).split()
FILLERS = ["euh,", "en fait,", "du coup", "genre,", "voilà.", "tu vois,", "bon,"]
PROGRAM = """
import sys, time
t0 = time.perf_counter()
from rebond.method.speech.transcript import parse
from rebond.method.speech.metrics import analyze
text = open(sys.argv[1], encoding="utf-8").read()
report = analyze(parse(text), interviewer="Recruteur")
d = report.to_dict()
print(len(d["answers"]), d["words"], d["filler_total"], round(time.perf_counter() - t0, 3))
"""


def _stamp(seconds: float, sep: str) -> str:
    millis = round(seconds * 1000)
    h, rest = divmod(millis, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def generate(sep: str, rnd: random.Random) -> tuple[str, int]:
    blocks, t, cues = (["WEBVTT"] if sep == "." else []), 0.0, 0
    while t < HOURS * 3600:
        asking = cues % 4 == 0  # a question, then three candidate cues
        speaker = "Recruteur" if asking else "Candidat"
        count = rnd.randint(8, 25)
        words = [
            rnd.choice(FILLERS) if rnd.random() < 0.05 else rnd.choice(WORDS) for _ in range(count)
        ]
        length = count / 2.5
        cues += 1
        timing = f"{_stamp(t, sep)} --> {_stamp(t + length, sep)}"
        payload = " ".join(words) + "."
        if sep == ".":
            blocks.append(f"{timing}\n<v {speaker}>{payload}")
        else:
            blocks.append(f"{cues}\n{timing}\n{speaker}: {payload}")
        t += length + rnd.choice([0.2, 0.4, 0.6, 4.0 if rnd.random() < 0.05 else 0.3])
    return "\n\n".join(blocks) + "\n", cues


def main() -> None:
    rnd = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        for name, sep in (("WebVTT", "."), ("SRT", ",")):
            text, cues = generate(sep, rnd)
            path = Path(folder) / f"two_hours.{'vtt' if sep == '.' else 'srt'}"
            path.write_text(text, encoding="utf-8")
            walls, inner, summary = [], [], ""
            for _ in range(RUNS):
                start = time.perf_counter()
                done = subprocess.run(
                    [sys.executable, "-c", PROGRAM, str(path)],
                    capture_output=True,
                    text=True,
                    check=True,
                    cwd=ROOT,
                    env={"PYTHONPATH": str(ROOT / "src")},
                )
                walls.append(time.perf_counter() - start)
                answers, words, fillers, seconds = done.stdout.split()
                inner.append(float(seconds))
                summary = f"{answers} answers, {words} words, {fillers} fillers"
            print(
                f"{name}: {cues} cues, {len(text) // 1024} KiB ({summary})\n"
                f"  end to end with interpreter start-up: median {statistics.median(walls):.2f} s"
                f" (max {max(walls):.2f} s over {RUNS} runs)\n"
                f"  import + parse + analyse inside the process: median "
                f"{statistics.median(inner):.2f} s"
            )


if __name__ == "__main__":
    main()
