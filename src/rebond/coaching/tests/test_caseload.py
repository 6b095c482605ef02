"""The caseload: who needs help now and why, from shared data only, in bounded queries."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from rebond.coaching import caseload, invitations
from rebond.coaching.choices import Purpose, Role, Section
from rebond.coaching.models import AccessLog, Membership
from rebond.coaching.tests.factories import join, make_organisation, share
from rebond.debrief.models import CheckIn
from rebond.jobs import services as jobs
from rebond.jobs.models import Application
from rebond.jobs.tests.factories import make_application
from rebond.method.caseload import Kind
from rebond.plan.tests.factories import make_action

pytestmark = pytest.mark.django_db
ALL = (Section.APPLICATIONS, Section.PLAN, Section.JOURNAL)


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def setting(django_user_model):
    organisation = make_organisation()
    coach = django_user_model.objects.create(username="coach", time_zone="Europe/Paris")
    join(coach, organisation, Role.COACH)
    return organisation, coach


def seeker(django_user_model, organisation, name, *, coach=None, **fields):
    person = django_user_model.objects.create(username=name, **fields)
    Membership.objects.create(user=person, organisation=organisation, role="seeker", coach=coach)
    return person


def by_name(coach):
    return {row.name: row for row in caseload.rows(coach)}


def kinds(row):
    return [s.kind for s in row.signals]


def test_a_final_round_rejection_and_a_falling_mood_come_before_overdue(django_user_model, setting):
    organisation, coach = setting
    now = timezone.now()
    person = seeker(django_user_model, organisation, "ana", first_name="Ana", last_name="Roy")
    share(person, coach, *ALL)
    make_application(person, stages=("interview_1", "final", "rejected"), at=now - timedelta(1))
    CheckIn.objects.create(user=person, at=now - timedelta(days=5), mood=7)
    CheckIn.objects.create(user=person, at=now - timedelta(hours=1), mood=2)
    for _ in range(2):
        make_action(person, due_on=(now - timedelta(days=3)).date())
    row = by_name(coach)["Ana Roy"]  # the display name, not the username
    assert kinds(row) == [Kind.REJECTION, Kind.MOOD, Kind.OVERDUE]
    reasons = dict(row.reasons)
    assert reasons[Kind.REJECTION] == "rejected after the final round 1 day ago"
    assert reasons[Kind.MOOD] == "mood falling from 7 to 2 out of 10"
    assert reasons[Kind.OVERDUE] == "2 actions overdue"


def test_a_rejection_three_days_ago_with_an_interview_tomorrow(django_user_model, setting):
    organisation, coach = setting
    now = timezone.now()
    person = seeker(django_user_model, organisation, "bo")
    share(person, coach, Section.APPLICATIONS)
    make_application(person, stages=("interview_2", "rejected"), at=now - timedelta(days=3))
    other = make_application(person, company="Globex", stages=("interview_1",))
    jobs.log_interview(other, scheduled_at=now + timedelta(days=1, hours=2))
    row = by_name(coach)["bo"]
    assert kinds(row) == [Kind.REJECTION, Kind.INTERVIEW]
    assert dict(row.reasons)[Kind.REJECTION] == "rejected after the 2nd interview 3 days ago"
    assert dict(row.reasons)[Kind.INTERVIEW].startswith("interview in 1 day (")
    assert row.next_interview is not None and row.stage_label == "Interviewing"


def test_an_offer_is_a_signal_and_the_stage(django_user_model, setting):
    organisation, coach = setting
    person = seeker(django_user_model, organisation, "cy")
    share(person, coach, Section.APPLICATIONS)
    make_application(person, stages=("interview_1", "offer"))
    row = by_name(coach)["cy"]
    assert kinds(row) == [Kind.OFFER]
    assert row.stage_label == "Offer"


def test_someone_who_joined_today_is_not_idle(django_user_model, setting):
    organisation, coach = setting
    person = seeker(django_user_model, organisation, "dee", last_login=None)
    share(person, coach, Section.APPLICATIONS, Section.PLAN)
    assert by_name(coach)["dee"].signals == ()


def test_idle_counts_from_the_last_shared_activity_not_from_signing_in(django_user_model, setting):
    organisation, coach = setting
    now = timezone.now()
    person = seeker(django_user_model, organisation, "eve", last_login=now)  # signed in today
    share(person, coach, Section.APPLICATIONS)
    make_application(person, at=now - timedelta(days=20))
    Application.objects.filter(user=person).update(created_at=now - timedelta(days=20))
    row = by_name(coach)["eve"]
    assert kinds(row) == [Kind.IDLE]
    assert dict(row.reasons)[Kind.IDLE] == "no activity for 20 days"
    # Activity in an unshared section does not count.
    make_action(person, status="done", done_at=now)
    assert kinds(by_name(coach)["eve"]) == [Kind.IDLE]


def test_members_who_share_nothing_and_pending_invitations_are_listed(django_user_model, setting):
    organisation, coach = setting
    seeker(django_user_model, organisation, "fay", coach=coach, email="fay@example.org")
    invitations.invite(coach, organisation, "new@example.org")
    rows = by_name(coach)
    assert kinds(rows["fay"]) == [Kind.SHARES_NOTHING] and rows["fay"].can_remind
    assert kinds(rows["new@example.org"]) == [Kind.NOT_SIGNED_UP]
    assert dict(rows["new@example.org"].reasons)[Kind.NOT_SIGNED_UP] == (
        "invited today, not signed up yet"
    )


def test_only_shared_sections_feed_the_signals(django_user_model, setting):
    organisation, coach = setting
    now = timezone.now()
    person = seeker(django_user_model, organisation, "gus")
    share(person, coach, Section.PLAN)  # not the journal, not the applications
    make_application(person, stages=("rejected",), at=now - timedelta(days=1))
    CheckIn.objects.create(user=person, at=now - timedelta(days=5), mood=8)
    CheckIn.objects.create(user=person, at=now, mood=1)
    row = by_name(coach)["gus"]
    assert row.signals == () and row.stage is None and row.next_interview is None


def test_another_coach_does_not_list_my_people(django_user_model, setting):
    organisation, coach = setting
    other = django_user_model.objects.create(username="other")
    join(other, organisation, Role.COACH)
    person = seeker(django_user_model, organisation, "hal", coach=coach)
    share(person, coach, Section.PLAN)
    invitations.invite(coach, organisation, "mine@example.org")
    assert caseload.rows(other) == []
    assert set(by_name(coach)) == {"hal", "mine@example.org"}


def test_one_access_log_line_per_person_shown(django_user_model, setting, client, settings):
    organisation, coach = setting
    for index in range(3):
        share(seeker(django_user_model, organisation, f"p{index}"), coach, *ALL)
    seeker(django_user_model, organisation, "silent", coach=coach)
    client.force_login(coach)
    assert client.get(reverse("coaching:caseload")).status_code == 200
    logs = AccessLog.objects.filter(coach=coach)
    assert logs.count() == 3  # one per person sharing, not one per section
    line = logs.first()
    assert line.purpose == Purpose.CASELOAD and line.sections == "applications,plan,journal"
    with translation.override("en"):
        assert line.sections_display == (
            "Applications and funnel, Plan, Journal and thought records"
        )


def test_sort_filter_search_and_paging(django_user_model, setting, monkeypatch):
    organisation, coach = setting
    now = timezone.now()
    for index in range(7):
        share(seeker(django_user_model, organisation, f"calm{index}"), coach, Section.PLAN)
    hurt = seeker(django_user_model, organisation, "zed")
    share(hurt, coach, Section.APPLICATIONS)
    make_application(hurt, stages=("rejected",), at=now - timedelta(days=1))
    first = caseload.page(coach)
    assert first.rows[0].name == "zed"  # needs attention first, though last by name
    assert caseload.page(coach, sort="name").rows[-1].name == "zed"
    assert [r.name for r in caseload.page(coach, signal="rejection").rows] == ["zed"]
    assert [r.name for r in caseload.page(coach, query="CALM3").rows] == ["calm3"]
    assert first.counts[Kind.REJECTION] == 1
    from rebond.method import caseload as rules

    monkeypatch.setattr(rules, "thresholds", lambda: rules.Thresholds(page_size=5))
    second = caseload.page(coach, sort="name", number=2)
    assert (second.number, second.pages, second.total) == (2, 2, 8)
    assert [r.name for r in second.rows] == ["calm5", "calm6", "zed"]
    shown = AccessLog.objects.filter(coach=coach, purpose=Purpose.CASELOAD)
    # Logged each time shown: attention, name, filter, page 2 (not on the search for calm3).
    assert shown.filter(user=hurt).count() == 4


def test_the_page_costs_the_same_queries_for_2_or_8_people(django_user_model, setting, client):
    organisation, coach = setting
    client.force_login(coach)
    now = timezone.now()

    def queries_with(count: int) -> int:
        for index in range(count):
            person = seeker(django_user_model, organisation, f"q{count}-{index}", coach=coach)
            share(person, coach, *ALL)
            application = make_application(person, stages=("interview_1",))
            jobs.log_interview(application, scheduled_at=now + timedelta(days=2))
            CheckIn.objects.create(user=person, at=now, mood=5)
            make_action(person, due_on=(now - timedelta(days=1)).date())
        with CaptureQueriesContext(connection) as captured:
            client.get(reverse("coaching:caseload"))
        return len(captured)

    small, large = queries_with(2), queries_with(6)
    assert small == large and small > 5, (small, large)


def test_a_reminder_goes_once_per_week_to_my_own_people_only(django_user_model, setting, client):
    organisation, coach = setting
    mine = seeker(django_user_model, organisation, "ida", coach=coach, email="ida@example.org")
    other = django_user_model.objects.create(username="other")
    join(other, organisation, Role.COACH)
    theirs = seeker(django_user_model, organisation, "jo", coach=other, email="jo@example.org")
    client.force_login(coach)
    client.post(reverse("coaching:remind", args=[mine.pk]))
    assert [m.to for m in mail.outbox] == [["ida@example.org"]]
    assert "/coaching/sharing/" in mail.outbox[0].body
    client.post(reverse("coaching:remind", args=[mine.pk]))  # too soon
    client.post(reverse("coaching:remind", args=[theirs.pk]))  # not my caseload
    assert len(mail.outbox) == 1
    assert not by_name(coach)["ida"].can_remind
    Membership.objects.filter(user=mine).update(reminded_at=timezone.now() - timedelta(days=8))
    client.post(reverse("coaching:remind", args=[mine.pk]))
    assert len(mail.outbox) == 2


def test_interviews_across_the_caseload_in_the_coach_time_zone(django_user_model, setting, client):
    organisation, coach = setting
    now = timezone.now()
    shown = seeker(django_user_model, organisation, "kim", first_name="Kim")
    hidden = seeker(django_user_model, organisation, "lou", first_name="Lou")
    share(shown, coach, Section.APPLICATIONS)
    share(hidden, coach, Section.PLAN)
    when = (now + timedelta(days=3)).replace(hour=8, minute=30, second=0, microsecond=0)
    for person in (shown, hidden):
        application = make_application(person, company="Initech", stages=("interview_1",))
        jobs.log_interview(application, scheduled_at=when)
        jobs.log_interview(application, scheduled_at=now + timedelta(days=20), round=2)
    client.force_login(coach)
    page = client.get(reverse("coaching:interviews")).content.decode()
    assert "Kim" in page and "Lou" not in page
    local = timezone.localtime(when, caseload.coach_zone(coach))
    assert local.strftime("%H:%M") in page  # 09:30 or 10:30 in Paris, not 08:30 UTC
    assert page.count("Initech") == 1  # the one 20 days ahead is beyond the 14 days
    assert AccessLog.objects.filter(purpose=Purpose.INTERVIEWS).count() == 1


def test_a_coach_lands_on_the_caseload_first_in_the_menu(django_user_model, setting, client):
    organisation, coach = setting
    make_application(coach)  # a job search of their own: the full menu, caseload first
    client.force_login(coach)
    assert client.get(reverse("home"))["Location"] == reverse("coaching:caseload")
    page = client.get(reverse("coaching:caseload")).content.decode()
    menu = page[page.index("<nav") :]
    assert menu.index(reverse("coaching:caseload")) < menu.index(reverse("jobs:board"))
    person = seeker(django_user_model, organisation, "mo")
    client.force_login(person)
    assert client.get(reverse("home"))["Location"] != reverse("coaching:caseload")


def test_the_timeline_shows_shared_sections_only(django_user_model, setting):
    organisation, coach = setting
    now = timezone.now()
    person = seeker(django_user_model, organisation, "ned")
    share(person, coach, Section.APPLICATIONS)
    make_application(person, company="Umbrella", stages=("interview_1",))
    CheckIn.objects.create(user=person, at=now, mood=3)
    events = caseload.timeline(coach, person)
    assert {e.section for e in events} == {Section.APPLICATIONS}
    assert any("Umbrella" in e.detail for e in events)
    assert AccessLog.objects.filter(user=person, purpose=Purpose.TIMELINE).count() == 1


def test_the_timeline_partial_renders_for_the_person_page(django_user_model, setting, rf):
    from django.template import RequestContext, Template

    organisation, coach = setting
    person = seeker(django_user_model, organisation, "oz")
    share(person, coach, Section.APPLICATIONS)
    make_application(person, company="Hooli")
    request = rf.get("/")
    request.user = coach
    html = Template("{% load coaching_timeline %}{% activity_timeline person %}").render(
        RequestContext(request, {"person": person})
    )
    assert "Recent activity" in html and "Hooli" in html


def test_an_ended_application_has_no_next_interview(django_user_model, setting):
    organisation, coach = setting
    person = seeker(django_user_model, organisation, "pia")
    share(person, coach, Section.APPLICATIONS)
    ended = make_application(person, company="Stark", stages=("interview_1",))
    jobs.log_interview(ended, scheduled_at=timezone.now() + timedelta(days=2))
    assert Kind.INTERVIEW in kinds(by_name(coach)["pia"])
    jobs.close_application(Application.objects.get(pk=ended.pk), result="withdrawn")
    row = by_name(coach)["pia"]
    assert row.next_interview is None and Kind.INTERVIEW not in kinds(row)
    assert caseload.interviews(coach) == []


def test_interviews_fall_on_the_coach_local_day(django_user_model, setting):
    organisation, coach = setting
    person = seeker(django_user_model, organisation, "quinn")
    share(person, coach, Section.APPLICATIONS)
    application = make_application(person, stages=("interview_1",))
    late = (timezone.now() + timedelta(days=3)).replace(hour=23, minute=30, second=0)
    jobs.log_interview(application, scheduled_at=late)  # 23:30 UTC: 00:30 or 01:30 in Paris
    [found] = caseload.interviews(coach)
    assert found.day == late.date() + timedelta(days=1)
