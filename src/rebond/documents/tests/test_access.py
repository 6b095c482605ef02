"""Every documents URL with three people: the owner, another person, and nobody signed in."""

import pytest
from django.test import Client

from rebond.documents.models import BrandText, CvVersion, ProofItem
from rebond.documents.tests.factories import make_check, make_cv, make_proof, make_text
from rebond.jobs.tests.factories import make_application

pytestmark = pytest.mark.django_db

PAGE_URLS = ["/documents/", "/documents/message/", "/documents/proofs/", "/documents/texts/new/"]
OBJECT_URLS = [
    "/documents/cv/{cv}/",
    "/documents/cv/{cv}/file/",
    "/documents/checks/{check}/",
    "/documents/texts/{text}/",
    "/documents/proofs/{proof}/",
]


@pytest.fixture
def objects(owner):
    cv = make_cv(owner)
    return {
        "cv": cv.pk,
        "check": make_check(owner, cv=cv).pk,
        "text": make_text(owner).pk,
        "proof": make_proof(owner).pk,
        "app": make_application(owner).pk,
    }


def _urls(objects):
    return [u.format(**objects) for u in OBJECT_URLS]


def test_it_shows_the_owner_every_page(owner_client, objects):
    for url in PAGE_URLS + _urls(objects):
        assert owner_client.get(url).status_code == 200, url


def test_it_answers_404_to_another_person(other_client, objects):
    for url in _urls(objects):
        assert other_client.get(url).status_code == 404, url


def test_it_sends_anonymous_visitors_to_login(client, objects):
    for url in PAGE_URLS + _urls(objects) + ["/documents/upload/"]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response.url.startswith("/login/"), url


def test_it_refuses_another_persons_writes(other_client, other, owner, objects):
    mine = make_application(other, role="Theirs").pk
    posts = [
        (f"/documents/cv/{objects['cv']}/send/", {"application": mine}),
        (f"/documents/cv/{objects['cv']}/unlink/{objects['app']}/", {}),
        (f"/documents/cv/{objects['cv']}/check/", {"job_text": "Profil : SQL"}),
        (f"/documents/cv/{objects['cv']}/delete/", {}),
        (f"/documents/texts/{objects['text']}/", {"kind": "headline", "title": "x", "text": "x"}),
        (f"/documents/texts/{objects['text']}/delete/", {}),
        (f"/documents/proofs/{objects['proof']}/", {"kind": "demo", "title": "x"}),
        (f"/documents/proofs/{objects['proof']}/attach/", {"application": mine}),
        (f"/documents/proofs/{objects['proof']}/detach/{objects['app']}/", {}),
        (f"/documents/proofs/{objects['proof']}/delete/", {}),
    ]
    for url, data in posts:
        assert other_client.post(url, data).status_code == 404, url
    assert CvVersion.objects.filter(pk=objects["cv"], user=owner).exists()
    assert BrandText.objects.get(pk=objects["text"]).title == "LinkedIn"
    assert ProofItem.objects.get(pk=objects["proof"]).title == "Refonte Nova"


def test_it_does_not_let_a_person_link_their_cv_to_another_persons_application(
    owner_client, other, objects
):
    theirs = make_application(other, role="Theirs")
    response = owner_client.post(f"/documents/cv/{objects['cv']}/send/", {"application": theirs.pk})
    assert response.status_code == 302
    assert not theirs.cv_uses.exists()


def test_it_serves_the_file_only_to_its_owner_and_never_from_static(
    owner_client, other, objects, settings
):
    other_client = Client()
    other_client.force_login(other)
    response = owner_client.get(f"/documents/cv/{objects['cv']}/file/")
    assert b"".join(response.streaming_content).startswith(b"Camille Durand")
    assert response["Cache-Control"] == "private, no-store"
    assert other_client.get(f"/documents/cv/{objects['cv']}/file/").status_code == 404
    name = CvVersion.objects.get(pk=objects["cv"]).file.name
    assert "Camille" not in name and name.startswith("cv/")
    for prefix in (settings.STATIC_URL, "/media/", "/files/"):
        assert owner_client.get(f"/{prefix.strip('/')}/{name}").status_code == 404
