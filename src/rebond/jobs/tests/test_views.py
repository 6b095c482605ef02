import pytest

from rebond.jobs.models import Application
from rebond.jobs.tests.factories import make_application

pytestmark = pytest.mark.django_db


def test_it_quick_adds_from_the_board(owner_client, owner):
    response = owner_client.post(
        "/applications/quick-add/",
        {"company": "Doctolib", "role": "Data engineer", "channel": "referral", "job_url": ""},
    )
    assert response.status_code == 302
    application = Application.objects.for_user(owner).get()
    assert (application.company.name, application.channel) == ("Doctolib", "referral")
    assert "Data engineer" in owner_client.get("/board/").content.decode()


def test_it_creates_with_the_full_form_and_shows_errors(owner_client):
    response = owner_client.post("/applications/new/", {"company": "", "role": ""})
    assert response.status_code == 200
    assert response.context["form"].errors["company"]


def test_it_creates_and_edits_with_the_full_form(owner_client, owner):
    response = owner_client.post(
        "/applications/new/",
        {
            "company": "Back Market",
            "role": "Product analyst",
            "channel": "network",
            "applied_on": "2026-11-20",
            "job_description": "SQL, Python",
            "level": "mid",
        },
    )
    application = Application.objects.for_user(owner).get()
    assert response["Location"] == f"/applications/{application.pk}/"
    assert (application.company.name, application.level) == ("Back Market", "mid")
    edit = owner_client.get(f"/applications/{application.pk}/edit/")
    assert edit.context["form"]["company"].value() == "Back Market"
    owner_client.post(
        f"/applications/{application.pk}/edit/",
        {
            "company": "Back Market SAS",
            "role": "Senior product analyst",
            "channel": "network",
            "applied_on": "2026-11-20",
        },
    )
    application.refresh_from_db()
    assert (application.company.name, application.role) == (
        "Back Market SAS",
        "Senior product analyst",
    )


def test_it_moves_a_stage_and_marks_rejected(owner_client, owner):
    application = make_application(owner)
    owner_client.post(f"/applications/{application.pk}/move/", {"stage": "interview_1"})
    response = owner_client.post(
        f"/applications/{application.pk}/reject/",
        {
            "result": "rejected",
            "stage_reached": "interview_1",
            "decided_on": "2026-11-21",
            "reason": "Profil plus senior",
        },
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert (application.stage, application.furthest_stage) == ("rejected", "interview_1")
    page = owner_client.get("/board/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Profil plus senior" not in page  # the board shows the stage, not the reason
    assert "Reached: Interview, round 1" in " ".join(page.split())


def test_a_move_to_an_ending_leads_to_the_page_that_records_it(owner_client, owner):
    application = make_application(owner, stages=("screening",))
    response = owner_client.post(
        f"/applications/{application.pk}/move/",
        {"stage": "rejected", "next": "board"},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 302
    assert response["Location"] == f"/applications/{application.pk}/reject/?result=rejected"
    application.refresh_from_db()
    assert application.stage == "screening" and not hasattr(application, "outcome")
    page = owner_client.get(response["Location"], HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "To record how it ended, fill in this page." in page


def test_it_logs_an_interview(owner_client, owner):
    application = make_application(owner)
    response = owner_client.post(
        f"/applications/{application.pk}/interviews/new/",
        {
            "round": 1,
            "scheduled_at": "2026-11-20T10:00",
            "format": "video",
            "interviewers": "Zoé, CTO",
            "questions": "Parlez-moi d'un échec",
            "notes": "",
        },
    )
    assert response.status_code == 302
    assert application.interviews.get().questions == "Parlez-moi d'un échec"


def test_it_filters_the_list_and_answers_htmx_with_the_table_only(owner_client, owner):
    make_application(owner, role="Analyste", channel="referral")
    make_application(owner, role="Designer", channel="job_board")
    full = owner_client.get("/applications/?channel=referral").content.decode()
    assert "Analyste" in full and "Designer" not in full and "<html" in full
    partial = owner_client.get("/applications/?channel=referral", HTTP_HX_REQUEST="true")
    assert "<html" not in partial.content.decode()


@pytest.mark.parametrize(("language", "label"), [("fr", "Candidatures"), ("en", "Applications")])
def test_it_speaks_the_browsers_language(owner_client, language, label):
    page = owner_client.get("/applications/", HTTP_ACCEPT_LANGUAGE=language).content.decode()
    assert label in page


def test_the_import_preview_shows_columns_readings_and_rows_then_imports_all(owner_client, owner):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from rebond.jobs.models import Application
    from rebond.jobs.tests.test_import import ORDINARY_FRENCH

    owner_client.cookies["django_language"] = "en"
    upload = SimpleUploadedFile("suivi.csv", ORDINARY_FRENCH, content_type="text/csv")
    started = owner_client.post("/applications/import/", {"file": upload})
    assert started["Location"] == "/applications/import/preview/"
    page = owner_client.get("/applications/import/preview/").content.decode()
    assert "Site carrière" in page and "Pigeon voyageur" in page and "Groupe Azur" in page
    assert not Application.objects.exists()  # a preview writes nothing
    # The person says what "Pigeon voyageur" means, then imports.
    done = owner_client.post(
        "/applications/import/preview/",
        {"confirm": "1", "means-channel-Pigeon voyageur": "network"},
    )
    assert done.status_code == 302
    assert Application.objects.for_user(owner).count() == 4
    assert Application.objects.get(company__name="Atelier Vert").channel == "network"
    # The file is gone with the session's pointer to it.
    assert owner_client.get("/applications/import/preview/").status_code == 302


def test_an_import_with_a_real_error_says_which_line_and_imports_nothing(owner_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from rebond.jobs.models import Application

    owner_client.cookies["django_language"] = "en"
    data = b"Entreprise;Poste;Date\nAcme;Analyste;31/02/2026\n"
    owner_client.post("/applications/import/", {"file": SimpleUploadedFile("s.csv", data)})
    page = owner_client.post("/applications/import/preview/", {"confirm": "1"}).content.decode()
    assert "Line 2" in page and "31/02/2026" in page and not Application.objects.exists()


def test_the_full_form_starts_an_application_at_the_stage_reached(owner_client, owner):
    data = {
        "company": "Alan",
        "role": "Data analyst",
        "channel": "referral",
        "stage": "interview_1",
    }
    data["applied_on"] = "2026-11-20"
    owner_client.post("/applications/new/", data)
    application = Application.objects.for_user(owner).get()
    assert (application.stage, application.furthest_stage) == ("interview_1", "interview_1")
    assert list(application.events.values_list("stage", flat=True)) == ["applied", "interview_1"]
    # An ending is not a stage to start at: "Mark rejected" records it with its outcome.
    refused = owner_client.post("/applications/new/", {**data, "stage": "rejected"})
    assert refused.status_code == 200 and refused.context["form"].errors["stage"]
    page = owner_client.get("/applications/new/", HTTP_ACCEPT_LANGUAGE="en")
    assert b"Stage reached" in page.content
