from datetime import UTC, datetime, timedelta

import pytest

from rebond.jobs import services
from rebond.jobs.choices import Stage
from rebond.jobs.models import StageEvent
from rebond.jobs.tests.factories import make_application

pytestmark = pytest.mark.django_db


def test_it_keeps_the_furthest_stage_after_a_rejection(owner):
    application = make_application(owner, stages=("screening", "interview_2"))
    services.close_application(application, reason="Un profil plus senior")
    application.refresh_from_db()
    assert application.stage == Stage.REJECTED
    assert application.furthest_stage == Stage.INTERVIEW_2
    assert application.outcome.stage_reached == Stage.INTERVIEW_2
    assert [e.stage for e in application.events.all()] == [
        "applied",
        "screening",
        "interview_2",
        "rejected",
    ]


def test_it_records_a_stage_reached_beyond_what_was_logged(owner):
    application = make_application(owner)
    services.close_application(application, stage_reached="final")
    application.refresh_from_db()
    assert application.furthest_stage == Stage.FINAL
    assert "final" in [e.stage for e in application.events.all()]


def test_it_moves_an_application_forward_when_an_interview_is_logged(owner):
    application = make_application(owner)
    when = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    services.log_interview(application, round=2, scheduled_at=when, questions="Pourquoi nous ?")
    application.refresh_from_db()
    assert application.stage == Stage.INTERVIEW_2


def test_it_keeps_the_history_in_order_when_an_interview_is_dated_earlier(owner):
    application = make_application(owner)
    earlier = application.stage_changed_at - timedelta(minutes=5)
    services.log_interview(application, round=1, scheduled_at=earlier)
    assert [e.stage for e in application.events.all()] == ["applied", "interview_1"]


def test_it_never_moves_backwards_when_an_earlier_round_is_logged(owner):
    application = make_application(owner, stages=("interview_2",))
    services.log_interview(application, round=1, scheduled_at=datetime.now(UTC))
    application.refresh_from_db()
    assert application.stage == Stage.INTERVIEW_2


@pytest.mark.parametrize("result", ["offer", "applied", "screening"])
def test_it_refuses_an_ending_that_is_not_one(owner, result):
    with pytest.raises(ValueError):
        services.close_application(make_application(owner), result=result)


def test_it_refuses_to_edit_the_stage_history(owner):
    event = make_application(owner).events.get()
    event.note = "rewritten"
    with pytest.raises(ValueError, match="append-only"):
        event.save()


def test_it_reuses_a_company_whatever_the_case(owner):
    first = make_application(owner, company="Acme")
    second = make_application(owner, company="  ACME ")
    assert first.company_id == second.company_id


def test_it_keeps_companies_apart_between_people(owner, other):
    assert make_application(owner).company_id != make_application(other).company_id


def test_it_lists_with_filters_and_only_for_the_owner(owner, other):
    make_application(owner, role="Analyste", channel="referral")
    make_application(
        owner,
        role="Product owner",
        channel="job_board",
        applied_on=(datetime.now(UTC) - timedelta(days=40)).date(),
    )
    make_application(other, role="Analyste", channel="referral")
    assert [a.role for a in services.search(owner, channel="referral")] == ["Analyste"]
    assert services.search(owner, text="product").count() == 1
    since = (datetime.now(UTC) - timedelta(days=7)).date()
    assert services.search(owner, since=since).count() == 1
    assert StageEvent.objects.for_user(other).count() == 1


def test_the_command_line_reads_the_same_stage_words_as_the_import():
    from typer.testing import CliRunner

    from rebond.accounts.services import local_user
    from rebond.cli import app
    from rebond.jobs import services

    person = local_user()
    application = services.create_application(person, company="Alan", role="Data analyst")
    result = CliRunner().invoke(app, ["move", str(application.pk), "Entretien 2"])
    assert result.exit_code == 0, result.output
    application.refresh_from_db()
    assert application.stage == "interview_2"
    refused = CliRunner().invoke(app, ["move", str(application.pk), "pigeon voyageur"])
    assert refused.exit_code == 2 and "étape inconnue" in refused.output  # the person speaks French


@pytest.mark.parametrize("ending", ["rejected", "withdrawn", "no_answer"])
def test_it_ends_an_application_only_through_the_closing_service(owner, ending):
    application = make_application(owner, stages=("screening",))
    with pytest.raises(services.EndingNeedsOutcome):
        services.move_stage(application, ending)
    application.refresh_from_db()
    assert application.stage == Stage.SCREENING
    assert [e.stage for e in application.events.all()] == ["applied", "screening"]


def test_it_refuses_a_rejection_at_the_offer_but_takes_a_withdrawal(owner):
    application = make_application(owner, stages=("screening", "offer"))
    with pytest.raises(ValueError, match="not at offer"):
        services.close_application(application)  # the furthest stage: the offer
    with pytest.raises(ValueError, match="not at offer"):
        services.close_application(application, result="no_answer", stage_reached="offer")
    application.refresh_from_db()
    assert application.stage == Stage.OFFER and not hasattr(application, "outcome")
    outcome = services.close_application(application, result="withdrawn")
    assert (outcome.result, outcome.stage_reached) == ("withdrawn", "offer")


def test_one_rule_says_which_applications_are_rejected(owner):
    from rebond.jobs.models import Application

    rejected = make_application(owner, company="Alan", stages=("rejected",))
    make_application(owner, company="Qonto", stages=("withdrawn",))
    make_application(owner, company="Lydia", stages=("screening",))
    assert list(Application.objects.for_user(owner).rejected()) == [rejected]
    assert [a.is_rejected for a in Application.objects.for_user(owner).order_by("id")] == [
        True,
        False,
        False,
    ]
    assert rejected.outcome.result == "rejected"
