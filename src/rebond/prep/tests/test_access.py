"""Every preparation page: the owner sees it, another person gets 404, anonymous goes to login."""

import pytest

from rebond.prep.tests.factories import make_interview, make_pitch, make_session, make_story

pytestmark = pytest.mark.django_db

LIST_URLS = [
    "/prep/",
    "/prep/stories/",
    "/prep/stories/new/",
    "/prep/pitch/",
    "/prep/drill/",
    "/prep/mock/",
]


@pytest.fixture
def rows(owner):
    story = make_story(owner)
    session = make_session(owner)
    interview = make_interview(owner)
    first, second = make_pitch(owner), make_pitch(owner, text="I am a data analyst. 30% less.")
    from rebond.prep.services import drills

    drill = drills.save_drill(owner, question="Why us?", short_answer="Because.")
    return {
        "story": story.pk,
        "session": session.pk,
        "interview": interview.pk,
        "application": interview.application_id,
        "a": first.pk,
        "b": second.pk,
        "drill": drill.pk,
    }


def owned_urls(r):
    return [
        f"/prep/stories/{r['story']}/",
        f"/prep/stories/{r['story']}/edit/",
        f"/prep/stories/coverage/?application={r['application']}",
        f"/prep/pitch/compare/?a={r['a']}&b={r['b']}",
        f"/prep/drill/{r['drill']}/",
        f"/prep/mock/{r['session']}/",
        f"/prep/interviews/{r['interview']}/",
        f"/prep/interviews/{r['interview']}/brief/",
    ]


def owned_posts(r):
    return [
        f"/prep/stories/{r['story']}/delete/",
        f"/prep/mock/{r['session']}/reanalyze/",
        f"/prep/mock/{r['session']}/recording/",
        f"/prep/mock/{r['session']}/delete/",
        f"/prep/interviews/{r['interview']}/ritual-done/",
    ]


@pytest.mark.parametrize("url", LIST_URLS)
def test_it_shows_the_lists_to_a_signed_in_person_only(owner_client, url):
    assert owner_client.get(url).status_code == 200


@pytest.mark.parametrize("url", LIST_URLS)
def test_it_sends_anonymous_visitors_to_login(client, url):
    response = client.get(url)
    assert response.status_code == 302 and response.url.startswith("/login/")


def test_it_shows_owned_pages_to_their_owner(client, owner, rows):
    client.force_login(owner)
    for url in owned_urls(rows):
        assert client.get(url).status_code == 200, url


def test_it_answers_404_to_another_person(client, other, rows):
    client.force_login(other)
    for url in owned_urls(rows):
        assert client.get(url).status_code == 404, url
    for url in owned_posts(rows):
        assert client.post(url).status_code == 404, url
    assert client.get(f"/prep/mock/{rows['session']}/recording/").status_code == 404


def test_it_sends_anonymous_visitors_of_owned_pages_to_login(client, rows):
    for url in owned_urls(rows) + owned_posts(rows):
        response = client.get(url) if url in owned_urls(rows) else client.post(url)
        assert response.status_code == 302 and response.url.startswith("/login/"), url


def test_it_answers_404_when_the_coverage_application_is_missing(owner_client):
    assert owner_client.get("/prep/stories/coverage/").status_code == 404
    assert owner_client.get("/prep/stories/coverage/?application=abc").status_code == 404
