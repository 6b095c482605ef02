"""Strict isolation (X2), for every URL of the URL conf and every operation of the OpenAPI
schema, enumerated at collection time so that new ones are covered without editing this file.

Four people: the owner; another job seeker of the same organisation; a coach of that
organisation without consent; anonymous. Another person's object answers 404 (its existence is
not disclosed), anonymous is sent to the login page (API: 401). Objects come from
tests/hosted/objects.py, which must name every URL that takes an argument.
"""

from __future__ import annotations

import json
import re

import pytest
from django.conf import settings
from django.shortcuts import resolve_url
from django.urls import reverse
from tests.hosted import coaching_objects, objects

from rebond.api.urls import api
from rebond.coaching.choices import Role, Section
from rebond.coaching.models import Membership, Organisation, Share

pytestmark = pytest.mark.django_db

URLS = objects.site_urls()
WITH_ARGUMENTS = [u for u in URLS if u[2] and not u[0].startswith("coaching:")]
WITHOUT_ARGUMENTS = [u for u in URLS if not u[2] and u[0] not in objects.PUBLIC]


def api_operations() -> list[tuple[str, str]]:
    schema = api.get_openapi_schema()
    return sorted(
        (path, method.upper())
        for path, operations in schema["paths"].items()
        for method in operations
    )


API_OPERATIONS = api_operations()


@pytest.fixture
def people(django_user_model):
    org = Organisation.objects.create(name="Mission locale")
    owner = django_user_model.objects.create(username="owner")
    other = django_user_model.objects.create(username="neighbour")
    coach = django_user_model.objects.create(username="coach")
    for user, role in ((owner, Role.SEEKER), (other, Role.SEEKER), (coach, Role.COACH)):
        Membership.objects.create(user=user, organisation=org, role=role)
    return owner, other, coach


def _request(client, url: str):
    response = client.get(url)
    if response.status_code == 405:
        response = client.post(url)
    return response


def _login_redirect(response) -> bool:
    login = resolve_url(settings.LOGIN_URL)
    return response.status_code == 302 and response.url.split("?")[0] == login


def test_it_has_a_fixture_for_every_url_with_an_argument():
    missing = [
        name
        for name, route, _ in WITH_ARGUMENTS
        if name not in objects.OBJECTS and name not in objects.NOT_AN_OBJECT
    ]
    assert missing == [], f"add these URLs to tests/hosted/objects.py: {missing}"


def test_it_has_a_fixture_for_every_api_path_with_a_parameter():
    missing = sorted(
        {
            path
            for path, _ in API_OPERATIONS
            if "{" in path
            and path not in objects.API_OBJECTS
            and path not in objects.API_NOT_AN_OBJECT
        }
    )
    assert missing == [], f"add these API paths to tests/hosted/objects.py: {missing}"


@pytest.mark.parametrize("name", [u[0] for u in WITH_ARGUMENTS if u[0] in objects.OBJECTS])
def test_it_hides_the_owners_object_from_everyone_else(client, people, name):
    owner, other, coach = people
    url = reverse(name, kwargs=objects.OBJECTS[name](owner))
    for intruder in (other, coach):
        client.force_login(intruder)
        assert _request(client, url).status_code == 404, f"{name} as {intruder.username}"
    client.logout()
    assert _login_redirect(_request(client, url)), f"{name} as anonymous"
    client.force_login(owner)
    status = _request(client, url).status_code
    assert status != 404 and status < 500, f"{name} as owner: {status}"


@pytest.mark.parametrize("name", [u[0] for u in WITHOUT_ARGUMENTS])
def test_it_sends_anonymous_visitors_to_the_login_page(client, name):
    assert _login_redirect(_request(client, reverse(name))), name


def _api_url(path: str, values: dict) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: str(values[m.group(1)]), path)


@pytest.mark.parametrize(("path", "method"), API_OPERATIONS)
def test_it_keeps_the_api_to_the_signed_in_owner(client, people, path, method):
    owner, other, coach = people
    if path in objects.API_NOT_AN_OBJECT:
        values = {"kind": "weekly", "cadence": "weekly"}
    elif "{" in path:
        values = objects.API_OBJECTS[path](owner)
    else:
        values = {}
    url = _api_url(path, values)
    send = getattr(client, method.lower())

    def call():
        if method in ("GET", "DELETE"):
            return send(url)
        return send(url, data=json.dumps({}), content_type="application/json")

    if path.endswith(("/openapi.json", "/docs")):
        pytest.skip("the schema and its viewer describe the API, they hold no data")
    assert call().status_code == 401, f"{method} {path} as anonymous"
    if "{" in path and path in objects.API_OBJECTS:
        for intruder in (other, coach):
            client.force_login(intruder)
            status = call().status_code
            # A body that fails validation answers 422 before any lookup: nothing is disclosed.
            assert status == 404 or (status == 422 and method != "GET"), (
                f"{method} {path} as {intruder.username}: {status}"
            )
        client.force_login(owner)
        assert call().status_code not in (401, 404, 500), f"{method} {path} as owner"


@pytest.fixture
def hosted(settings):
    """Hosted mode in any test run: coaching exists there, and encrypted fields need a key."""
    from cryptography.fernet import Fernet

    settings.LOCAL_MODE = False
    if not getattr(settings, "FIELD_ENCRYPTION_KEYS", None):
        settings.FIELD_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]


def _consent_url(name: str, person, section: str) -> str:
    return reverse(name, kwargs=coaching_objects.COACHING_URLS[name].kwargs(person, section))


def _consent_request(client, name: str, url: str):
    """GET, or POST with what the page's form sends when the page takes POST only."""
    response = client.get(url)
    if response.status_code == 405:
        response = client.post(url, coaching_objects.COACHING_URLS[name].data or {})
    return response


def test_it_shows_a_coach_only_the_section_that_was_shared(client, people, hosted):
    owner, other, coach = people
    objects.OBJECTS["plan:action"](owner)
    Share.objects.create(user=owner, coach=coach, section=Section.PLAN)
    client.force_login(coach)
    for section in Section.values:
        url = _consent_url("coaching:section", owner, section)
        expected = 200 if section == Section.PLAN else 404
        assert client.get(url).status_code == expected, section
    # Consent opens the coaching view only, never the person's own pages.
    action_url = reverse("plan:action", kwargs=objects.OBJECTS["plan:action"](owner))
    assert client.get(action_url).status_code == 404
    client.force_login(other)
    url = _consent_url("coaching:section", owner, Section.PLAN)
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("viewer", ["owner", "neighbour", "coach"])
def test_it_shows_no_coaching_page_of_a_person_without_consent(client, people, hosted, viewer):
    owner, other, coach = people
    client.force_login({"owner": owner, "neighbour": other, "coach": coach}[viewer])
    consent_pages = coaching_objects.named(coaching_objects.Check.CONSENT)
    assert {"coaching:person", "coaching:section", "coaching:comment"} <= set(consent_pages)
    for name in consent_pages:
        for section in Section.values:
            url = _consent_url(name, owner, section)
            assert _consent_request(client, name, url).status_code == 404, (name, section)


def test_it_lists_every_organisation_page():
    found = [name for name, _route, converters in URLS if "organisation_pk" in converters]
    checks = {name: url.check for name, url in coaching_objects.COACHING_URLS.items()}
    organisation_checks = (coaching_objects.Check.ORGANISATION, coaching_objects.Check.ENTITLED)
    assert sorted(name for name in found if checks.get(name) not in organisation_checks) == []


@pytest.mark.parametrize("name", coaching_objects.named(coaching_objects.Check.ORGANISATION))
def test_it_opens_an_organisation_page_to_its_coaches_only(
    client, people, hosted, name, django_user_model
):
    owner, other, coach = people
    organisation = Organisation.objects.get(name="Mission locale")
    url = reverse(name, kwargs=coaching_objects.COACHING_URLS[name].kwargs(organisation))
    elsewhere = django_user_model.objects.create(username="elsewhere")
    Membership.objects.create(
        user=elsewhere, organisation=Organisation.objects.create(name="Ailleurs"), role=Role.ADMIN
    )
    for intruder in (owner, other, elsewhere):
        client.force_login(intruder)
        assert client.get(url).status_code == 404, f"{name} as {intruder.username}"
    client.logout()
    assert _login_redirect(client.get(url)), f"{name} as anonymous"
    client.force_login(coach)
    assert client.get(url).status_code == 200, f"{name} as the organisation's coach"
