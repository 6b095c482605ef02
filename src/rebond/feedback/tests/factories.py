"""Tiny keyword-default factories for the feedback app's tests."""

from __future__ import annotations

from datetime import UTC, date, datetime

from rebond.feedback import services
from rebond.feedback.models import Message
from rebond.jobs import services as jobs_services


def make_application(user, *, company="Acme", role="Data analyst", rejected_at=None):
    app = jobs_services.create_application(
        user, company=company, role=role, applied_on=date(2026, 3, 1)
    )
    if rejected_at is not None:
        jobs_services.close_application(app, at=rejected_at)
        app.refresh_from_db()
    return app


def make_feedback(user, *, text="Vos exemples restaient trop généraux.", **kwargs):
    kwargs.setdefault("source_name", "Claire")
    kwargs.setdefault("received_on", date(2026, 3, 10))
    return services.add_feedback(user, text=text, **kwargs)


def make_message(user, *, application=None, kind="feedback_request", sent_at=None, **kwargs):
    fields = {
        "subject": "Merci — Data analyst",
        "body": "Bonjour Claire,\n\nMerci pour l'entretien.\n\nCordialement,\nLéa\n",
        "to_name": "Claire Dupont",
        "to_address": "claire@example.com",
        "from_address": "lea@example.org",
        "lang": "fr",
        **kwargs,
    }
    message = Message.objects.create(user=user, application=application, kind=kind, **fields)
    if sent_at is not None:
        services.mark_sent(message, "mail_client", sent_at)
    return message


UTC_NOON = datetime(2026, 3, 10, 12, tzinfo=UTC)
