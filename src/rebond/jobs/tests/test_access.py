"""Every object URL with three people: the owner, another person, and nobody signed in."""

import pytest

from rebond.jobs.tests.factories import make_application

pytestmark = pytest.mark.django_db

OBJECT_URLS = [
    "/applications/{app}/",
    "/applications/{app}/edit/",
    "/applications/{app}/interviews/new/",
    "/applications/{app}/reject/",
    "/companies/{company}/",
]
PAGE_URLS = ["/", "/board/", "/applications/", "/applications/new/", "/companies/"]


@pytest.fixture
def urls(owner):
    application = make_application(owner)
    return [u.format(app=application.pk, company=application.company_id) for u in OBJECT_URLS]


def test_it_shows_the_owner_their_objects(owner_client, urls):
    for url in urls:
        assert owner_client.get(url).status_code == 200, url


def test_it_answers_404_to_another_person(other_client, urls):
    for url in urls:
        assert other_client.get(url).status_code == 404, url


def test_it_refuses_another_persons_writes(other_client, owner, urls):
    application = make_application(owner, role="Mine")
    for url in (
        f"/applications/{application.pk}/move/",
        f"/applications/{application.pk}/reject/",
        f"/applications/{application.pk}/edit/",
    ):
        response = other_client.post(
            url,
            {
                "stage": "offer",
                "role": "Hacked",
                "company": "X",
                "decided_on": "2026-11-21",
                "result": "rejected",
                "stage_reached": "applied",
            },
        )
        assert response.status_code == 404, url
    application.refresh_from_db()
    assert (application.stage, application.role) == ("applied", "Mine")


def test_it_sends_anonymous_visitors_to_login(client, urls):
    for url in urls + PAGE_URLS:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/login/"), url


def test_it_answers_404_for_a_malformed_or_missing_id(owner_client):
    assert owner_client.get("/applications/999999/").status_code == 404
