"""What is due after a rejection (C3.2): request, one follow-up, thank-you, in local time."""

from datetime import UTC, datetime, timedelta

import pytest

from rebond.feedback import services
from rebond.feedback.tests.factories import make_application, make_feedback, make_message
from rebond.plan.agenda import collect

pytestmark = pytest.mark.django_db
# Friday 6 March 2026, 16:00 UTC: the "no" arrives.
NO = datetime(2026, 3, 6, 16, tzinfo=UTC)


def kinds(user, now, tz="Europe/Paris"):
    return [(d.item.kind, d.overdue) for d in services.due_items(user, now, tz)]


def test_it_asks_for_feedback_after_the_cool_down(owner):
    make_application(owner, rejected_at=NO)
    item = services.due_items(owner, NO, "Europe/Paris")[0].item
    assert item.kind == "feedback_request"
    assert NO + timedelta(hours=24) <= item.due_at < NO + timedelta(hours=48)
    assert kinds(owner, NO + timedelta(days=3)) == [("feedback_request", True)]


def test_it_asks_for_one_follow_up_and_never_a_second(owner):
    app = make_application(owner, rejected_at=NO)
    make_message(owner, application=app, sent_at=NO + timedelta(days=1))
    item = services.due_items(owner, NO + timedelta(days=2), "Europe/Paris")[0].item
    assert item.kind == "follow_up"
    # Sent on a Saturday: a week later is a Saturday again, so the follow-up waits for Monday
    # 9:00 (never a weekend, never at night).
    from zoneinfo import ZoneInfo

    local = item.due_at.astimezone(ZoneInfo("Europe/Paris"))
    assert local.weekday() == 0 and local.hour == 9
    assert local.date().isoformat() == "2026-03-16"
    make_message(owner, application=app, kind="follow_up", sent_at=NO + timedelta(days=9))
    # No second follow-up, ever: only the closing thank-you after the silence remains.
    for days in (12, 20):
        assert kinds(owner, NO + timedelta(days=days)) == [("thank_you", days > 17)]


def test_it_stops_following_up_once_they_replied(owner):
    app = make_application(owner, rejected_at=NO)
    make_message(owner, application=app, sent_at=NO + timedelta(days=1))
    make_feedback(owner, application=app)
    assert [k for k, _ in kinds(owner, datetime.now(UTC))] == ["thank_you"]


@pytest.mark.parametrize("tz", ["Europe/Paris", "Asia/Tokyo", "America/New_York"])
def test_it_follows_the_persons_time_zone_across_daylight_saving(owner, tz):
    # Sent on 2026-03-06; the US and Europe change their clocks on 8 and 29 March.
    app = make_application(owner, rejected_at=NO)
    make_message(owner, application=app, sent_at=NO + timedelta(hours=30))
    item = services.due_items(owner, NO + timedelta(days=2), tz)[0].item
    from zoneinfo import ZoneInfo

    local = item.due_at.astimezone(ZoneInfo(tz))
    assert local.hour == 9 and local.minute == 0


def test_it_forgets_items_long_past_their_deadline(owner):
    make_application(owner, rejected_at=NO)
    assert kinds(owner, NO + timedelta(days=40)) == []


def test_it_joins_the_one_agenda(owner):
    app = make_application(owner, role="Analyste", rejected_at=NO)
    entries = [
        e for e in collect(owner, NO + timedelta(days=1), "Europe/Paris") if e.source == "feedback"
    ]
    assert len(entries) == 1 and "Analyste" in entries[0].title
    assert entries[0].url == f"/feedback/applications/{app.pk}/draft/?kind=feedback_request"


def test_it_lists_due_items_on_the_page_and_the_application(owner_client, owner):
    app = make_application(owner, role="Analyste", rejected_at=datetime.now(UTC))
    page = owner_client.get("/feedback/due/").content.decode()
    assert f"/feedback/applications/{app.pk}/draft/?kind=feedback_request" in page
    detail = owner_client.get(f"/applications/{app.pk}/").content.decode()
    assert f"/feedback/applications/{app.pk}/draft/?kind=feedback_request" in detail
    # The panel brings its stylesheet: the application's page names no feature app.
    assert "rebond/feedback" in detail and ".css" in detail


def test_it_only_thanks_when_feedback_came_unasked(owner):
    app = make_application(owner, rejected_at=NO)
    make_feedback(owner, application=app)
    assert [k for k, _ in kinds(owner, datetime.now(UTC))] == ["thank_you"]
    make_message(owner, application=app, kind="thanks_no_feedback", sent_at=datetime.now(UTC))
    assert kinds(owner, datetime.now(UTC)) == []


def test_it_lists_nothing_for_applications_whose_exchanges_are_long_over(owner):
    make_application(owner, company="Old", rejected_at=NO - timedelta(days=400))
    make_application(owner, company="Recent", rejected_at=NO)
    assert [d.application.company.name for d in services.due_items(owner, NO, "Europe/Paris")] == [
        "Recent"
    ]


def test_it_keeps_the_follow_up_of_a_request_sent_long_after_the_rejection(owner):
    app = make_application(owner, rejected_at=NO - timedelta(days=300))
    make_message(owner, application=app, sent_at=NO)
    assert kinds(owner, NO + timedelta(days=2)) == [("follow_up", False)]


def test_a_template_no_is_not_a_reply_and_feedback_is_thanked_for(owner):
    app = make_application(owner, rejected_at=NO)
    # The "no" itself, pasted: nothing in it is feedback, so the request is still due.
    make_feedback(
        owner,
        application=app,
        text="Bonjour,\n\nNous ne donnerons pas suite à votre candidature.\n\nCordialement,\nRH",
    )
    assert [d.item.kind for d in services.due_items(owner, NO + timedelta(days=1), "UTC")] == [
        "feedback_request"
    ]
    make_message(owner, application=app, sent_at=NO + timedelta(days=1))
    make_feedback(owner, application=app, text="Vos exemples restaient trop généraux.")
    (due,) = services.due_items(owner, datetime.now(UTC), "Europe/Paris")
    assert due.item.kind == "thank_you" and due.message_kind == "thanks_for_feedback"


def test_a_reply_without_feedback_is_thanked_all_the_same(owner):
    app = make_application(owner, rejected_at=NO)
    make_message(owner, application=app, sent_at=NO + timedelta(days=1))
    make_feedback(
        owner,
        application=app,
        text="Bonjour,\n\nNous ne faisons pas de retour individuel.\n\nCordialement,\nRH",
    )
    (due,) = services.due_items(owner, datetime.now(UTC), "Europe/Paris")
    assert due.item.kind == "thank_you" and due.message_kind == "thanks_no_feedback"


def test_a_follow_up_delay_lengthened_in_the_rules_still_reaches_the_agenda(owner, edited_rules):
    app = make_application(owner, rejected_at=NO)
    make_message(owner, application=app, sent_at=NO + timedelta(days=1))
    late = NO + timedelta(days=53)
    assert kinds(owner, late) == []  # the follow-up window (7 to 10 days) is long forgotten
    edited_rules("timings", "follow_up_from_days = 7", "follow_up_from_days = 50")
    edited_rules("timings", "follow_up_until_days = 10", "follow_up_until_days = 55")
    assert kinds(owner, late) == [("follow_up", False)]
