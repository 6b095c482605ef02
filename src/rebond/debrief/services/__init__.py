"""Use cases of the debrief app, shared by views, API and CLI (flow.py: the guided debrief;
journal.py: thought records, assets, wins, support people, mood). Other apps import
`assets_for`, `troubled_questions_for` and `mood_series` from here."""

from rebond.debrief.services.journal import (
    assets_for,
    log_mood,
    mood_series,
    troubled_questions_for,
)

__all__ = ["assets_for", "log_mood", "mood_series", "troubled_questions_for"]
