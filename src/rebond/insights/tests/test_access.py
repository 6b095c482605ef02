"""Every insights page and API endpoint with three people: owner, another person, anonymous."""

import pytest

from rebond.insights.models import Experiment
from rebond.insights.tests.factories import make_experiment, make_sent

pytestmark = pytest.mark.django_db

PAGES = [
    "/insights/",
    "/insights/funnel/",
    "/insights/funnel/?by=sector",
    "/insights/experiments/",
    "/insights/reports/weekly/",
    "/insights/reports/monthly/",
    "/insights/reports/weekly/pdf/",
]
API = ["/api/v1/insights/funnel?by=channel", "/api/v1/experiments", "/api/v1/reports/monthly"]


@pytest.fixture
def experiment(owner):
    make_sent(owner, reached="screening", count=2)
    return make_experiment(owner, title="Owner's secret test")


def test_it_shows_the_owner_every_page(owner_client, experiment):
    for url in [*PAGES, f"/insights/experiments/{experiment.pk}/"]:
        assert owner_client.get(url).status_code == 200, url


def test_it_never_shows_another_persons_data(other_client, experiment):
    assert other_client.get(f"/insights/experiments/{experiment.pk}/").status_code == 404
    for url in PAGES[:-1]:
        response = other_client.get(url)
        assert response.status_code == 200, url
        assert b"Owner&#x27;s secret test" not in response.content, url


def test_it_refuses_another_persons_writes(other_client, experiment):
    for url in (
        f"/insights/experiments/{experiment.pk}/stop/",
        f"/insights/experiments/{experiment.pk}/delete/",
    ):
        assert other_client.post(url).status_code == 404, url
    assert Experiment.objects.filter(pk=experiment.pk, stopped_on=None).exists()


def test_it_sends_anonymous_visitors_to_login(client, experiment):
    urls = [
        *PAGES,
        f"/insights/experiments/{experiment.pk}/",
        "/insights/experiments/999/stop/",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/login/"), url


def test_it_answers_404_for_an_unknown_report_kind_or_day(owner_client):
    assert owner_client.get("/insights/reports/yearly/").status_code == 404
    assert owner_client.get("/insights/reports/weekly/?day=2026-02-30").status_code == 404


def test_it_serves_the_api_to_the_owner_only(owner_client, experiment):
    for url in [*API, f"/api/v1/experiments/{experiment.pk}"]:
        assert owner_client.get(url).status_code == 200, url
    body = owner_client.get("/api/v1/insights/funnel?by=channel").json()
    assert body["counts"]["answered"] == 2 and body["breakdown"]["dimension"] == "channel"


def test_it_answers_404_to_another_person_on_the_api(other_client, experiment):
    pk = experiment.pk
    assert other_client.get(f"/api/v1/experiments/{pk}").status_code == 404
    assert other_client.post(f"/api/v1/experiments/{pk}/stop").status_code == 404
    assert other_client.delete(f"/api/v1/experiments/{pk}").status_code == 404
    assert other_client.get("/api/v1/experiments").json() == []
    assert other_client.get("/api/v1/insights/funnel").json()["counts"]["sent"] == 0
    assert Experiment.objects.filter(pk=pk).exists()


def test_it_answers_401_to_anonymous_api_calls(client, experiment):
    pk = experiment.pk
    for method, url in [
        *(("get", url) for url in API),
        ("get", f"/api/v1/experiments/{pk}"),
        ("post", "/api/v1/experiments"),
        ("post", f"/api/v1/experiments/{pk}/stop"),
        ("delete", f"/api/v1/experiments/{pk}"),
    ]:
        assert getattr(client, method)(url).status_code == 401, url


def test_it_runs_the_experiment_lifecycle_through_the_api(owner_client):
    created = owner_client.post(
        "/api/v1/experiments",
        {"title": "CV v3", "hypothesis": "Figures get replies.", "start": "2026-03-16"},
        content_type="application/json",
    )
    assert created.status_code == 201
    body = created.json()
    assert (body["end"], body["baseline_start"]) == ("2026-03-29", "2026-03-02")
    assert body["status"] == "finished" and body["verdict"]["outcome"] == "not_enough_data"
    bad = owner_client.post(
        "/api/v1/experiments",
        {"title": "x", "hypothesis": "y", "start": "2026-03-16", "end": "2026-03-01"},
        content_type="application/json",
    )
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid"
    assert owner_client.delete(f"/api/v1/experiments/{body['id']}").status_code == 204
