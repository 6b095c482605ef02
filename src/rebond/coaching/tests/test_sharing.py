"""Consent per section (X2): granted and revoked by the job seeker, journal only on its own,
every coach look in the person's access log, comments back to the person."""

from __future__ import annotations

import pytest

from rebond.coaching.choices import Purpose, Role, Section
from rebond.coaching.models import AccessLog, Comment, Share
from rebond.coaching.tests.factories import join, make_organisation, share
from rebond.plan.tests.factories import make_action

pytestmark = pytest.mark.django_db


@pytest.fixture
def coach(django_user_model, owner, other):
    coach = django_user_model.objects.create(username="coach", first_name="Nadia")
    organisation = make_organisation()
    join(owner, organisation)
    join(other, organisation)
    join(coach, organisation, Role.COACH)
    return coach


def test_it_offers_nothing_ticked_and_saves_exactly_what_is_ticked(owner_client, owner, coach):
    page = owner_client.get("/coaching/sharing/")
    assert page.status_code == 200 and "Nadia" in page.content.decode()
    assert "checked" not in page.content.decode()
    owner_client.post(
        f"/coaching/sharing/{coach.pk}/", {f"coach{coach.pk}-sections": ["plan", "feedback"]}
    )
    assert {s.section for s in Share.objects.filter(revoked_at__isnull=True)} == {
        Section.PLAN,
        Section.FEEDBACK,
    }
    owner_client.post(f"/coaching/sharing/{coach.pk}/", {f"coach{coach.pk}-sections": ["plan"]})
    revoked = Share.objects.get(section=Section.FEEDBACK)
    assert revoked.revoked_at is not None


def test_it_stops_access_the_moment_a_section_is_revoked(client, owner, coach):
    share(owner, coach, Section.PLAN)
    client.force_login(coach)
    assert client.get(f"/coaching/people/{owner.pk}/plan/").status_code == 200
    client.force_login(owner)
    client.post(f"/coaching/sharing/{coach.pk}/", {})
    client.force_login(coach)
    assert client.get(f"/coaching/people/{owner.pk}/plan/").status_code == 404


def test_it_cannot_share_with_a_coach_of_another_organisation(owner_client, django_user_model):
    stranger = django_user_model.objects.create(username="stranger")
    join(stranger, make_organisation("Elsewhere"), Role.COACH)
    response = owner_client.post(
        f"/coaching/sharing/{stranger.pk}/", {f"coach{stranger.pk}-sections": ["plan"]}
    )
    assert response.status_code == 404 and not Share.objects.exists()


def test_it_shares_the_journal_only_when_ticked_on_its_own(client, owner, coach):
    from rebond.debrief.tests.factories import make_thought

    make_thought(owner, thought="Je ne vaux rien")
    share(owner, coach, *[s for s in Section.values if s != Section.JOURNAL])
    client.force_login(coach)
    for section in Section.values:
        response = client.get(f"/coaching/people/{owner.pk}/{section}/")
        assert "Je ne vaux rien" not in response.content.decode()
    assert client.get(f"/coaching/people/{owner.pk}/journal/").status_code == 404
    share(owner, coach, Section.JOURNAL)
    assert "Je ne vaux rien" in client.get(f"/coaching/people/{owner.pk}/journal/").content.decode()


def test_it_logs_every_look_and_shows_the_log_to_the_person(client, owner, coach):
    make_action(owner, title="Relancer Acme")
    share(owner, coach, Section.PLAN)
    client.force_login(coach)
    assert "Relancer Acme" in client.get(f"/coaching/people/{owner.pk}/plan/").content.decode()
    client.get("/coaching/caseload/")
    client.post(
        f"/coaching/people/{owner.pk}/plan/comment/", {"item": "plan_actions:1", "text": "Bravo"}
    )
    purposes = list(AccessLog.objects.for_user(owner).values_list("purpose", flat=True))
    assert sorted(purposes) == sorted([Purpose.SECTION, Purpose.CASELOAD, Purpose.COMMENT])
    client.force_login(owner)
    page = client.get("/coaching/sharing/").content.decode()
    assert "Bravo" in page and "Nadia" in page
    assert Comment.objects.for_user(owner).get().coach == coach


def test_it_refuses_a_comment_on_a_section_that_is_not_shared(client, owner, coach):
    share(owner, coach, Section.PLAN)
    client.force_login(coach)
    url = f"/coaching/people/{owner.pk}/feedback/comment/"
    assert client.post(url, {"item": "x:1", "text": "hello"}).status_code == 404
    assert not Comment.objects.exists()


def test_it_answers_404_in_local_mode(owner_client, settings):
    settings.LOCAL_MODE = True
    assert owner_client.get("/coaching/sharing/").status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        "/coaching/sharing/",
        "/coaching/caseload/",
        "/coaching/people/1/",
        "/coaching/people/1/plan/",
    ],
)
def test_it_sends_anonymous_visitors_to_the_login_page(client, url):
    response = client.get(url)
    assert response.status_code == 302 and response.url.startswith("/login/")


def test_it_shows_the_caseload_to_coaches_only(client, owner, coach):
    client.force_login(owner)
    assert client.get("/coaching/caseload/").status_code == 404
    client.force_login(coach)
    assert client.get("/coaching/caseload/").status_code == 200
