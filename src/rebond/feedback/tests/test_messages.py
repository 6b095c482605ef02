"""Message drafts (C3.1) through the views: playbook draft, edits, .eml, mailto:, and SMTP
against a real aiosmtpd server on loopback, including a refused login."""

import email
import socket
from email import policy
from urllib.parse import unquote

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from rebond.feedback import services
from rebond.feedback.models import Message, SmtpAccount
from rebond.feedback.tests.factories import make_application, make_message

pytestmark = pytest.mark.django_db
PASSWORD = "s3cret-Pässword"


def test_it_drafts_a_feedback_request_from_the_playbook(owner_client, owner):
    app = make_application(owner, company="Société Générale", role="Analyste données")
    response = owner_client.post(
        f"/feedback/applications/{app.pk}/draft/",
        {
            "kind": "feedback_request",
            "lang": "fr",
            "register": "vous",
            "to_name": "Claire Dupont",
            "to_address": "claire@example.com",
            "interview_moment": "l'étude de cas sur les prix",
            "doubts": "Je ne sais pas si mes exemples étaient assez concrets\n",
        },
    )
    message = Message.objects.for_user(owner).get()
    assert response["Location"] == f"/feedback/messages/{message.pk}/"
    assert "Analyste données" in message.subject
    assert "l'étude de cas sur les prix" in message.body
    assert "vous" in message.body.lower() and message.status == "draft"
    page = owner_client.get(response["Location"]).content.decode()
    assert "mailto:claire@example.com?subject=" in page


def test_it_saves_edits_and_then_refuses_to_edit_a_sent_message(owner_client, owner):
    message = make_message(owner)
    data = {
        "from_address": "lea@example.org",
        "to_name": "Claire",
        "to_address": "claire@example.com",
        "subject": "Merci !",
        "body": "Bonjour,\n\nMerci.\n",
    }
    owner_client.post(f"/feedback/messages/{message.pk}/", data)
    message.refresh_from_db()
    assert message.subject == "Merci !"
    owner_client.post(f"/feedback/messages/{message.pk}/sent/")
    owner_client.post(f"/feedback/messages/{message.pk}/", {**data, "subject": "Changed"})
    message.refresh_from_db()
    assert message.subject == "Merci !" and message.sent_via == "mail_client"


def test_it_downloads_an_eml_that_parses_back_with_non_ascii_names(owner_client, owner):
    message = make_message(
        owner,
        subject="Merci — Analyste données, Société Générale",
        to_name="Zoé Lefèvre-Ñúñez",
        from_address="lea@example.org",
    )
    response = owner_client.get(f"/feedback/messages/{message.pk}/eml/")
    assert response["Content-Type"] == "message/rfc822"
    assert response["Content-Disposition"].endswith('.eml"')
    parsed = email.message_from_bytes(response.content, policy=policy.default)
    assert parsed["Subject"] == "Merci — Analyste données, Société Générale"
    assert parsed["To"].addresses[0].display_name == "Zoé Lefèvre-Ñúñez"
    assert parsed["X-Unsent"] == "1"
    assert parsed.get_content().startswith("Bonjour Claire,")


def test_it_explains_what_is_missing_for_an_eml(owner_client, owner):
    message = make_message(owner, to_address="")
    response = owner_client.get(f"/feedback/messages/{message.pk}/eml/", follow=True)
    assert "recipient" in response.content.decode()


def test_it_builds_a_mailto_link_that_decodes_to_the_body(owner):
    message = make_message(owner)
    link, fits = services.mailto(message)
    assert fits and unquote(link.split("body=")[1]).replace("\r\n", "\n") == message.body.strip()


# --- SMTP through the views ---------------------------------------------------------------


class Recorder:
    def __init__(self) -> None:
        self.received: list[bytes] = []

    async def handle_DATA(self, server, session, envelope):
        self.received.append(envelope.content)
        return "250 Message accepted"

    def authenticate(self, server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.password == PASSWORD.encode()
        return AuthResult(success=ok, handled=False)


@pytest.fixture
def smtp_server():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    recorder = Recorder()
    controller = Controller(
        recorder,
        hostname="127.0.0.1",
        port=port,
        authenticator=recorder.authenticate,
        auth_require_tls=False,
    )
    controller.start()
    yield recorder, port
    controller.stop()


def settings_form(port: int, password: str = PASSWORD) -> dict:
    return {
        "from_name": "Léa Martin",
        "from_address": "lea@example.org",
        "host": "127.0.0.1",
        "port": port,
        "security": "none",
        "username": "lea",
        "password": password,
    }


def test_it_stores_the_password_encrypted_and_never_shows_it(owner_client, owner, smtp_server):
    owner_client.post("/feedback/settings/mail/", settings_form(smtp_server[1]))
    account = SmtpAccount.objects.for_user(owner).get()
    assert account.password == PASSWORD
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT password FROM feedback_smtpaccount")
        assert PASSWORD not in cursor.fetchone()[0]
    page = owner_client.get("/feedback/settings/mail/").content.decode()
    assert PASSWORD not in page and "A password is stored." in page
    owner_client.post("/feedback/settings/mail/", settings_form(smtp_server[1], password=""))
    assert SmtpAccount.objects.for_user(owner).get().password == PASSWORD


def test_it_sends_over_smtp_and_records_it_on_the_application(owner_client, owner, smtp_server):
    recorder, port = smtp_server
    owner_client.post("/feedback/settings/mail/", settings_form(port))
    app = make_application(owner)
    message = make_message(owner, application=app, to_name="Zoé Lefèvre")
    response = owner_client.post(f"/feedback/messages/{message.pk}/send/", follow=True)
    assert "Sent and recorded" in response.content.decode()
    message.refresh_from_db()
    assert message.status == "sent" and message.sent_via == "smtp" and message.message_id
    received = email.message_from_bytes(recorder.received[0], policy=policy.default)
    assert received["To"].addresses[0].display_name == "Zoé Lefèvre"
    assert "X-Unsent" not in received
    detail = owner_client.get(f"/applications/{app.pk}/").content.decode()
    assert f"/feedback/messages/{message.pk}/" in detail


def test_it_reports_a_refused_login_without_the_password(owner_client, owner, smtp_server):
    owner_client.post("/feedback/settings/mail/", settings_form(smtp_server[1], "wrong-Pass"))
    message = make_message(owner)
    response = owner_client.post(f"/feedback/messages/{message.pk}/send/", follow=True)
    page = response.content.decode()
    assert "refused the login" in page and "wrong-Pass" not in page
    message.refresh_from_db()
    assert message.status == "draft" and not smtp_server[0].received


def test_it_sends_a_test_message_to_the_person(owner_client, smtp_server):
    recorder, port = smtp_server
    owner_client.post("/feedback/settings/mail/", settings_form(port))
    response = owner_client.post("/feedback/settings/mail/test/", follow=True)
    assert "lea@example.org" in response.content.decode()
    assert b"lea@example.org" in recorder.received[0]


def test_it_offers_send_message_to_other_apps(owner, smtp_server):
    from rebond.method.messages import DraftContext, draft

    recorder, port = smtp_server
    services.save_smtp(owner, password=PASSWORD, **{
        k: v for k, v in settings_form(port).items() if k != "password"
    })  # fmt: skip
    made = draft("keep_warm", DraftContext(company="Acme", news="une certification"), "fr")
    sent = services.send_message(owner, made, ("Inès", "ines@example.com"), contact_id=7)
    assert sent.contact_id == 7 and sent.status == "sent" and len(recorder.received) == 1


def test_the_draft_page_says_when_to_send_and_asks_before_recording_an_early_send(
    owner_client, owner
):
    from datetime import UTC, datetime, timedelta

    # Rejected two hours ago: the request waits for the 24-hour cool-down.
    app = make_application(owner, rejected_at=datetime.now(UTC) - timedelta(hours=2))
    message = make_message(owner, application=app)
    owner_client.cookies["django_language"] = "fr"
    page = owner_client.get(f"/feedback/messages/{message.pk}/").content.decode()
    assert "send-window" in page and "À envoyer à partir du" in page
    asked = owner_client.post(f"/feedback/messages/{message.pk}/sent/")
    assert asked.status_code == 200 and "Déjà envoyé" in asked.content.decode()
    message.refresh_from_db()
    assert message.status == "draft"
    owner_client.post(f"/feedback/messages/{message.pk}/sent/", {"confirm_early": "1"})
    message.refresh_from_db()
    assert message.status == "sent"


def test_every_doubt_the_person_wrote_gets_its_question(owner_client, owner):
    app = make_application(owner)
    owner_client.post(
        f"/feedback/applications/{app.pk}/draft/",
        {
            "kind": "feedback_request",
            "lang": "fr",
            "register": "vous",
            "to_name": "Claire Dupont",
            "doubts": "trop long\nje me suis éparpillée\nle salaire que j'ai demandé",
        },
    )
    body = Message.objects.for_user(owner).get().body
    questions = [line for line in body.splitlines() if line.startswith("- ")]
    assert len(questions) == 3
    assert any("éparpillée" in q for q in questions) and any("salaire" in q for q in questions)
    # Written after the "no": the request says so, and it is signed.
    assert "Je comprends votre décision" in body and "renforcé mon intérêt" not in body


def test_the_number_of_doubts_and_questions_follows_the_rules(owner_client, owner, edited_rules):
    from rebond.method import messages

    caches = (messages._settings, messages.question_bounds)
    edited_rules("messages", "questions = [2, 3]", "questions = [1, 2]", *caches)
    app = make_application(owner)
    url = f"/feedback/applications/{app.pk}/draft/"
    fields = {"kind": "feedback_request", "lang": "fr", "register": "vous", "to_name": "Claire"}
    refused = owner_client.post(url, {**fields, "doubts": "trop long\néparpillée\nle salaire"})
    assert not Message.objects.for_user(owner).exists()
    assert "2" in refused.context["form"].errors["doubts"][0]
    owner_client.post(url, {**fields, "doubts": "trop long\nje me suis éparpillée"})
    body = Message.objects.for_user(owner).get().body
    assert len([line for line in body.splitlines() if line.startswith("- ")]) == 2
