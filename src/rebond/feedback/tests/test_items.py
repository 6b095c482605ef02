"""Recording feedback (C3.3): split, classified, stored with its vector, corrections kept."""

from datetime import UTC, datetime

import numpy as np
import pytest

from rebond.feedback import services
from rebond.feedback.models import Correction, Statement
from rebond.feedback.tests.factories import make_feedback

pytestmark = pytest.mark.django_db

EMAIL = """Bonjour Léa,

Merci pour votre candidature et le temps consacré à nos entretiens.
Vos exemples restaient trop généraux et manquaient de chiffres.
Votre aisance à l'oral a été remarquée par tout le jury.

Cordialement,
Marc Petit
Talent Acquisition
"""


def test_it_splits_classifies_and_stores_a_vector_per_statement(owner):
    item = make_feedback(owner, text=EMAIL)
    rows = list(item.statements.all())
    assert [r.text for r in rows] == [
        "Vos exemples restaient trop généraux et manquaient de chiffres.",
        "Votre aisance à l'oral a été remarquée par tout le jury.",
    ]
    assert rows[0].polarity == "weakness" and rows[1].polarity == "strength"
    # Nothing is lost: greeting, courtesy and signature are on the item, set aside.
    assert [p["kind"] for p in item.set_aside] == ["greeting", "courtesy", "signature"]
    assert item.set_aside[1]["text"].startswith("Merci pour votre candidature")
    assert all(len(bytes(r.embedding)) == 512 * 4 for r in rows)
    assert np.isclose(np.linalg.norm(rows[0].vector()), 1.0, atol=1e-3)
    assert all(r.group is not None for r in rows)


def test_it_reads_an_html_email_with_mixed_languages(owner):
    html = (
        "<html><body><p>Hello Léa,</p><p>Your examples were too vague.</p>"
        "<p>Votre pitch d'ouverture était trop long.</p>"
        "<blockquote>Old thread: great candidate</blockquote></body></html>"
    )
    rows = list(make_feedback(owner, text=html).statements.all())
    assert [(r.text, r.lang) for r in rows] == [
        ("Your examples were too vague.", "en"),
        ("Votre pitch d'ouverture était trop long.", "fr"),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("   \n\n ", "empty"),
        ("Vos exemples manquaient de chiffres. " * 600, "20,000"),
    ],
)
def test_it_refuses_unusable_pastes_with_a_clear_message(owner, text, message):
    with pytest.raises(services.FeedbackInputError, match=message):
        make_feedback(owner, text=text)
    assert not Statement.objects.for_user(owner).exists()


def test_it_keeps_corrections_and_uses_them_for_later_items(owner):
    first = make_feedback(owner, text="Le poste a finalement été pourvu en interne.")
    statement = first.statements.get()
    changed = services.correct_labels(owner, statement, {"dimension": "seniority"})
    assert changed == ["dimension"]
    statement.refresh_from_db()
    assert statement.dimension == "seniority" and statement.corrected == ["dimension"]
    assert Correction.objects.for_user(owner).get().old_value != "seniority"
    later = make_feedback(
        owner, text="Le poste a finalement été pourvu en interne.", source_name="Bob"
    )
    assert later.statements.get().dimension == "seniority"


def test_it_refuses_a_value_a_label_cannot_take(owner):
    statement = make_feedback(owner).statements.get()
    with pytest.raises(services.FeedbackInputError):
        services.correct_labels(owner, statement, {"polarity": "glorious"})
    assert not Correction.objects.exists()


def test_it_regroups_when_a_correction_moves_a_statement(owner):
    make_feedback(owner, text="Vos exemples restaient trop généraux.")
    other = make_feedback(owner, text="Your examples were too vague.", source_name="Tom")
    rows = list(Statement.objects.for_user(owner).order_by("id"))
    assert rows[0].group == rows[1].group
    services.correct_labels(owner, other.statements.get(), {"polarity": "strength"})
    rows = list(Statement.objects.for_user(owner).order_by("id"))
    assert rows[0].group != rows[1].group
    now = datetime(2026, 3, 20, tzinfo=UTC)
    assert [p.point.count for p in services.recurring_points(owner, now)] == [1]


SQL_ON_FILE = (
    "Vous maîtrisez mal SQL, ce qui est bloquant pour le poste.\n"
    "Your SQL is not strong enough for this role."
)
SQL_NEW = "Les requêtes SQL vous posent encore problème."


def test_a_new_wording_of_a_point_on_file_joins_it(owner):
    make_feedback(owner, text=SQL_ON_FILE)
    item = make_feedback(owner, text=SQL_NEW, source_name="Hugo")
    new = item.statements.get()
    known = Statement.objects.exclude(pk=new.pk)
    assert new.dimension == "skills"  # read alone, it would be `technical`
    assert {s.group for s in known} == {new.group}
    assert [s.dimension for s in known] == ["skills", "skills"]


def test_another_persons_statements_are_never_read_beside_a_new_one(owner, other):
    from rebond.method.feedback.classifier import classify_many

    alone = classify_many([SQL_NEW])[0]
    make_feedback(other, text=SQL_ON_FILE)
    # The other person even corrected this very wording to another dimension.
    theirs = make_feedback(other, text=SQL_NEW).statements.get()
    services.correct_labels(other, theirs, {"dimension": "results"})
    item = make_feedback(owner, text=SQL_NEW)
    assert item.statements.get().dimension == alone.dimension != "results"


def test_a_message_with_no_feedback_is_recorded_with_everything_set_aside(owner):
    template = (
        "Bonjour,\n\nNous vous remercions pour l'intérêt que vous portez à notre groupe. "
        "Après étude de votre dossier, nous ne donnerons pas suite à votre candidature. "
        "Nous conservons votre CV dans notre CVthèque.\n\nCordialement,\nL'équipe RH"
    )
    item = make_feedback(owner, text=template)
    assert not item.statements.exists()
    kinds = [p["kind"] for p in item.set_aside]
    assert kinds[0] == "greeting" and kinds[-1] == "signature" and "courtesy" in kinds
    assert item.text == template


def test_a_mixed_sentence_becomes_two_statements(owner):
    item = make_feedback(
        owner, text="Très bon contact, mais un anglais jugé insuffisant pour le poste."
    )
    rows = list(item.statements.order_by("position"))
    assert [r.text for r in rows] == [
        "Très bon contact.",
        "Un anglais jugé insuffisant pour le poste.",
    ]
    assert rows[1].polarity == "weakness"


def test_it_writes_the_limit_the_french_way_in_french(owner):
    from django.utils import translation

    with translation.override("fr"), pytest.raises(services.FeedbackInputError) as refused:
        make_feedback(owner, text="Vos exemples manquaient de chiffres. " * 600)
    assert "20\u202f000" in str(refused.value) and "20,000" not in str(refused.value)
