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


def test_the_requirements_are_the_main_answer_with_the_scores_arithmetic(owner_client, owner):
    cv = make_cv(owner)
    response = owner_client.post(f"/documents/cv/{cv.pk}/check/", {"job_text": JOB_TEXT})
    page = owner_client.get(response.url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "The ad's requirements, one by one" in page
    assert "Connaissance de Google Analytics et de JIRA" in page
    assert "requirement points covered" in page  # the arithmetic
    french = owner_client.get(response.url, HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "points d&#x27;exigences couverts" in french


def test_not_relevant_for_me_is_remembered_by_later_checks(owner_client, owner):
    from rebond.documents.models import DismissedTerm

    cv = make_cv(owner)
    owner_client.post(f"/documents/cv/{cv.pk}/check/", {"job_text": JOB_TEXT})
    check = KeywordCheck.objects.get()
    url = f"/documents/checks/{check.pk}/dismiss/"
    for _ in range(2):  # a double click keeps one row
        response = owner_client.post(url, {"term": "Shopify"}, HTTP_HX_REQUEST="true")
        assert response.status_code == 200
    assert DismissedTerm.objects.for_user(owner).count() == 1
    owner_client.post(f"/documents/cv/{cv.pk}/check/", {"job_text": JOB_TEXT + "\nShopify."})
    later = KeywordCheck.objects.order_by("-id").first()
    from rebond.documents.services import keywords

    result = keywords.requirements(later, "en")
    assert "Shopify" not in [k.term for k in result.missing + result.to_check]
    assert result.dismissed == ("Shopify",)
    owner_client.post(url, {"term": "shopify", "restore": "1"})
    assert not DismissedTerm.objects.exists()


def test_another_person_cannot_dismiss_on_my_check(owner, other_client):
    from rebond.documents.tests.factories import make_check

    check = make_check(owner)
    response = other_client.post(f"/documents/checks/{check.pk}/dismiss/", {"term": "SQL"})
    assert response.status_code == 404
