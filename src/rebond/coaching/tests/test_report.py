"""The programme report: hand-computed figures on a small cohort, consent per section, small
numbers withheld, who may see which scope, and the same figures on the page, CSV, PDF and CLI.

The cohort (everyone joined on 1 February 2026; the period is March 2026):

- s1, in Alice's caseload, shares applications and plan with Alice: 2 applications on 2 March,
  one reaches interview 1 on 10 March and an offer on 20 March; a plan action on 5 March.
- s2, Alice's, shares applications with Alice: 1 application on 5 March, interview 15 March.
- s3, Bob's, shares applications and plan with Bob: 1 application on 3 March, interview 1 on
  22 March and interview 2 on 25 March; no plan.
- s4, Bob's, shares nothing: 3 applications and an interview in March, never counted.
- s5, Alice's, shares only the plan with Alice: a plan action on 5 March; 1 application (hidden).
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from typer.testing import CliRunner

from rebond.cli import app
from rebond.coaching import report
from rebond.coaching.choices import Role, Section
from rebond.coaching.models import Membership
from rebond.coaching.tests.factories import make_organisation, share
from rebond.jobs.tests.factories import make_application
from rebond.method.cohort import Period
from rebond.plan.models import Action
from rebond.plan.tests.factories import make_action

pytestmark = pytest.mark.django_db
MARCH = Period(date(2026, 3, 1), date(2026, 3, 31))
CLI = ["coaching", "report", "--org", "Apec", "--since", "2026-03-01"]
QUERY = {"period": "custom", "start": "2026-03-01", "end": "2026-03-31"}


def at(day: int, month: int = 3) -> datetime:
    return datetime(2026, month, day, 10, tzinfo=UTC)


def apply(person, day, *moves):
    application = make_application(person, at=at(day))
    for stage, when in moves:
        from rebond.jobs import services

        services.move_stage(application, stage, at=at(when))
    return application


def plan_on(person, day):
    action = make_action(person)
    Action.objects.filter(pk=action.pk).update(created_at=at(day))


@pytest.fixture
def cohort(django_user_model, settings):
    settings.REPORT_MIN_PEOPLE = 3
    org = make_organisation("Apec", admin=Role.ADMIN, alice=Role.COACH, bob=Role.COACH)
    users = {u.username: u for u in django_user_model.objects.all()}
    alice, bob = users["alice"], users["bob"]
    people = {}
    for name, coach in (("s1", alice), ("s2", alice), ("s3", bob), ("s4", bob), ("s5", alice)):
        people[name] = django_user_model.objects.create(username=name)
        Membership.objects.create(
            user=people[name], organisation=org, role=Role.SEEKER, coach=coach
        )
    Membership.objects.filter(organisation=org).update(joined_at=at(1, month=2))
    s1, s2, s3, s4, s5 = people.values()
    apply(s1, 2, ("interview_1", 10), ("offer", 20))
    apply(s1, 2)
    plan_on(s1, 5)
    share(s1, alice, Section.APPLICATIONS, Section.PLAN)
    apply(s2, 5, ("interview_1", 15))
    share(s2, alice, Section.APPLICATIONS)
    apply(s3, 3, ("interview_1", 22), ("interview_2", 25))
    share(s3, bob, Section.APPLICATIONS, Section.PLAN)
    for day in (4, 6, 8):
        apply(s4, day, ("interview_1", 12))
    plan_on(s4, 4)
    apply(s5, 7)
    plan_on(s5, 5)
    share(s5, alice, Section.PLAN)
    return org, users["admin"], alice, bob, people


def values(figures):
    return {f.key: (None if f.withheld else f.value) for f in figures}


def test_it_computes_the_organisation_figures_from_sharing_people_only(cohort):
    org, *_ = cohort
    built = report.build(org, None, MARCH)
    assert values(built.figures) == {
        "active": 3,
        "applications": 4,  # s4's three applications are not shared, s5's neither
        "interviews": 4,
        "offers": None,  # 1 offer: a count under 3 points at someone
        "days_to_interview": 42,  # 37, 42 and 49 days after joining
        "days_to_offer": None,  # only s1: fewer than 3 people
        "with_plan": None,  # s1 and s5 out of s1, s3, s5: it would point at s3, without one
    }
    reasons = {f.key: f.reason for f in built.figures if f.withheld}
    assert reasons == {
        "offers": "small_count",
        "days_to_offer": "few_people",
        "with_plan": "small_rate",
    }
    sharing = {f.key: f.sharing for f in built.figures}
    assert sharing["applications"] == 3 and sharing["with_plan"] == 3
    assert {role: n for role, _label, n in built.members} == {"coach": 2, "seeker": 5, "admin": 1}


def test_it_says_on_how_many_people_each_figure_rests(cohort):
    org, *_ = cohort
    with translation.override("fr"):
        lines = report.lines(report.build(org, None, MARCH))
    assert lines[1][3] == "sur 3 personnes qui partagent leurs candidatures"
    assert lines[5][1] == "moins de 3"  # the median time to an offer rests on s1 alone
    assert lines[3][1] == "moins de 3"  # one offer among three people
    assert lines[6][1] == "non communiqué (effectif inférieur à 3)"
    with translation.override("en"):
        assert report.shown(report.build(org, None, MARCH).figures[6], 3, short=True) == (
            "not shown"  # a table cell: the rules below the table say why
        )
    assert lines[4][1] == "42 jours"


def test_it_withholds_everything_below_k(cohort, settings):
    org, *_ = cohort
    settings.REPORT_MIN_PEOPLE = 4
    built = report.build(org, None, MARCH)
    assert all(f.withheld and f.value is None for f in built.figures)
    with translation.override("en"):
        assert {report.shown(f, 4) for f in built.figures} == {"fewer than 4"}
        assert report.rests_on(built.figures[0], 4) == (
            "out of fewer than 4 people who share their applications"
        )


def test_a_caseload_counts_only_what_is_shared_with_its_coach(cohort, settings):
    org, _admin, alice, _bob, people = cohort
    settings.REPORT_MIN_PEOPLE = 2
    built = report.build(org, alice, MARCH)
    assert values(built.figures) == {
        "active": 2,
        "applications": 3,
        "interviews": 2,
        "offers": None,  # 1, under 2
        "days_to_interview": 39.5,
        "days_to_offer": None,
        "with_plan": 1.0,
    }
    assert [(role, n) for role, _label, n in built.members] == [("seeker", 3)]
    assert built.per_coach == ()
    # s3 shares with Bob only: moved into Alice's caseload, they still count for Bob alone.
    Membership.objects.filter(user=people["s3"]).update(coach=alice)
    moved = report.build(org, alice, MARCH)
    assert moved.members[0][2] == 4
    assert values(moved.figures)["applications"] == 3 and moved.figures[1].sharing == 2


def test_the_organisation_report_has_each_coach_line(cohort, settings):
    org, _admin, _alice, _bob, _people = cohort
    settings.REPORT_MIN_PEOPLE = 1
    lines = {line.coach.username: line for line in report.build(org, None, MARCH).per_coach}
    assert {name: line.seekers for name, line in lines.items()} == {"alice": 3, "bob": 2}
    assert values(lines["bob"].figures)["interviews"] == 2


def test_it_ends_counting_a_section_when_it_is_revoked(cohort):
    from django.utils import timezone

    from rebond.coaching.models import Share

    org, *_ = cohort
    Share.objects.filter(user__username="s3", section=Section.APPLICATIONS).update(
        revoked_at=timezone.now()
    )
    figures = report.build(org, None, MARCH).figures
    assert figures[1].sharing == 2 and figures[1].withheld


def test_it_reads_a_constant_number_of_queries(django_user_model, cohort):
    org, _admin, alice, _bob, _people = cohort

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            report.build(org, None, MARCH)
        return len(captured)

    before = queries()
    for index in range(12):
        person = django_user_model.objects.create(username=f"more{index}")
        Membership.objects.create(user=person, organisation=org, role=Role.SEEKER, coach=alice)
        apply(person, 9, ("interview_1", 11))
        share(person, alice, Section.APPLICATIONS, Section.PLAN)
    assert queries() == before <= 6


# The faces: who may open the report, and the same figures everywhere.


def url(org, name="coaching:report"):
    return reverse(name, kwargs={"organisation_pk": org.pk})


def test_only_the_organisations_coaches_open_the_report(cohort, client, django_user_model):
    org, admin, alice, bob, people = cohort
    other = make_organisation("Ailleurs", outsider=Role.ADMIN)
    outsider = django_user_model.objects.get(username="outsider")
    for someone in (people["s1"], outsider):
        client.force_login(someone)
        for name in ("coaching:report", "coaching:report-csv", "coaching:report-pdf"):
            assert client.get(url(org, name), QUERY).status_code == 404, (someone, name)
    client.force_login(outsider)
    assert client.get(url(other)).status_code == 200
    client.force_login(alice)
    assert client.get(url(org), {"coach": bob.pk}).status_code == 404
    assert client.get(url(org), {"coach": 10**9}).status_code == 404
    client.force_login(admin)
    assert client.get(url(org), {"coach": outsider.pk}).status_code == 404
    client.logout()
    assert client.get(url(org)).status_code == 302


def test_a_coach_sees_their_own_caseload_and_an_admin_any(cohort, client, settings):
    org, admin, alice, _bob, _people = cohort
    settings.REPORT_MIN_PEOPLE = 2
    client.force_login(alice)
    response = client.get(url(org), QUERY)
    assert response.context["report"].coach == alice  # even without asking
    assert response.context["report"].per_coach == ()
    own_people = "Les personnes de mon portefeuille"  # a link to the caseload, names there
    assert own_people in response.content.decode()
    assert client.get(reverse("coaching:report-home")).url == url(org)
    client.force_login(admin)
    whole = client.get(url(org), QUERY)
    assert whole.context["report"].coach is None
    assert len(whole.context["report"].per_coach) == 2
    caseload = client.get(url(org), {**QUERY, "coach": alice.pk})
    assert caseload.context["report"].coach == alice
    assert own_people not in caseload.content.decode()  # Alice's people are Alice's to see
    page = whole.content.decode()
    for name in ("s1", "s2", "s3", "s4", "s5"):  # the organisation view never names a person
        assert f">{name}<" not in page


def test_a_preset_wins_over_the_dates_left_in_the_form(cohort, client):
    from django.utils import timezone

    from rebond.method.cohort import period_for

    org, admin, *_ = cohort
    client.force_login(admin)
    chosen = client.get(url(org), {**QUERY, "period": "last-quarter"}).context["report"].period
    assert chosen == period_for("last-quarter", timezone.localdate(), date(2026, 1, 1))
    assert client.get(url(org), QUERY).context["report"].period == MARCH
    assert (
        client.get(url(org), {"start": "2026-03-01", "end": "2026-03-31"}).context["report"].period
        == MARCH
    )


def test_a_job_seeker_has_no_report_at_all(cohort, client):
    _org, _admin, _alice, _bob, people = cohort
    client.force_login(people["s1"])
    assert client.get(reverse("coaching:report-home")).status_code == 404


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            "fr",
            [
                "Du 1 mars 2026 au 31 mars 2026",
                "42 jours",
                "non communiqué (effectif inférieur à 3)",
                "moins de 3",
                "Un effectif de 1 à 2 s’affiche",
            ],
        ),
        (
            "en",
            [
                "From 1 Mar 2026 to 31 Mar 2026",
                "42 days",
                "not shown (a count under 3)",
                "fewer than 3",
                "A count from 1 to 2 is shown",
            ],
        ),
    ],
)
def test_the_page_speaks_french_and_english(cohort, client, settings, language, words):
    org, admin, *_ = cohort
    client.force_login(admin)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    page = client.get(url(org), QUERY).content.decode()
    for word in words:
        assert word in page
    assert "sur 3 personnes qui partagent leurs candidatures" in page or language == "en"


def parse_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


def test_the_csv_parses_back_to_the_page_figures(cohort, client):
    org, admin, *_ = cohort
    client.force_login(admin)
    response = client.get(url(org, "coaching:report-csv"), QUERY)
    assert response["Content-Type"].startswith("text/csv")
    rows = parse_csv(response.content.decode("utf-8"))
    mine = {r["figure"]: r for r in rows if r["scope"] == "Apec"}
    assert mine["applications"]["value"] == "4" and mine["applications"]["rests_on"] == "3"
    assert mine["days_to_offer"]["value"] == "" and mine["days_to_offer"]["withheld"] == "yes"
    assert mine["days_to_offer"]["rests_on"] == ""  # one person: not written either
    assert mine["with_plan"]["value"] == "" and mine["with_plan"]["reason"] == "small_rate"
    assert mine["offers"]["value"] == "" and mine["offers"]["withheld"] == "yes"
    assert mine["offers"]["as_shown"] == "moins de 3" and mine["offers"]["reason"] == "small_count"
    assert mine["offers"]["rests_on"] == "3"  # what it rests on is still said
    assert {r["scope"] for r in rows} >= {"period", "Apec", "Apec / alice", "Apec / bob"}


def test_the_pdf_is_a_pdf_with_the_figures(cohort, client):
    from pypdf import PdfReader

    org, admin, *_ = cohort
    client.force_login(admin)
    response = client.get(url(org, "coaching:report-pdf"), QUERY, HTTP_ACCEPT_LANGUAGE="en")
    assert response["Content-Type"] == "application/pdf"
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "Programme report" in text and "Apec" in text
    assert "fewer than 3" in text and "not shown (a count under 3)" in text


def test_the_cli_prints_the_web_figures(cohort, client):
    org, admin, alice, *_ = cohort
    client.force_login(admin)
    for extra, options in (({}, []), ({"coach": alice.pk}, ["--coach", "alice"])):
        web = client.get(url(org, "coaching:report-csv"), {**QUERY, **extra})
        result = CliRunner().invoke(
            app,
            [*CLI, "--until", "2026-03-31", "--format", "csv", *options],
        )
        assert result.exit_code == 0, result.output
        assert parse_csv(result.output) == parse_csv(web.content.decode("utf-8"))


def test_the_cli_text_speaks_french_by_default(cohort):
    result = CliRunner().invoke(
        app,
        [*CLI, "--until", "2026-03-31"],
    )
    assert result.exit_code == 0, result.output
    assert "Candidatures envoyées\u202f: 4 (" in result.output
    assert "Offres\u202f: moins de 3 (" in result.output
    assert "1 mars 2026" in result.output
    assert "moins de 3" in result.output
    refused = CliRunner().invoke(app, ["coaching", "report", "--org", "Nowhere"])
    assert refused.exit_code == 2
    assert "--org 'Nowhere'\u202f: aucune organisation de ce nom." in refused.output
    assert CliRunner().invoke(app, [*CLI[:-1], "1 March"]).exit_code == 2
    assert CliRunner().invoke(app, [*CLI, "--lang", "de"]).exit_code == 2


def test_a_small_count_among_many_people_is_never_shown(cohort, django_user_model, client):
    """One offer among twelve people who share their applications: « moins de 3 », not 1."""
    org, admin, alice, *_ = cohort
    for index in range(9):
        person = django_user_model.objects.create(username=f"more{index}")
        Membership.objects.create(user=person, organisation=org, role=Role.SEEKER, coach=alice)
        apply(person, 9)
        share(person, alice, Section.APPLICATIONS)
    Membership.objects.filter(organisation=org).update(joined_at=at(1, month=2))
    offers = {f.key: f for f in report.build(org, None, MARCH).figures}["offers"]
    assert offers.sharing == 12 and offers.withheld and offers.value is None
    client.force_login(admin)
    page = client.get(url(org), QUERY, HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    row = page[page.index(">Offres<") :]
    row = row[: row.index("</tr>")]
    assert "moins de 3" in row and ">1<" not in row
    assert "sur 12 personnes qui partagent leurs candidatures" in row
