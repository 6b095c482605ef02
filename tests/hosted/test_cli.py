"""The hosted server's commands, run in-process against the test database."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from typer.testing import CliRunner

from rebond.cli import app
from rebond.coaching.invitations import find_usable
from rebond.reminders import services

pytestmark = pytest.mark.django_db(transaction=True)
runner = CliRunner()


def test_it_queues_digests_and_a_worker_sends_them(owner):
    from rebond.plan.tests.factories import make_action

    owner.email = "lea@example.org"
    owner.save()
    services.set_daily_digest(owner, True)
    make_action(owner, title="Relancer Acme", due_on=timezone.localdate())
    assert "1 digest(s) queued." in runner.invoke(app, ["digest"]).output
    assert "1 task(s) run." in runner.invoke(app, ["worker", "--once"]).output
    assert len(mail.outbox) == 1


INVITE = ["invite", "a@example.org", "--organisation", "Apec", "--by", "owner"]


def _token(output: str) -> str:
    return output.strip().splitlines()[-1].rsplit("/", 2)[-2]


@pytest.mark.urls("rebond.coaching.tests.urls")  # the invitation link is hosted mode's
def test_it_emails_an_invitation_in_the_inviters_language_and_prints_the_link(owner):
    owner.content_language = "fr"
    owner.save()
    result = runner.invoke(app, [*INVITE, "--base-url", "https://rebond.example.org/"])
    assert result.exit_code == 0, result.output
    link = result.output.strip().splitlines()[-1]
    assert link.startswith("https://rebond.example.org/accounts/invitation/")
    assert find_usable(_token(result.output)).organisation.name == "Apec"
    assert "Invitation e-mailed to a@example.org (in French)." in result.output
    (sent,) = mail.outbox
    assert sent.to == ["a@example.org"] and "vous invite" in sent.subject
    assert link in sent.body


@pytest.mark.urls("rebond.coaching.tests.urls")
def test_an_english_speaking_inviter_sends_the_invitation_in_english(owner):
    owner.content_language = "en"
    owner.save()
    result = runner.invoke(app, INVITE)
    assert "Invitation e-mailed to a@example.org (in English)." in result.output
    (sent,) = mail.outbox
    assert "invites you" in sent.subject and "Create your account" in sent.body


@pytest.mark.urls("rebond.coaching.tests.urls")
def test_no_email_only_prints_the_link(owner):
    result = runner.invoke(app, [*INVITE, "--no-email"])
    assert result.exit_code == 0, result.output
    assert find_usable(_token(result.output)).email == "a@example.org"
    assert mail.outbox == [] and "e-mail" not in result.output


@pytest.mark.urls("rebond.coaching.tests.urls")
def test_it_says_when_the_email_did_not_leave_and_still_prints_the_link(owner, monkeypatch):
    def refused(*args, **kwargs):
        raise ConnectionRefusedError

    monkeypatch.setattr("rebond.coaching.mail.send_mail", refused)
    owner.content_language = "en"
    owner.save()
    result = runner.invoke(app, INVITE)
    assert result.exit_code == 0, result.output
    assert "did not leave" in result.output
    assert find_usable(_token(result.output)) is not None


def test_it_refuses_an_invitation_beyond_the_seats(owner):
    from rebond.coaching.models import Organisation

    Organisation.objects.create(name="Apec", seats=0)
    result = runner.invoke(
        app, ["invite", "a@example.org", "--organisation", "Apec", "--by", "owner"]
    )
    assert result.exit_code == 2 and "Apec" in result.output


def test_it_erases_inactive_accounts_after_the_retention_period(owner, other, settings):
    settings.RETENTION_DAYS = 365
    old = timezone.now() - timedelta(days=400)
    type(owner).objects.filter(pk=owner.pk).update(last_login=old)
    type(other).objects.filter(pk=other.pk).update(last_login=timezone.now())
    assert (
        "1 inactive account(s) would be erased."
        in runner.invoke(app, ["purge-inactive", "--dry-run"]).output
    )
    assert type(owner).objects.filter(pk=owner.pk).exists()
    runner.invoke(app, ["purge-inactive"])
    assert not type(owner).objects.filter(pk=owner.pk).exists()
    assert type(other).objects.filter(pk=other.pk).exists()


def test_it_empties_what_bins_kept_more_than_thirty_days(owner):
    from rebond.plan.tests.factories import make_action
    from rebond.trash.models import BinEntry
    from rebond.trash.services import discard

    old = discard(owner, make_action(owner, title="Ancienne"))
    BinEntry.objects.filter(pk=old.pk).update(deleted_at=timezone.now() - timedelta(days=31))
    recent = discard(owner, make_action(owner, title="Récente"))
    assert (
        "1 bin entry(ies) older than 30 days purged." in runner.invoke(app, ["empty-bins"]).output
    )
    assert list(BinEntry.objects.values_list("pk", flat=True)) == [recent.pk]
