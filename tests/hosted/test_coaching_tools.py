"""Isolation of the coach's tools (notes, threads, proposals) on PostgreSQL, hosted mode.

test_isolation.py leaves coaching pages out (they open with consent, not ownership); these
URLs have rows of their own, registered in coaching_objects.COACHING_URLS with the TOOL check:
each answers its owner (the person for answers and proposals, the writing coach for notes) and
404 to another job seeker of the same organisation and to a coach without consent.
"""

from __future__ import annotations

import pytest
from django.urls import reverse
from tests.hosted import coaching_objects
from tests.hosted.conftest import hosted_only

from rebond.coaching.choices import Role
from rebond.coaching.models import Membership, Organisation

pytestmark = [pytest.mark.django_db, hosted_only]

TOOLS = coaching_objects.named(coaching_objects.Check.TOOL)


def test_every_coaching_tool_url_is_registered():
    assert "coaching:note-edit" in TOOLS and "coaching:message-reply" in TOOLS


@pytest.mark.parametrize("name", TOOLS)
def test_it_keeps_each_tool_to_its_owner(client, django_user_model, name):
    organisation = Organisation.objects.create(name="Mission locale")
    owner = django_user_model.objects.create(username="owner")
    other = django_user_model.objects.create(username="neighbour")
    coach = django_user_model.objects.create(username="coach")
    for user, role in ((owner, Role.SEEKER), (other, Role.SEEKER), (coach, Role.COACH)):
        Membership.objects.create(user=user, organisation=organisation, role=role)
    registered = coaching_objects.COACHING_URLS[name]
    url = reverse(name, kwargs=registered.kwargs(owner))
    for intruder in (other, coach):
        client.force_login(intruder)
        response = client.post(url, registered.data)
        assert response.status_code == 404, f"{name} as {intruder.username}"
    client.force_login(owner)
    response = client.post(url, registered.data)
    assert response.status_code in (200, 302), f"{name} as owner: {response.status_code}"
