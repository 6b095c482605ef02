"""The one language policy: the language spoken now, and the language of the person's texts."""

from types import SimpleNamespace

import pytest
from django.utils import translation

from rebond.accounts.language import content_lang, playbook_lang, speaking_to, text_lang

FRENCH, ENGLISH = SimpleNamespace(content_language="fr"), SimpleNamespace(content_language="en")


@pytest.mark.parametrize(
    ("active", "person", "expected"),
    [
        ("en", FRENCH, "en"),  # a request: the interface language wins
        ("fr", ENGLISH, "fr"),
        ("en-gb", None, "en"),
        (None, ENGLISH, "en"),  # nothing active: the person's chosen language
        (None, FRENCH, "fr"),
        (None, None, "fr"),  # nobody: French
        (None, SimpleNamespace(content_language=""), "fr"),
    ],
)
def test_it_speaks_the_active_language_else_the_persons(active, person, expected):
    with translation.override(active):
        assert playbook_lang(person) == expected


@pytest.mark.parametrize("active", ["fr", "en", None])
def test_the_persons_texts_keep_their_language_whatever_the_interface(active):
    with translation.override(active):
        assert (content_lang(ENGLISH), content_lang(FRENCH), content_lang(None)) == (
            "en",
            "fr",
            "fr",
        )


def test_speaking_to_a_person_makes_everything_below_follow_them():
    with translation.override("fr"), speaking_to(ENGLISH) as lang:
        assert lang == "en" and playbook_lang() == "en"
        assert translation.gettext("Applied") == "Applied"
    with translation.override("en"), speaking_to(FRENCH):
        assert translation.gettext("Applied") == "Candidature envoyée"


def test_a_text_is_read_in_its_own_language_and_the_active_one_breaks_ties():
    with translation.override("en"):
        assert text_lang("Je ne réussis jamais les entretiens.") == "fr"
        assert text_lang("") == "en"
