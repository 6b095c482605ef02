"""`rebond import` of a 10,000-row French CSV, end to end (target: under 2 s, issue 18).
Run: .venv/bin/python bench/import_speed.py"""

from __future__ import annotations

import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent
STATUSES = ["Envoyée", "Refusée", "Entretien", "Sans réponse", "Entretien 2", ""]
CHANNELS = ["LinkedIn", "Cooptation", "Réseau", "Candidature spontanée", "Cabinet"]


def make_csv(path: Path, rows: int = 10_000) -> None:
    rng = random.Random(3)
    lines = ["Entreprise;Intitulé du poste;Date de candidature;Statut;Canal;Ville;Commentaires"]
    for i in range(rows):
        lines.append(
            f"Société {i % 1500};Poste n°{i};{1 + i % 28:02d}/{1 + i % 12:02d}/2026;"
            f"{rng.choice(STATUSES)};{rng.choice(CHANNELS)};Lyon;relance prévue"
        )
    path.write_bytes("\r\n".join(lines).encode("cp1252"))


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="rebond-bench-import-"))
    sheet = folder / "suivi.csv"
    make_csv(sheet)
    env = {**os.environ, "REBOND_DATA_DIR": str(folder / "data")}
    subprocess.run([str(BIN / "rebond"), "list"], env=env, check=True, stdout=subprocess.DEVNULL)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        [str(BIN / "rebond"), "import", str(sheet)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print(done.stdout.splitlines()[0])
    print(
        f"rebond import, 10,000 rows: {elapsed:.2f} s wall, {cpu:.2f} s CPU "
        f"(target 2 s: {'OK' if elapsed < 2 else 'OVER'}; on a loaded machine read the CPU)"
    )


if __name__ == "__main__":
    main()
