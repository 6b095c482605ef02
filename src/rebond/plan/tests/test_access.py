"""Every plan page and API endpoint with three people: the owner, another person, nobody."""

import pytest

from rebond.plan.tests.factories import make_action, make_review

pytestmark = pytest.mark.django_db

PAGES = [
    "/plan/",
    "/plan/today/",
    "/plan/agenda/",
    "/plan/agenda.ics",
    "/plan/actions/new/",
    "/plan/reviews/",
    "/plan/reviews/new/weekly/",
    "/plan/reviews/new/monthly/",
    "/plan/reviews/new/quarterly/",
    "/plan/routine/",
    "/plan/calendar/",
]
OBJECTS = ["/plan/actions/{action}/", "/plan/reviews/{review}/"]
WRITES = ["/plan/actions/{action}/done/", "/plan/actions/{action}/status/"]
POSTS = [
    "/plan/sprints/new/",
    "/plan/skill-gap/",
    "/plan/alternatives/",
    "/plan/calendar/link/",
    "/plan/calendar/revoke/",
]
API_GETS = [
    "/api/v1/plan/actions",
    "/api/v1/plan/today",
    "/api/v1/plan/reviews/weekly/draft",
]
API_OBJECTS = ["/api/v1/plan/actions/{action}"]


@pytest.fixture
def ids(owner):
    return {"action": make_action(owner).pk, "review": make_review(owner).pk}


def test_it_shows_the_owner_their_pages_and_objects(owner_client, ids):
    for url in PAGES + [u.format(**ids) for u in OBJECTS]:
        assert owner_client.get(url).status_code == 200, url
    for url in API_GETS + [u.format(**ids) for u in API_OBJECTS]:
        assert owner_client.get(url).status_code == 200, url


def test_it_answers_404_to_another_person(other_client, ids):
    for url in [u.format(**ids) for u in OBJECTS + API_OBJECTS]:
        assert other_client.get(url).status_code == 404, url


def test_it_refuses_another_persons_writes(other_client, owner, ids):
    for url in [u.format(**ids) for u in WRITES]:
        assert other_client.post(url, {"evidence": "x", "status": "dropped"}).status_code == 404
    response = other_client.post(
        f"/api/v1/plan/actions/{ids['action']}/done",
        {"evidence": "x"},
        content_type="application/json",
    )
    assert response.status_code == 404
    from rebond.plan.models import Action

    assert Action.objects.get(pk=ids["action"]).status == "todo"


def test_it_shows_another_person_only_their_own_lists(other_client, ids):
    assert other_client.get("/api/v1/plan/actions").json() == []
    assert b"Write two STAR" not in other_client.get("/plan/").content


def test_it_sends_anonymous_visitors_to_login(client, ids):
    for url in PAGES + [u.format(**ids) for u in OBJECTS + WRITES] + POSTS:
        response = client.get(url) if url not in POSTS + WRITES else client.post(url)
        assert response.status_code == 302, url
        assert response.url.startswith("/login/"), url


def test_it_answers_401_to_anonymous_api_calls(client, ids):
    for url in API_GETS + [u.format(**ids) for u in API_OBJECTS]:
        assert client.get(url).status_code == 401, url
    assert (
        client.post("/api/v1/plan/actions", {}, content_type="application/json").status_code == 401
    )


def test_it_creates_and_closes_an_action_through_the_api(owner_client, owner):
    created = owner_client.post(
        "/api/v1/plan/actions",
        {"title": "Two referrals", "axis": "search_strategy", "theme": "context", "target": "2"},
        content_type="application/json",
    )
    assert created.status_code == 201
    pk = created.json()["id"]
    done = owner_client.post(
        f"/api/v1/plan/actions/{pk}/done", {"evidence": ""}, content_type="application/json"
    )
    assert done.status_code == 422
    done = owner_client.post(
        f"/api/v1/plan/actions/{pk}/done",
        {"evidence": "Ana and Léo"},
        content_type="application/json",
    )
    assert done.json()["status"] == "done"
    assert owner_client.get("/api/v1/plan/actions?status=done").json()[0]["id"] == pk


def test_it_saves_a_review_through_the_api(owner_client):
    draft = owner_client.get("/api/v1/plan/reviews/monthly/draft").json()
    answers = [q["suggestion"] or "ok" for q in draft["questions"]]
    response = owner_client.post(
        "/api/v1/plan/reviews/monthly", {"answers": answers}, content_type="application/json"
    )
    assert response.status_code == 201 and response.json()["objective"] == "ok"
    bad = owner_client.post(
        "/api/v1/plan/reviews/monthly", {"answers": ["one"]}, content_type="application/json"
    )
    assert bad.status_code == 422
