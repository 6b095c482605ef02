"""One agenda, many sources: the apps' contributions, the plan's own sources, re-apply dates."""

from datetime import UTC, date, datetime, timedelta

import pytest
from django.apps import apps

from rebond.jobs.services import close_application
from rebond.jobs.tests.factories import make_application
from rebond.method.agenda import DueItem
from rebond.plan import agenda as plan_agenda
from rebond.plan import agenda_sources
from rebond.plan.agenda import AgendaEntry
from rebond.plan.tests.factories import make_action, make_log, make_review

pytestmark = pytest.mark.django_db
NOW = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)  # a Tuesday, 9:00 in Paris
TZ = "Europe/Paris"


def contribute(monkeypatch, *sources):
    """For the test's duration, the network app contributes `sources` after its own."""
    config = apps.get_app_config("network")
    own = tuple(config.agenda_sources())
    monkeypatch.setattr(config, "agenda_sources", lambda: own + sources)


@pytest.fixture
def extra_provider(monkeypatch):
    calls = []

    def follow_ups(user, now, tz):
        calls.append((user.pk, now, tz))
        return [
            DueItem(
                "follow_up", now - timedelta(days=3), now - timedelta(days=1), "follow_up", "9"
            ),
            AgendaEntry("keep_warm", "Call Ana", now + timedelta(hours=2), "kw-1", "network"),
        ]

    contribute(monkeypatch, follow_ups)
    return calls


def test_the_sources_of_other_apps_come_from_their_app_configs():
    # Contributed by methods, not at ready(): they pull numpy and the language tools in.
    modules = {p.__module__ for p in plan_agenda.providers()}
    assert {"rebond.debrief.agenda", "rebond.feedback.services.due"} <= modules
    assert "rebond.network.agenda" in modules


def by_uid(entries):
    return {e.uid: e for e in entries}


def test_it_merges_every_registered_source(owner, extra_provider):
    make_action(owner, title="Rewrite pitch", due_on=date(2026, 3, 10))
    data = plan_agenda.agenda(owner, NOW, TZ)
    assert extra_provider == [(owner.pk, NOW, TZ)]
    today = by_uid(data.today)
    assert "kw-1" in today and today["kw-1"].source == "network"
    overdue = by_uid(data.overdue)
    assert "follow_up-9" in overdue
    # A method DueItem gets its title from the playbook.
    assert overdue["follow_up-9"].title in ("Relancer une seule fois", "Follow up, once only")
    assert any(e.title == "Rewrite pitch" for e in data.today)


def test_it_lists_reviews_due_and_moves_them_once_done(owner):
    first = by_uid(plan_agenda.collect(owner, NOW, TZ))
    assert "review-weekly-2026-03-13" in first  # Friday
    assert "review-monthly-2026-03-31" in first
    assert "review-quarterly-2026-03-31" in first
    make_review(owner, cadence="weekly", done_at=datetime(2026, 3, 13, 17, tzinfo=UTC))
    later = by_uid(plan_agenda.collect(owner, NOW, TZ))
    assert "review-weekly-2026-03-20" in later


def test_it_moves_a_routine_block_to_tomorrow_once_done(owner):
    entries = by_uid(plan_agenda.collect(owner, NOW, TZ))
    assert entries["routine-sourcing"].due_at == datetime(2026, 3, 10, 8, tzinfo=UTC)
    assert entries["routine-sourcing"].recurrence == "FREQ=DAILY"
    make_log(owner, date(2026, 3, 10), "sourcing", 70)
    entries = by_uid(plan_agenda.collect(owner, NOW, TZ))
    assert entries["routine-sourcing"].due_at == datetime(2026, 3, 11, 8, tzinfo=UTC)


def test_it_reminds_to_reapply_six_months_after_a_no(owner):
    rejected = make_application(owner, company="Nova", applied_on=date(2025, 8, 1))
    close_application(rejected, decided_on=date(2025, 9, 5))
    old = make_application(owner, company="Old Co", applied_on=date(2023, 12, 1))
    close_application(old, decided_on=date(2024, 1, 5))
    again = make_application(owner, company="Again", applied_on=date(2025, 8, 1))
    close_application(again, decided_on=date(2025, 9, 20))
    make_application(owner, company="Again", applied_on=date(2026, 1, 3))
    reapply = [e for e in plan_agenda.collect(owner, NOW, TZ) if e.kind == "reapply"]
    assert [e.title.split("—")[-1].strip() for e in reapply] == ["Nova"]
    assert reapply[0].due_at == datetime(2026, 3, 5, 8, tzinfo=UTC)
    assert reapply[0].window_end.date() == date(2026, 9, 5)
    data = plan_agenda.agenda(owner, NOW, TZ)
    assert reapply[0].uid in by_uid(data.today)  # the window is open: not overdue


def test_the_today_horizon_leaves_out_reapply_windows_opening_later(owner):
    # 31 August + 6 months is clamped to 28 February: `until` that day must keep it.
    for company, decided in (("Clamped", date(2025, 8, 31)), ("Later", date(2025, 9, 10))):
        application = make_application(owner, company=company, applied_on=date(2025, 7, 1))
        close_application(application, decided_on=decided)
    until = datetime(2026, 2, 28, 12, tzinfo=UTC)
    now = datetime(2026, 2, 27, 8, tzinfo=UTC)
    near = agenda_sources.reapply(owner, now, TZ, until=until)
    assert [e.title.split("—")[-1].strip() for e in near] == ["Clamped"]
    assert near[0].due_at.date() == date(2026, 2, 28)
    every = agenda_sources.reapply(owner, now, TZ)
    assert len(every) == 2  # the feed lists both


def test_only_providers_that_take_until_are_given_it(owner, monkeypatch):
    seen = []

    def without_until(user, now, tz):
        seen.append("plain")
        return []

    def with_until(user, now, tz, until=None):
        seen.append(until)
        return []

    contribute(monkeypatch, without_until, with_until)
    plan_agenda.agenda(owner, NOW, TZ, horizon_days=7)
    assert seen == ["plain", NOW + timedelta(days=8)]


def test_it_never_shows_another_persons_items(owner, other):
    make_action(other, title="Secret", due_on=date(2026, 3, 10))
    rejected = make_application(other, company="Hidden")
    close_application(rejected, decided_on=date(2025, 9, 5))
    titles = [e.title for e in plan_agenda.collect(owner, NOW, TZ)]
    assert not any("Secret" in t or "Hidden" in t for t in titles)


def test_a_shared_read_is_made_once_per_block_and_never_outlives_it(owner):
    from rebond.plan.agenda import shared_reads
    from rebond.plan.services import open_actions

    def titles():
        columns, rows = open_actions(owner)
        return sorted(row[columns.index("title")] for row in rows)

    make_action(owner, title="First")
    with shared_reads():
        assert titles() == ["First"]
        make_action(owner, title="Second")  # a write inside a block: not seen, hence reads only
        assert titles() == ["First"]
    assert titles() == ["First", "Second"]  # outside a block every call reads
    with shared_reads():
        assert titles() == ["First", "Second"]  # a new block reads afresh
