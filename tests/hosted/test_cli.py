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


def test_it_prints_an_invitation_link(owner):
    result = runner.invoke(
        app, ["invite", "a@example.org", "--organisation", "Apec", "--by", "owner"]
    )
    assert result.exit_code == 0, result.output
    token = result.output.strip().rsplit("/", 2)[-2]
    assert find_usable(token).organisation.name == "Apec"


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
