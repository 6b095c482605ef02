"""Every feedback view with three people: the owner (200/302), another person (404), nobody."""

from datetime import UTC, datetime

import pytest

from rebond.feedback.tests.factories import make_application, make_feedback, make_message

pytestmark = pytest.mark.django_db

ID_PAGES = [
    "/feedback/items/{item}/",
    "/feedback/applications/{app}/draft/",
    "/feedback/messages/{message}/",
]
ID_POSTS = [
    ("/feedback/statements/{statement}/correct/", {"s{statement}-polarity": "neutral"}),
    ("/feedback/points/{group}/action/", {}),
    ("/feedback/messages/{message}/sent/", {}),
    ("/feedback/messages/{message}/send/", {}),
    ("/feedback/items/{item}/delete/", {"confirmed": "1"}),
]
OWN_PAGES = [
    "/feedback/",
    "/feedback/due/",
    "/feedback/items/new/",
    "/feedback/points/",
    "/feedback/strengths/",
    "/feedback/settings/mail/",
]


@pytest.fixture
def ids(owner):
    app = make_application(owner, rejected_at=datetime(2026, 3, 9, 15, tzinfo=UTC))
    item = make_feedback(owner, application=app)
    statement = item.statements.get()
    message = make_message(owner, application=app)
    return {
        "app": app.pk,
        "item": item.pk,
        "statement": statement.pk,
        "group": statement.group,
        "message": message.pk,
    }


@pytest.mark.parametrize("url", ID_PAGES)
def test_it_shows_the_owner_their_page(owner_client, ids, url):
    assert owner_client.get(url.format(**ids)).status_code == 200


@pytest.mark.parametrize("url", [*ID_PAGES, "/feedback/messages/{message}/eml/"])
def test_it_hides_another_persons_page(other_client, ids, url):
    assert other_client.get(url.format(**ids)).status_code == 404


@pytest.mark.parametrize(("url", "data"), ID_POSTS)
def test_it_lets_the_owner_act(owner_client, ids, url, data):
    payload = {k.format(**ids): v for k, v in data.items()}
    assert owner_client.post(url.format(**ids), payload).status_code == 302


@pytest.mark.parametrize(("url", "data"), ID_POSTS)
def test_it_refuses_another_person_acting(other_client, ids, url, data):
    payload = {k.format(**ids): v for k, v in data.items()}
    response = other_client.post(url.format(**ids), payload)
    if "points" in url:  # group ids are per person: another person's id is simply not theirs
        assert response.status_code == 302
        from rebond.plan.models import Action

        assert not Action.objects.exists()
    else:
        assert response.status_code == 404


@pytest.mark.parametrize("url", OWN_PAGES)
def test_it_shows_each_person_only_their_own_list(owner_client, other, ids, url):
    assert owner_client.get(url).status_code == 200
    owner_client.force_login(other)
    response = owner_client.get(url)
    assert response.status_code == 200
    assert "Vos exemples restaient" not in response.content.decode()


@pytest.mark.parametrize(
    "url",
    ID_PAGES
    + OWN_PAGES
    + [u for u, _ in ID_POSTS]
    + ["/feedback/messages/{message}/eml/", "/feedback/settings/mail/test/"],
)
def test_it_sends_anonymous_visitors_to_login(client, ids, url):
    address = url.format(**ids)
    response = client.post(address) if _is_post(url) else client.get(address)
    assert response.status_code == 302 and response["Location"].startswith("/login/")


def _is_post(url: str) -> bool:
    return any(url == u for u, _ in ID_POSTS) or url.endswith("/test/")
