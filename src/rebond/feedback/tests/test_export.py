"""The feedback loop in the full export: items, statements, corrections, messages; no secret."""

import json

import pytest

from rebond.data_export import as_json
from rebond.feedback import services
from rebond.feedback.tests.factories import make_feedback, make_message

pytestmark = pytest.mark.django_db


def test_it_exports_feedback_and_messages_but_never_the_password(owner, other):
    item = make_feedback(owner)
    services.correct_labels(owner, item.statements.get(), {"nature": "objective"})
    make_message(owner)
    services.save_smtp(owner, password="hunter2-Secret", host="smtp.example.org",
                       from_address="lea@example.org")  # fmt: skip
    make_feedback(other, text="Your answers were far too long.")
    text = as_json(owner)
    data = json.loads(text)["sections"] if "sections" in json.loads(text) else json.loads(text)
    assert "hunter2-Secret" not in text and "far too long" not in text
    flat = json.dumps(data, ensure_ascii=False)
    assert "Vos exemples restaient trop généraux." in flat and '"objective"' in flat
    assert "smtp.example.org" in flat
