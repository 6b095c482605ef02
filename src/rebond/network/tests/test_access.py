"""Every network page and API endpoint: the owner 200, another person 404, anonymous to login."""

import pytest

from rebond.network.tests import factories

pytestmark = pytest.mark.django_db


def owned_urls(owner):
    person = factories.contact(owner)
    info = factories.info(person)
    interview = factories.interview(owner)
    plan = factories.rejected_plan(owner)
    target = factories.target(owner)
    gets = [
        f"/network/contacts/{person.pk}/",
        f"/network/contacts/{person.pk}/edit/",
        f"/network/contacts/{person.pk}/draft/?kind=keep_warm&news=I+finished+a+course",
        f"/network/contacts/{person.pk}/draft.eml?kind=keep_warm&news=I+finished+a+course",
        f"/network/contacts/{person.pk}/info/new/",
        f"/network/info/{info.pk}/",
        f"/api/v1/contacts/{person.pk}",
        f"/api/v1/contacts/{person.pk}/interactions",
    ]
    posts = [
        (f"/network/contacts/{person.pk}/log/", {"summary": "Coffee", "channel": "email",
                                                 "occurred_at": "2026-11-20T10:00"}),
        (f"/network/contacts/{person.pk}/give/", {"kind": "resource", "description": "An article",
                                                  "given_on": "2026-11-20"}),
        (f"/network/targets/{target.pk}/done/", {}),
        (f"/network/interviewers/{interview.pk}/add/", {"name": "Léa Martin"}),
        (f"/network/companies/{plan.application.pk}/plan/", {}),
        (f"/network/plans/{plan.pk}/connected/", {}),
        (f"/network/info/{info.pk}/thanked/", {}),
    ]  # fmt: skip
    return gets, posts


LIST_PAGES = [
    "/network/",
    "/network/due/",
    "/network/contacts/new/",
    "/network/targets/",
    "/network/interviewers/",
    "/network/companies/",
    "/network/import/",
    "/network/export.vcf",
]
LIST_API = ["/api/v1/contacts", "/api/v1/network/due"]


def test_it_serves_every_page_to_the_owner(owner, owner_client):
    gets, posts = owned_urls(owner)
    for url in LIST_PAGES + LIST_API + gets:
        assert owner_client.get(url).status_code == 200, url
    for url, data in posts:
        assert owner_client.post(url, data).status_code == 302, url


def test_it_answers_404_for_another_persons_rows(owner, other, other_client):
    gets, posts = owned_urls(owner)
    for url in gets:
        assert other_client.get(url).status_code == 404, url
    for url, data in posts:
        assert other_client.post(url, data).status_code == 404, url
    for url in LIST_API:
        assert other_client.get(url).json() == [], url


def test_it_sends_anonymous_visitors_to_login(owner, client):
    gets, posts = owned_urls(owner)
    for url in LIST_PAGES + [u for u in gets if not u.startswith("/api/")]:
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/login/"), url
    for url, data in posts:
        response = client.post(url, data)
        assert response.status_code == 302 and response["Location"].startswith("/login/"), url
    for url in LIST_API + [u for u in gets if u.startswith("/api/")]:
        assert client.get(url).status_code == 401, url
    assert client.post("/api/v1/contacts", {}, content_type="application/json").status_code == 401
