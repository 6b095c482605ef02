import json

import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

from rebond.accounts.services import local_user
from rebond.cli import app
from rebond.insights.models import Experiment
from rebond.insights.tests.factories import make_sent

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english(db):
    """Messages are compared in English: the person chose it, and the CLI speaks the person's
    language (the interface default is French)."""
    person = local_user()
    person.content_language = "en"
    person.save()


runner = CliRunner()


def rebond(*args: str):
    return runner.invoke(app, list(args))


def test_it_prints_the_funnel_and_its_breakdown():
    make_sent(local_user(), reached="interview_1", count=3, channel="referral")
    make_sent(local_user(), reached="applied", count=2)
    body = json.loads(rebond("funnel", "--by", "channel", "--json").stdout)
    assert body["counts"] == {"sent": 5, "answered": 3, "interviewed": 3, "offered": 0}
    assert body["breakdown"]["segments"][0]["value"] == "referral"
    table = rebond("funnel", "--since", "2020-01-01").stdout
    assert "too few to conclude" in table
    assert rebond("funnel", "--by", "colour").exit_code == 2


def test_it_starts_checks_and_stops_experiments():
    result = rebond(
        "experiment",
        "start",
        "Intros",
        "--hypothesis",
        "More replies",
        "--change",
        "warm_introductions",
    )
    assert result.exit_code == 0
    first = Experiment.objects.get(title="Intros").pk  # ids are not reset between tests
    assert f"#{first} Intros" in result.stdout
    rebond("experiment", "start", "CV", "--hypothesis", "x")
    second = Experiment.objects.get(title="CV").pk
    status = json.loads(rebond("experiment", "status", "--json").stdout)
    assert {e["id"]: e["overlaps_with"] for e in status} == {first: [second], second: [first]}
    stopped = rebond("experiment", "stop", str(first))
    assert stopped.exit_code == 0 and "finished" in stopped.stdout
    assert rebond("experiment", "stop", str(first)).exit_code == 2
    assert rebond("experiment", "status", "99").exit_code == 2


def test_it_writes_the_review_as_text_json_and_pdf(tmp_path):
    from zoneinfo import ZoneInfo

    from django.utils import timezone

    person = local_user()
    # The person's own today: between midnight in Paris and midnight UTC the two differ.
    today = timezone.localdate(timezone.now(), ZoneInfo(person.time_zone or "Europe/Paris"))
    make_sent(person, reached="screening", count=2, on=today)
    assert "Applications sent: 2" in rebond("report", "weekly").stdout
    assert json.loads(rebond("report", "monthly", "--json").stdout)["kind"] == "monthly"
    target = tmp_path / "review.pdf"
    assert rebond("report", "monthly", "--pdf", str(target)).exit_code == 0
    assert "What was done" in PdfReader(target).pages[0].extract_text()
