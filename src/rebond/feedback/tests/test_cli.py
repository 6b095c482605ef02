"""The feedback loop's commands: `rebond feedback add`, `rebond due`, `rebond analyze feedback`."""

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
from typer.testing import CliRunner

from rebond.accounts.services import local_user
from rebond.cli import app
from rebond.feedback.models import FeedbackItem
from rebond.feedback.tests.factories import make_application

pytestmark = pytest.mark.django_db(transaction=True)
runner = CliRunner()


def test_it_records_a_pasted_email_from_stdin():
    person = local_user()
    application = make_application(person)
    email = "Bonjour,\n\nVos exemples restaient trop généraux.\n\nCordialement,\nMarc\n"
    result = runner.invoke(
        app, ["feedback", "add", str(application.pk), "--name", "Marc"], input=email
    )
    assert result.exit_code == 0, result.output
    assert "Vos exemples restaient trop généraux." in result.output
    # In the person's language (French by default): labels, and what was set aside and why.
    assert "À travailler" in result.output and "Mis de côté (2)" in result.output
    assert "[signature" in result.output and "Marc" in result.output
    assert FeedbackItem.objects.for_user(person).get().source_name == "Marc"


def test_it_records_a_message_with_no_feedback_as_such():
    person = local_user()
    application = make_application(person)
    template = (
        "Bonjour,\n\nNous vous remercions de l'intérêt porté à notre société. Après étude de "
        "votre dossier, nous ne donnerons pas suite.\n\nCordialement,\nLe service RH\n"
    )
    result = runner.invoke(app, ["feedback", "add", str(application.pk)], input=template)
    assert result.exit_code == 0, result.output
    assert "refus sans retour" in result.output
    assert not FeedbackItem.objects.for_user(person).get().statements.exists()


def test_it_reads_messages_without_storing_them(tmp_path):
    mails = tmp_path / "mails.txt"
    mails.write_text(
        "Bonjour,\n\nVos exemples restaient trop généraux et manquaient de chiffres.\n\n"
        "Cordialement,\nMarc\n---\nDear Sam,\n\nThank you for your interest in Acme. "
        "We will not be moving forward.\n\nKind regards,\nTalent team\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["analyze", "feedback", "--email", str(mails)])
    assert result.exit_code == 0, result.output
    first, second = (json.loads(line) for line in result.output.splitlines())
    assert [k["text"] for k in first["kept"]] == [
        "Vos exemples restaient trop généraux et manquaient de chiffres."
    ]
    assert first["kept"][0]["polarity"] == "weakness"
    assert second["feedback"] is False and second["kept"] == []
    assert {p["kind"] for p in second["set_aside"]} >= {"greeting", "courtesy", "signature"}
    assert not FeedbackItem.objects.exists()


def test_it_reads_an_eml_file(tmp_path):
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "Claire <claire@acme.example>"
    message["Subject"] = "Votre candidature"
    message.set_content("Bonjour,\n\nVotre anglais a été jugé trop juste pour le poste.\n\nClaire")
    message.add_alternative(
        "<p>Bonjour,</p><p>Votre anglais a été jugé trop juste.</p>", subtype="html"
    )
    path = tmp_path / "retour.eml"
    path.write_bytes(bytes(message))
    result = runner.invoke(app, ["analyze", "feedback", "--email", str(path)])
    assert result.exit_code == 0, result.output
    row = json.loads(result.output)
    assert [k["text"] for k in row["kept"]] == [
        "Votre anglais a été jugé trop juste pour le poste."
    ]


def test_it_refuses_an_empty_paste_and_another_persons_application(django_user_model):
    person = local_user()
    person.content_language = "en"  # the CLI speaks the person's language
    person.save()
    application = make_application(person)
    empty = runner.invoke(app, ["feedback", "add", str(application.pk)], input="  \n")
    assert empty.exit_code == 2 and "empty" in empty.output
    stranger = make_application(django_user_model.objects.create(username="stranger"))
    hidden = runner.invoke(app, ["feedback", "add", str(stranger.pk)], input="Trop long.")
    assert hidden.exit_code == 2 and f"no application #{stranger.pk}" in hidden.output


def test_it_prints_what_is_due():
    person = local_user()
    person.content_language = "en"  # the CLI speaks the person's language
    person.save()
    make_application(person, role="Analyste", rejected_at=datetime.now(UTC) - timedelta(hours=30))
    table = runner.invoke(app, ["due"])
    assert table.exit_code == 0 and "Analyste" in table.output
    assert "Thank-you and feedback request" in table.output and " until " in table.output
    rows = json.loads(runner.invoke(app, ["due", "--json"]).output)
    assert rows[0]["kind"] == "feedback_request" and rows[0]["overdue"] is False


def test_it_analyses_lines_without_setting_django_up(tmp_path):
    source = tmp_path / "lines.txt"
    source.write_text("Your answers were far too long.\n\nVos réponses étaient trop longues.\n")
    probe = (
        "import sys; from rebond.cli import app; sys.argv=['rebond','analyze','feedback',"
        f"{str(source)!r}]\ntry:\n    app()\nexcept SystemExit:\n    pass\n"
        "print('DJANGO' if 'django.conf' in sys.modules else 'PURE', file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(rows) == 3 and rows[0]["group"] == rows[2]["group"] and rows[1]["group"] is None
    assert done.stderr.strip().endswith("PURE")
