"""The programme report (issue 23) for an organisation of 250 job seekers in 5 caseloads, each
with 20 applications and their steps, most sharing their applications and some their plan:
server time of the report (organisation-wide and one caseload), the page, the CSV and the PDF,
and SQL queries against a cohort ten times smaller (they must be the same).
Run: .venv/bin/python bench/coaching_report.py"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from common import setup_django, summary, timings

setup_django()

from cryptography.fernet import Fernet  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402
from django.urls import reverse  # noqa: E402

from rebond.coaching import report  # noqa: E402
from rebond.coaching.choices import Role, Section  # noqa: E402
from rebond.coaching.models import Membership, Organisation, Share  # noqa: E402
from rebond.jobs.models import Application, Company, StageEvent  # noqa: E402
from rebond.method.cohort import Period  # noqa: E402
from rebond.plan.models import Action  # noqa: E402

PAGE_TARGET = 0.300  # a report page, p95
STEPS = ("screening", "interview_1", "interview_2", "final", "offer")
START = datetime(2026, 1, 5, 9, tzinfo=UTC)


@transaction.atomic
def make_cohort(name: str, seekers: int, coaches: int = 5, seed: int = 7):
    rng = random.Random(seed)
    users = get_user_model().objects
    organisation = Organisation.objects.create(name=name)
    admin = users.create(username=f"{name}-admin")
    Membership.objects.create(user=admin, organisation=organisation, role=Role.ADMIN)
    team = [users.create(username=f"{name}-coach{i}") for i in range(coaches)]
    Membership.objects.bulk_create(
        [Membership(user=c, organisation=organisation, role=Role.COACH) for c in team]
    )
    people = users.bulk_create(
        [get_user_model()(username=f"{name}-seeker{i}") for i in range(seekers)]
    )
    Membership.objects.bulk_create(
        [
            Membership(user=p, organisation=organisation, role=Role.SEEKER, coach=team[i % coaches])
            for i, p in enumerate(people)
        ]
    )
    # Everyone joined a month before the period (joining is stamped "now" otherwise).
    Membership.objects.filter(organisation=organisation).update(joined_at=START - timedelta(30))
    shares, actions, applications = [], [], []
    for i, person in enumerate(people):
        coach = team[i % coaches]
        if rng.random() < 0.8:
            shares.append(Share(user=person, coach=coach, section=Section.APPLICATIONS))
        if rng.random() < 0.6:
            shares.append(Share(user=person, coach=coach, section=Section.PLAN))
            if rng.random() < 0.7:
                actions.append(Action(user=person, title="Relancer", axis="skills", theme="x"))
        company = Company.objects.create(user=person, name=f"Acme {i}")
        for j in range(20):
            at = START + timedelta(days=rng.randrange(150), hours=j)
            applications.append(
                Application(
                    user=person,
                    company=company,
                    role="Analyste",
                    applied_on=at.date(),
                    stage_changed_at=at,
                )
            )
    Share.objects.bulk_create(shares)
    Action.objects.bulk_create(actions)
    Action.objects.filter(user__in=people).update(created_at=START)
    Application.objects.bulk_create(applications, batch_size=1000)
    events = []
    for application in Application.objects.filter(user__in=people):
        at = application.stage_changed_at
        events.append(StageEvent(application=application, stage="applied", occurred_at=at))
        for stage in STEPS[: rng.choice((0, 0, 1, 2, 3, 5))]:
            at += timedelta(days=rng.randrange(3, 15))
            events.append(StageEvent(application=application, stage=stage, occurred_at=at))
    StageEvent.objects.bulk_create(events, batch_size=2000)
    return organisation, admin, team[0]


def queries(action) -> int:
    with CaptureQueriesContext(connection) as captured:
        action()
    return len(captured)


def main() -> None:
    span = Period(START.date(), (START + timedelta(days=180)).date())
    small, _a, small_coach = make_cohort("small", 25)
    organisation, admin, coach = make_cohort("large", 250)
    print(f"cohort: 250 job seekers, 5 caseloads, {Application.objects.count() * 10 // 11:,}")
    print(
        f"  applications and {StageEvent.objects.count() * 10 // 11:,} steps ({connection.vendor})"
    )
    for label, org, who in (
        ("25 seekers", small, small_coach),
        ("250 seekers", organisation, coach),
    ):
        whole = queries(lambda org=org: report.build(org, None, span))
        mine = queries(lambda org=org, who=who: report.build(org, who, span))
        print(f"queries, {label:12} organisation {whole}, one caseload {mine}")
    print(
        summary(
            "report, organisation (250)", timings(lambda: report.build(organisation, None, span))
        )
    )
    print(
        summary(
            "report, one caseload (50)", timings(lambda: report.build(organisation, coach, span))
        )
    )
    built = report.build(organisation, None, span)
    print(summary("CSV text", timings(lambda: report.as_csv(built))))
    with override_settings(
        LOCAL_MODE=False, FIELD_ENCRYPTION_KEYS=[Fernet.generate_key().decode()]
    ):
        client = Client()
        client.force_login(admin)
        query = {"start": span.start.isoformat(), "end": span.end.isoformat()}
        url = reverse("coaching:report", kwargs={"organisation_pk": organisation.pk})
        print(summary("page, organisation", timings(lambda: client.get(url, query)), PAGE_TARGET))
        csv_url = reverse("coaching:report-csv", kwargs={"organisation_pk": organisation.pk})
        print(summary("CSV download", timings(lambda: client.get(csv_url, query))))
        pdf_url = reverse("coaching:report-pdf", kwargs={"organisation_pk": organisation.pk})
        print(
            summary("PDF download", timings(lambda: client.get(pdf_url, query), runs=5, warmup=1))
        )


if __name__ == "__main__":
    main()
