"""Import of a 5,000-row Connections.csv (the professional network's export, with its notes
preamble), then the same file again (all duplicates), then a vCard export and re-import.
Target: under 5 s each. Run: .venv/bin/python bench/network_import.py"""

from __future__ import annotations

import random
import time

from common import setup_django

setup_django()

from django.contrib.auth import get_user_model  # noqa: E402

from rebond.network.importing import export_vcf, import_contacts  # noqa: E402

ROWS = 5_000
TARGET = 5.0
FIRST = ["Léa", "Karim", "Zoé", "Paul", "Inès", "Hugo", "Maëlle", "Omar", "Chloé", "Yanis"]
LAST = ["Martin", "Benali", "Lefèvre", "Roy", "Durand", "Nguyen", "Moreau", "Diallo", "Petit"]


def connections_csv(rows: int) -> bytes:
    rng = random.Random(5)
    lines = [
        "Notes:",
        '"When exporting your connection data, you may notice that some of the email addresses'
        ' are missing. You will only see email addresses for connections who have allowed it."',
        "",
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
    ]
    for i in range(rows):
        first, last = rng.choice(FIRST), f"{rng.choice(LAST)}{i}"
        email = f"{first.lower()}.{i}@example.org" if rng.random() < 0.2 else ""
        lines.append(
            f"{first},{last},https://www.linkedin.com/in/{last.lower()}-{i},{email},"
            f'"Company {i % 900}, SAS",Data analyst,{rng.randint(1, 28):02d} Mar 2024'
        )
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def timed(name: str, action) -> object:
    started = time.perf_counter()
    result = action()
    seconds = time.perf_counter() - started
    verdict = "OK" if seconds <= TARGET else f"OVER target {TARGET:.0f} s"
    print(f"{name:46} {seconds:6.2f} s  {verdict}")
    return result


def main() -> None:
    model = get_user_model()
    user = model.objects.create(username="importer")
    data = connections_csv(ROWS)
    report = timed("import 5,000-row Connections.csv", lambda: import_contacts(user, data, "c.csv"))
    assert report.ok and report.created == ROWS, report.issues[:3]
    again = timed(
        "same file again (5,000 duplicates)", lambda: import_contacts(user, data, "c.csv")
    )
    assert again.created == 0 and len(again.duplicates) == ROWS
    dry = timed("dry run on another account", lambda: import_contacts(
        model.objects.create(username="dry"), data, "c.csv", dry_run=True))  # fmt: skip
    assert dry.created == ROWS
    vcf = timed("export 5,000 contacts as vCard", lambda: export_vcf(user)).encode("utf-8")
    other = model.objects.create(username="vcard")
    back = timed("import that vCard file (vobject)", lambda: import_contacts(other, vcf, "all.vcf"))
    assert back.ok and back.created == ROWS


if __name__ == "__main__":
    main()
