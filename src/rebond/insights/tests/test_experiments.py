"""Experiment lifecycle: define, run, stop, verdict against the baseline, overlap flag."""

from datetime import date

import pytest

from rebond.insights import services
from rebond.insights.models import Experiment
from rebond.insights.tests.factories import make_experiment, make_sent

pytestmark = pytest.mark.django_db
AFTER = date(2026, 4, 2)  # the default experiment (16–29 March) is over


def test_it_defaults_to_two_weeks_after_a_baseline_of_the_same_length(owner):
    experiment = make_experiment(owner, start=date(2026, 3, 16))
    assert (experiment.start, experiment.end) == (date(2026, 3, 16), date(2026, 3, 29))
    assert (experiment.baseline_start, experiment.baseline_end) == (
        date(2026, 3, 2),
        date(2026, 3, 15),
    )


def test_it_refuses_dates_in_the_wrong_order(owner):
    with pytest.raises(services.ExperimentError):
        make_experiment(owner, start=date(2026, 3, 16), end=date(2026, 3, 1))
    with pytest.raises(services.ExperimentError):
        make_experiment(owner, baseline_start=date(2026, 3, 1), baseline_end=date(2026, 3, 20))


def test_it_declares_a_clear_improvement_once_the_experiment_is_over(owner):
    make_sent(owner, reached="screening", count=4, on=date(2026, 3, 5))
    make_sent(owner, reached="applied", count=36, on=date(2026, 3, 5))
    make_sent(owner, reached="interview_1", count=12, on=date(2026, 3, 20))
    make_sent(owner, reached="applied", count=28, on=date(2026, 3, 20))
    make_sent(owner, reached="screening", count=30, on=date(2026, 4, 1))  # after: ignored
    evaluation = services.evaluate(owner, make_experiment(owner), AFTER)
    assert evaluation.status == "finished"
    assert (evaluation.baseline, evaluation.trial) == ((4, 40), (12, 40))
    assert evaluation.verdict.outcome == "better"
    assert round(evaluation.verdict.p_value, 4) == 0.0482


def test_it_says_how_many_more_applications_are_needed(owner):
    make_sent(owner, reached="screening", count=2, on=date(2026, 3, 5))
    make_sent(owner, reached="applied", count=18, on=date(2026, 3, 5))
    make_sent(owner, reached="screening", count=8, on=date(2026, 3, 17))
    make_sent(owner, reached="applied", count=12, on=date(2026, 3, 17))
    evaluation = services.evaluate(owner, make_experiment(owner), date(2026, 3, 20))
    assert evaluation.status == "running" and evaluation.days_left == 10
    assert evaluation.verdict.outcome == "not_enough_data"
    assert evaluation.verdict.more_needed == 12  # 32 per period, the trial has 20


def test_it_measures_the_chosen_metric(owner):
    make_sent(owner, reached="screening", count=10, on=date(2026, 3, 5))
    make_sent(owner, reached="interview_1", count=3, on=date(2026, 3, 20))
    experiment = make_experiment(owner, metric="interviewed")
    assert services.evaluate(owner, experiment, AFTER).baseline == (0, 10)
    assert services.evaluate(owner, experiment, AFTER).trial == (3, 3)


def test_it_has_no_verdict_before_the_start(owner):
    evaluation = services.evaluate(owner, make_experiment(owner), date(2026, 3, 1))
    assert (evaluation.status, evaluation.verdict) == ("planned", None)


def test_it_stops_a_running_experiment_and_counts_only_up_to_that_day(owner):
    make_sent(owner, reached="screening", count=2, on=date(2026, 3, 17))
    make_sent(owner, reached="screening", count=5, on=date(2026, 3, 25))
    experiment = services.stop_experiment(make_experiment(owner), date(2026, 3, 20))
    evaluation = services.evaluate(owner, experiment, AFTER)
    assert experiment.last_day == date(2026, 3, 20)
    assert (evaluation.status, evaluation.trial) == ("finished", (2, 2))
    with pytest.raises(services.ExperimentError):
        services.stop_experiment(experiment, date(2026, 3, 21))


def test_it_flags_experiments_that_overlap(owner, other):
    first = make_experiment(owner, title="CV v3", start=date(2026, 3, 16))
    second = make_experiment(owner, title="Pitch", start=date(2026, 3, 29))
    third = make_experiment(owner, title="Later", start=date(2026, 4, 20))
    make_experiment(other, title="Not mine", start=date(2026, 3, 16))
    flags = {e.experiment.title: e.overlaps_with for e in services.evaluate_all(owner, AFTER)}
    assert flags == {"CV v3": [second], "Pitch": [first], "Later": []}
    assert third.pk


def test_it_creates_stops_and_deletes_through_the_pages(owner_client, owner):
    response = owner_client.post(
        "/insights/experiments/",
        {
            "title": "Intros",
            "hypothesis": "Warm introductions get answers.",
            "change": "warm_introductions",
            "metric": "answered",
            "start": "2026-03-16",
        },
    )
    experiment = Experiment.objects.for_user(owner).get()
    assert (
        response.status_code == 302
        and response["Location"] == f"/insights/experiments/{experiment.pk}/"
    )
    assert experiment.end == date(2026, 3, 29)
    page = owner_client.get(f"/insights/experiments/{experiment.pk}/", HTTP_ACCEPT_LANGUAGE="en")
    assert b"Warm introductions get answers." in page.content
    owner_client.post(f"/insights/experiments/{experiment.pk}/delete/", {"confirmed": "1"})
    assert not Experiment.objects.exists()


def test_it_shows_the_form_errors_without_saving(owner_client):
    response = owner_client.post(
        "/insights/experiments/",
        {
            "title": "x",
            "hypothesis": "y",
            "change": "pitch",
            "metric": "answered",
            "start": "2026-03-16",
            "end": "2026-03-01",
        },
    )
    assert response.status_code == 200 and not Experiment.objects.exists()
