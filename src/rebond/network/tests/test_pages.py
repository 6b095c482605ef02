"""The network pages as a person uses them, and their query counts at two data sizes."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from rebond.network.models import Contact, Interaction
from rebond.network.tests import factories

pytestmark = pytest.mark.django_db
DATA = Path(__file__).parent / "data"


def test_it_adds_a_contact_and_logs_an_exchange_without_javascript(owner, owner_client):
    response = owner_client.post("/network/contacts/new/", {
        "first_name": "Léa", "last_name": "Martin", "kind": "hiring_manager",
        "company_name": "Doctolib", "keep_warm": "on", "cadence_months": "2",
    })  # fmt: skip
    lea = Contact.objects.for_user(owner).get()
    assert response.status_code == 302 and response["Location"] == f"/network/contacts/{lea.pk}/"
    first_due = lea.due_at
    response = owner_client.post(f"/network/contacts/{lea.pk}/log/", {
        "occurred_at": (datetime.now(UTC) + timedelta(days=3)).strftime("%Y-%m-%dT%H:%M"),
        "channel": "video", "summary": "Talked about the data team", "i_gave": "An article",
    })  # fmt: skip
    assert response.status_code == 302
    lea.refresh_from_db()
    assert lea.due_at > first_due and lea.last_interaction_at is not None
    page = owner_client.get(f"/network/contacts/{lea.pk}/").content.decode()
    assert "Talked about the data team" in page and "An article" in page


def test_it_refuses_a_contact_without_a_name_and_an_empty_summary(owner, owner_client):
    assert owner_client.post("/network/contacts/new/", {"kind": "peer"}).status_code == 200
    lea = factories.contact(owner)
    response = owner_client.post(f"/network/contacts/{lea.pk}/log/", {"summary": ""})
    assert response.status_code == 400 and not Interaction.objects.exists()


def test_it_drafts_a_precise_request_and_flags_a_vague_one(owner, owner_client):
    lea = factories.contact(owner)
    url = f"/network/contacts/{lea.pk}/draft/?kind=precise_introduction"
    page = owner_client.get(url + "&target_person=Paul+Roy%2C+head+of+data").content.decode()
    assert "Paul Roy" in page and "mailto:zoe@acme.example" in page
    vague = owner_client.get(f"/network/contacts/{lea.pk}/draft/?kind=informational_interview")
    assert vague.status_code == 200 and 'role="alert"' in vague.content.decode()
    eml = owner_client.get(f"/network/contacts/{lea.pk}/draft.eml?kind=keep_warm&news=x+y")
    assert eml["Content-Type"] == "message/rfc822" and b"X-Unsent: 1" in eml.content


def test_it_plans_and_records_an_informational_interview(owner, owner_client):
    lea = factories.contact(owner)
    form = owner_client.get(f"/network/contacts/{lea.pk}/info/new/?goal=close_gap")
    assert "Comment avez-vous construit" in form.content.decode()
    response = owner_client.post(f"/network/contacts/{lea.pk}/info/new/", {
        "goal": "close_gap", "topic": "SQL at scale", "scheduled_at": "2026-12-01T10:00",
        "questions": "One?\nTwo?\nThree?",
    })  # fmt: skip
    info = lea.info_interviews.get()
    assert response["Location"] == f"/network/info/{info.pk}/"
    too_many = {"goal": "close_gap", "topic": "x", "scheduled_at": "2026-12-01T10:00",
                "questions": "1\n2\n3\n4"}  # fmt: skip
    assert owner_client.post(f"/network/contacts/{lea.pk}/info/new/", too_many).status_code == 200
    owner_client.post(f"/network/info/{info.pk}/", {
        "held_at": "2026-12-01T10:20", "key_points": "Practise on real data\nShare it",
        "next_step": "a small public project",
    })  # fmt: skip
    page = owner_client.get(f"/network/info/{info.pk}/").content.decode()
    assert "Practise on real data" in page and "a small public project" in page
    owner_client.post(f"/network/info/{info.pk}/thanked/")
    info.refresh_from_db()
    assert info.status == "thanked" and info.follow_up_on.isoformat() == "2026-12-22"


def test_it_imports_through_the_page_and_shows_line_errors(owner, owner_client):
    with open(DATA / "Connections_bad.csv", "rb") as bad:
        response = owner_client.post("/network/import/", {"file": bad})
    assert response.status_code == 400 and "31 Feb 2024" in response.content.decode()
    with open(DATA / "Connections.csv", "rb") as good:
        response = owner_client.post("/network/import/", {"file": good})
    assert response.status_code == 302 and Contact.objects.for_user(owner).count() == 3
    vcf = owner_client.get("/network/export.vcf")
    assert vcf.content.decode().count("BEGIN:VCARD") == 3


def test_it_adds_an_interviewer_from_the_interview_list(owner, owner_client):
    interview = factories.interview(owner)
    page = owner_client.get("/network/interviewers/").content.decode()
    assert "Léa Martin" in page and "Paul Roy" in page
    response = owner_client.post(f"/network/interviewers/{interview.pk}/add/", {"name": "Paul Roy"})
    paul = Contact.objects.for_user(owner).get()
    assert response["Location"] == f"/network/contacts/{paul.pk}/"
    assert (paul.role, paul.kind) == ("recruiter", "interviewer")
    bogus = owner_client.post(f"/network/interviewers/{interview.pk}/add/", {"name": "Nobody"})
    assert bogus.status_code == 302 and Contact.objects.for_user(owner).count() == 1


def make(user, contacts, interactions_each):
    due = datetime(2026, 1, 1, tzinfo=UTC)
    people = Contact.objects.bulk_create(
        Contact(user=user, first_name=f"P{i}", last_name="X", due_at=due) for i in range(contacts)
    )
    Interaction.objects.bulk_create(
        Interaction(contact=p, summary="s", occurred_at=datetime(2025, 1, 1, tzinfo=UTC))
        for p in people
        for _ in range(interactions_each)
    )


@pytest.mark.parametrize("url", ["/network/", "/network/due/", "/network/?q=P1&kind=other"])
def test_it_keeps_list_queries_constant_in_data_size(owner, owner_client, url):
    counts = []
    for size in (3, 120):
        make(owner, size, 2)
        with CaptureQueriesContext(connection) as queries:
            assert owner_client.get(url).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_the_informational_interview_follows_the_rules(owner, owner_client, edited_rules):
    from rebond.method.network import rules

    edited_rules("network", "info_minutes = 15", "info_minutes = 20", rules.rules)
    edited_rules("network", "info_questions_max = 3", "info_questions_max = 2")
    edited_rules("timings", "reapply_from_months = 6", "reapply_from_months = 4")
    lea = factories.contact(owner)
    page = owner_client.get(f"/network/contacts/{lea.pk}/info/new/").content.decode()
    assert "20 minutes" in page and "15 minutes" not in page
    three = {"goal": "close_gap", "topic": "x", "scheduled_at": "2026-12-01T10:00",
             "questions": "One?\nTwo?\nThree?"}  # fmt: skip
    refused = owner_client.post(f"/network/contacts/{lea.pk}/info/new/", three)
    assert refused.status_code == 200 and not lea.info_interviews.exists()
    assert "20" in refused.context["form"].errors["questions"][0]
    draft = owner_client.get(f"/network/contacts/{lea.pk}/draft/").content.decode()
    assert "20 minutes" in draft
    asked = f"/network/contacts/{lea.pk}/draft/?kind=informational_interview&topic=SQL"
    message = owner_client.get(asked).context["made"].draft
    assert "échange de 20 minutes" in message.body and "15" not in message.subject
    assert "4 à 12 mois" in owner_client.get("/network/companies/").content.decode()
