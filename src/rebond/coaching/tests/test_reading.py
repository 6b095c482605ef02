"""A coach reads a shared section as the person's own views, read-only, in the coach's language
and time zone (issue 23): names, choice labels, local times; each section keeps its boundary."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest
from django.utils import timezone

from rebond.coaching import readable, sections
from rebond.coaching.choices import Purpose, Role, Section
from rebond.coaching.models import AccessLog, Comment
from rebond.coaching.tests.factories import join, make_organisation, share

pytestmark = pytest.mark.django_db


@pytest.fixture
def coach(django_user_model, owner, other):
    coach = django_user_model.objects.create(
        username="coach", first_name="Nadia", time_zone="Europe/Paris"
    )
    organisation = make_organisation()
    join(owner, organisation)
    join(other, organisation)
    join(coach, organisation, Role.COACH)
    return coach


@pytest.fixture
def french(client, coach):
    client.force_login(coach)
    client.cookies["django_language"] = "fr"
    return client


def page(client, person, section: str = "") -> str:
    url = f"/coaching/people/{person.pk}/{section + '/' if section else ''}"
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def text(html: str) -> str:
    """The visible text, spaces (including French non-breaking ones) folded."""
    return " ".join(
        re.sub(r"<[^>]+>", " ", html).replace("\u202f", " ").replace("\xa0", " ").split()
    )


def interview_at_three_in_paris(owner):
    from rebond.jobs.services import log_interview
    from rebond.jobs.tests.factories import make_application

    application = make_application(owner, company="Acme", role="Data analyst")
    soon = timezone.now() + timedelta(days=3)
    at = datetime(soon.year, soon.month, soon.day, 14, tzinfo=UTC)  # 15:00 in Paris (winter)
    log_interview(application, scheduled_at=at, interviewers="Claire Dupont")
    return application


def test_applications_show_names_french_labels_and_paris_times(french, owner, coach):
    from rebond.jobs.tests.factories import make_application

    interview_at_three_in_paris(owner)
    make_application(owner, company="Globex", role="BI developer", stages=("rejected",))
    share(owner, coach, Section.APPLICATIONS)
    html = text(page(french, owner, "applications"))
    assert "Data analyst" in html and "Acme" in html and "Globex" in html
    assert "Entretien, 1ᵉʳ tour" in html and "Refus" in html  # the board's columns, in French
    assert "15:00" in html and "14:00:00+00:00" not in html
    assert "furthest_stage" not in html and "application_id" not in html
    assert "Entonnoir" in html  # the seeker's own funnel panel
    assert "Upcoming interviews" not in html


def test_english_coach_reads_english_labels(client, owner, coach):
    interview_at_three_in_paris(owner)
    share(owner, coach, Section.APPLICATIONS)
    client.force_login(coach)
    client.cookies["django_language"] = "en"
    html = text(page(client, owner, "applications"))
    assert "Upcoming interviews" in html and "Interview, round 1" in html
    assert "3 p.m." in html or "15:00" in html


def test_every_item_key_is_a_row_the_section_holds(french, owner, coach):
    """A view shows less than the section, never more: each item's key names a shared row."""
    from rebond.plan.tests.factories import make_action

    interview_at_three_in_paris(owner)
    make_action(owner, title="Relancer Acme")
    make_action(owner, title="Tester : « je suis nul »", source_kind="debrief")
    share(owner, coach, Section.APPLICATIONS, Section.PLAN)
    for section in (Section.APPLICATIONS, Section.PLAN):
        html = page(french, owner, section)
        keys = set(re.findall(r'data-key="([^"]+)"', html))
        allowed = {
            readable.item_key(name, row, index)
            for name, _columns, rows in sections.tables(owner, section)
            for index, row in enumerate(rows, start=1)
        }
        assert keys and keys <= allowed, keys - allowed


def test_plan_without_journal_shows_no_mood_and_no_debrief_action(french, owner, coach):
    from rebond.plan.models import Review
    from rebond.plan.tests.factories import make_action, make_review

    yesterday = timezone.localdate() - timedelta(days=2)
    make_action(owner, title="Relancer Acme", due_on=yesterday)
    make_action(owner, title="Tester : « je suis nul en entretien »", source_kind="debrief")
    review = make_review(owner)
    Review.objects.filter(pk=review.pk).update(
        figures={"applications_sent": 4, "mood_average": 3.5, "mood_trend": "down"}
    )
    share(owner, coach, Section.PLAN)
    html = text(page(french, owner, "plan"))
    assert "Relancer Acme" in html and "en retard" in html
    assert "je suis nul" not in html
    assert "3,5" not in html and "3.5" not in html and "Mood" not in html and "Humeur" not in html
    summary = text(page(french, owner))
    assert "1 action en retard" in summary
    assert "Humeur" not in summary


def test_feedback_groups_recurring_points_and_keeps_doubtful_labels_out(french, owner, coach):
    from rebond.feedback.models import Statement
    from rebond.feedback.tests.factories import make_feedback

    for name in ("Claire", "Paul", "Inès"):
        make_feedback(owner, text="Vos exemples restaient trop généraux.", source_name=name)
    share(owner, coach, Section.FEEDBACK)
    html = text(page(french, owner, "feedback"))
    assert html.count("Vos exemples restaient trop généraux") >= 3
    assert "Points récurrents" in html
    statement = Statement.objects.for_user(owner).first()
    Statement.objects.filter(pk=statement.pk).update(doubt="polarity")
    html = page(french, owner, "feedback")
    assert "à confirmer" in html


def test_network_lists_contacts_by_name_with_keep_warm_due(french, owner, coach):
    from rebond.network.models import Contact
    from rebond.network.services import log_interaction
    from rebond.network.tests.factories import contact

    zoe = contact(owner, first_name="Zoé", last_name="Lefèvre")
    log_interaction(zoe, summary="Café", occurred_at=timezone.now() - timedelta(days=200))
    Contact.objects.filter(pk=zoe.pk).update(
        keep_warm=True, due_at=timezone.now() - timedelta(days=1)
    )
    share(owner, coach, Section.NETWORK)
    html = text(page(french, owner, "network"))
    assert "Zoé Lefèvre" in html and "reprendre contact" in html.lower()
    assert "contact_id" not in html


def test_preparation_shows_stories_pitch_and_cvs(french, owner, coach):
    from rebond.documents.tests.factories import make_cv
    from rebond.prep.tests.factories import make_pitch, make_story

    make_story(owner, title="Migration du CRM")
    make_pitch(owner, text="Je suis analyste de données.")
    make_cv(owner, label="Version A")
    share(owner, coach, Section.PREPARATION)
    html = text(page(french, owner, "preparation"))
    assert "Migration du CRM" in html and "Je suis analyste de données." in html
    assert "Version A" in html and "Histoires STAR" in html


def test_journal_shows_debriefs_mood_and_thoughts_when_shared(french, owner, coach):
    from rebond.debrief.models import CheckIn
    from rebond.debrief.tests.factories import make_thought

    make_thought(owner, thought="Je ne vaux rien")
    now = timezone.now()
    for days, mood in ((20, 3), (18, 3), (5, 7), (2, 8)):
        CheckIn.objects.create(user=owner, at=now - timedelta(days=days), mood=mood)
    share(owner, coach, Section.JOURNAL)
    html = text(page(french, owner, "journal"))
    assert (
        "Je ne vaux rien" in html and "Humeur" in html and "<svg" in page(french, owner, "journal")
    )
    assert "en hausse" in text(page(french, owner))


def test_the_summary_logs_each_section_it_reads_once(french, owner, coach):
    interview_at_three_in_paris(owner)
    share(owner, coach, Section.APPLICATIONS, Section.PLAN, Section.PREPARATION)
    AccessLog.objects.all().delete()
    html = text(page(french, owner))
    assert "Prochain entretien" in html and "15:00" in html
    logged = sorted(
        AccessLog.objects.filter(purpose=Purpose.SUMMARY).values_list("section", flat=True)
    )
    assert logged == [Section.APPLICATIONS, Section.PLAN]  # preparation has no block: not read
    assert "Humeur" not in html and "Points récurrents" not in html


def test_an_unshared_section_is_the_translated_404_page(french, owner, coach):
    share(owner, coach, Section.PLAN)
    for section in ("journal", "nonsense"):
        response = french.get(f"/coaching/people/{owner.pk}/{section}/")
        assert response.status_code == 404
        body = response.content.decode()
        assert "Page introuvable" in body and "<nav" in body
    assert not AccessLog.objects.filter(section="journal").exists()


def test_another_coach_cannot_read(client, owner, coach, django_user_model):
    stranger = django_user_model.objects.create(username="stranger")
    join(stranger, make_organisation("Elsewhere"), Role.COACH)
    share(owner, coach, Section.PLAN)
    client.force_login(stranger)
    assert client.get(f"/coaching/people/{owner.pk}/").status_code == 404
    assert client.get(f"/coaching/people/{owner.pk}/plan/").status_code == 404


def test_a_comment_on_an_item_keeps_its_key_and_shows_under_it(french, owner, coach):
    from rebond.plan.tests.factories import make_action

    action = make_action(owner, title="Relancer Acme")
    share(owner, coach, Section.PLAN)
    key = f"plan_actions:{action.pk}"
    assert f'value="{key}"' in page(french, owner, "plan")
    french.post(
        f"/coaching/people/{owner.pk}/plan/comment/", {"item": key, "text": "Bien : vendredi."}
    )
    assert Comment.objects.get().item == key
    html = page(french, owner, "plan")
    item = html[html.index(f'data-key="{key}"') :]
    assert "Bien" in item[: item.index("</li>")]


def test_all_rows_translates_headings_and_values(owner):
    from django.utils import translation

    from rebond.jobs.tests.factories import make_application

    make_application(owner, company="Acme", role="Data analyst", applied_on=date(2026, 3, 1))
    with translation.override("fr"), timezone.override("Europe/Paris"):
        tables = readable.all_rows(sections.tables(owner, Section.APPLICATIONS))
    applications = next(t for t in tables if t.name == "applications")
    assert applications.title == "Candidatures"
    row = {c.heading: c.text for c in applications.rows[0].cells}
    assert row["Entreprise"] == "Acme"
    assert "Candidature envoyée" in row.values()


def test_all_rows_leave_out_references_into_another_section(owner):
    """A debrief names its application only where applications are shared, not in the journal."""
    from django.utils import translation

    from rebond.debrief.tests.factories import make_debrief, make_thought
    from rebond.jobs.tests.factories import make_application

    application = make_application(
        owner, company="Globex", role="BI developer", stages=("rejected",)
    )
    make_debrief(owner, application=application, lessons="Préparer des exemples chiffrés")
    make_thought(owner, thought="Je ne vaux rien", distortions=["labeling"])
    with translation.override("fr"):
        tables = readable.all_rows(sections.tables(owner, Section.JOURNAL))
    debriefs = next(t for t in tables if t.name == "debriefs")
    assert "Candidature" not in debriefs.headings
    texts = [c.text for t in tables for r in t.rows for c in r.cells]
    assert not any("Globex" in t or "BI developer" in t for t in texts)
    assert "labeling" not in texts  # the distortion's name, not its key


def test_every_row_is_reachable_page_by_page(french, owner, coach):
    from rebond.plan.tests.factories import make_action

    for n in range(readable.ROWS_PER_PAGE + 5):
        make_action(owner, title=f"Action numéro {n}")
    share(owner, coach, Section.PLAN)
    first = page(french, owner, "plan")
    assert "Action numéro 0" in first and "Action numéro 54" not in text(first).split("Toutes")[1]
    assert "?table=plan_actions&amp;page=2" in first
    second = french.get(f"/coaching/people/{owner.pk}/plan/?table=plan_actions&page=2")
    rows = text(second.content.decode()).split("Toutes les lignes partagées")[1]
    assert "Action numéro 54" in rows and "Page 2 sur 2" in rows
    assert "Et 25 de plus" in text(first)  # open actions listed: 30 of 55


def test_the_summary_reads_the_export_once_for_all_its_sections(french, owner, coach, monkeypatch):
    from rebond.coaching import sections as section_rules

    share(owner, coach, Section.APPLICATIONS, Section.PLAN, Section.FEEDBACK, Section.NETWORK)
    calls = []
    real = section_rules.tables_of
    monkeypatch.setattr(
        section_rules, "tables_of", lambda user, wanted: calls.append(wanted) or real(user, wanted)
    )
    page(french, owner)
    assert len(calls) == 1 and len(calls[0]) == 4
