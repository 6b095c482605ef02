"""Full export and full erasure (X3) of a person with 100,000 contacts and their exchanges:
wall time and peak memory of each (tracemalloc, Python allocations). The erasure is measured
as the person meets it: the request (sign-out, account closed, job recorded) and the
background job that deletes everything (rebond.privacy.erasure).
Run: .venv/bin/python bench/export_erasure.py [--contacts N]"""

from __future__ import annotations

import sys
import tempfile
import time
import tracemalloc

from common import setup_django

setup_django()

from django.contrib.auth import get_user_model  # noqa: E402
from django.utils import timezone  # noqa: E402

from rebond.network.models import Contact, Interaction  # noqa: E402
from rebond.privacy import erasure, services  # noqa: E402

CONTACTS = int(sys.argv[sys.argv.index("--contacts") + 1]) if "--contacts" in sys.argv else 100_000


def seed(user) -> None:
    now = timezone.now()
    batch = [
        Contact(
            user=user,
            first_name=f"Prénom{i}",
            last_name=f"Nom{i}",
            company_name=f"Entreprise {i % 900}",
            role="Data analyst",
            email=f"p{i}@example.org",
            notes="Rencontrée au salon, à relancer en mars.",
        )
        for i in range(CONTACTS)
    ]
    Contact.objects.bulk_create(batch, batch_size=5_000)
    ids = list(Contact.objects.filter(user=user).values_list("pk", flat=True)[: CONTACTS // 2])
    Interaction.objects.bulk_create(
        [
            Interaction(contact_id=pk, occurred_at=now, channel="email", summary="Café")
            for pk in ids
        ],
        batch_size=5_000,
    )


def measure(name: str, action):
    tracemalloc.start()
    started = time.perf_counter()
    result = action()
    seconds = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    sized = isinstance(result, int) and not isinstance(result, bool)
    extra = f", archive {result / 1e6:.1f} MB" if sized else ""
    print(f"{name}: {seconds:.2f} s, peak {peak / 1e6:.0f} MB of Python allocations{extra}")
    return result


def main() -> None:
    user = get_user_model().objects.create(username=f"bench-export-{time.time_ns()}")
    seed(user)
    print(f"{CONTACTS} contacts, {CONTACTS // 2} exchanges")

    def export() -> int:
        with tempfile.TemporaryFile() as archive:
            services.export_archive(user, archive)
            return archive.tell()

    measure("export", export)
    erasure.start = lambda pk: None  # the job is run below, as the worker would
    token = measure("erasure request (in the web request)", lambda: erasure.request(user))
    job = erasure.find(token)
    measure("erasure job (background)", lambda: erasure.run(job.pk))
    job.refresh_from_db()
    print(
        f"erasure job: {job.status}, {job.steps_done}/{job.steps_total} steps, "
        f"{job.rows_deleted} rows"
    )


if __name__ == "__main__":
    main()
