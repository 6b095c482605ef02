"""Keyword coverage against a pasted job description or an application's (C8.3)."""

import pytest

from rebond.documents.models import KeywordCheck
from rebond.documents.tests.factories import JOB_TEXT, make_cv
from rebond.jobs.tests.factories import make_application

pytestmark = pytest.mark.django_db


def test_it_checks_a_pasted_job_description_and_redirects(owner_client, owner):
    cv = make_cv(owner)
    response = owner_client.post(f"/documents/cv/{cv.pk}/check/", {"job_text": JOB_TEXT})
    check = KeywordCheck.objects.get()
    assert response.status_code == 302 and response.url == f"/documents/checks/{check.pk}/"
    page = owner_client.get(response.url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    for missing in ("Scrum", "JIRA", "Shopify"):
        assert missing in page
    assert "How this score is computed" in page
    assert "Google Analytics" in page  # found in the CV


def test_it_renders_only_the_result_fragment_for_htmx(owner_client, owner):
    cv = make_cv(owner)
    response = owner_client.post(
        f"/documents/cv/{cv.pk}/check/", {"job_text": JOB_TEXT}, HTTP_HX_REQUEST="true"
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html and 'class="check-result"' in html and "Scrum" in html


def test_it_uses_the_job_description_of_an_application(owner_client, owner):
    cv = make_cv(owner)
    application = make_application(owner, job_description=JOB_TEXT)
    owner_client.post(f"/documents/cv/{cv.pk}/check/", {"application": application.pk})
    check = KeywordCheck.objects.get()
    assert check.application == application and "Scrum" in check.job_text


def test_it_asks_for_a_job_description_when_none_is_given(owner_client, owner):
    cv = make_cv(owner)
    empty = make_application(owner)
    for data in ({}, {"application": empty.pk}):
        response = owner_client.post(
            f"/documents/cv/{cv.pk}/check/", data, HTTP_ACCEPT_LANGUAGE="en"
        )
        assert response.status_code == 400
        assert "Paste a job description" in response.content.decode()
    assert not KeywordCheck.objects.exists()


def test_it_cannot_use_another_persons_application(owner_client, owner, other):
    cv = make_cv(owner)
    theirs = make_application(other, job_description=JOB_TEXT)
    response = owner_client.post(f"/documents/cv/{cv.pk}/check/", {"application": theirs.pk})
    assert response.status_code == 400 and not KeywordCheck.objects.exists()
