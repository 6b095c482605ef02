"""Every CLI module speaks the person's chosen language (issue 19): French words, French
numbers and dates for a French person; English ones for an English person."""

import re

import pytest
from typer.testing import CliRunner

from rebond.accounts.services import local_user
from rebond.cli import app
from rebond.debrief.tests.factories import make_debrief
from rebond.insights.tests.factories import make_sent
from rebond.network.tests.factories import contact
from rebond.plan.tests.factories import make_action
from rebond.prep.tests.factories import make_story

pytestmark = pytest.mark.django_db
runner = CliRunner()

# Words the CLI printed in English whatever the language (the examples among them).
ENGLISH = re.compile(
    r"\b(Lessons|What I learned|too few to conclude|Logged|mood|Hypotheses|Facts|In progress|"
    r"STEP|COUNT|RATE|RANGE|SENT|ESTIMATE|running|APPLIED|STAGE|COMPANY|ROLE|is now|"
    r"furthest|STATUS|AXIS|DUE|No action|stories|target|Write|result without|next|"
    r"check-in|Nothing due|until|late|no application|unknown|choose one of|Applied|"
    r"Screening|Interview|Rejected|Referral|Job board|To do|Personal branding)\b"
)
FRENCH = re.compile(
    r"\b(Ce que j’ai appris|Hypothèses|Faits|En cours|en cours|ÉTAPE|NOMBRE|TAUX|FOURCHETTE|"
    r"trop peu pour conclure|Noté|humeur|ENTREPRISE|POSTE|Entretien|Refus|"
    r"en est maintenant|ÉCHÉANCE|STATUT|AXE|histoires|objectif|Écrivez|résultat sans|"
    r"prochaine|jusqu’au|aucune candidature|inconnu|choisissez|Cooptation|À faire)\b"
)
FRENCH_NUMBER = re.compile(r"\d,\d|\d\u202f%")  # 3,5/10 and 57 % (narrow no-break space)
ENGLISH_NUMBER = re.compile(r"\d\.\d|\d%")
FRENCH_DATE = re.compile(r"\b\d{1,2} (janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)")
ENGLISH_DATE = re.compile(r"\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b")


@pytest.fixture
def person(request):
    someone = local_user()
    someone.content_language = request.param
    someone.save()
    make_sent(someone, reached="interview_1", count=3, channel="referral")
    make_sent(someone, reached="applied", count=2)
    make_action(someone, title="SQL", target="2 x SQL")  # words of neither language
    make_story(someone, result="It went well.")
    contact(someone)
    return someone


def outputs(person) -> dict[str, str]:
    """A representative command of each CLI module (with a refusal or two), output and errors."""
    debrief = make_debrief(person)
    commands = {
        "tracker": ["list"],
        "tracker move": ["move", str(debrief.application_id - 1), "screening"],
        "tracker refusal": ["list", "--stage", "nope"],
        "debrief": ["debrief", str(debrief.application_id)],
        "debrief mood": ["mood", "4", "disappointment"],
        "feedback": ["due"],
        "feedback refusal": ["feedback", "add", "99999"],
        "plan": ["plan"],
        "plan today": ["today"],
        "insights": ["funnel", "--by", "channel"],
        "insights experiment": ["experiment", "start", "Intros", "--hypothesis", "More"],
        "prep": ["stories", "check"],
        "contacts": ["contacts", "list"],
    }
    # A mood with a decimal average for `today` (3,5/10 in French).
    runner.invoke(app, ["mood", "3", "doubt"])
    found = {}
    for name, args in commands.items():
        result = runner.invoke(app, args, input="Vos exemples manquaient de chiffres.\n")
        assert result.exception is None or isinstance(result.exception, SystemExit), name
        found[name] = result.stdout + result.stderr
    return found


@pytest.mark.parametrize("person", ["fr"], indirect=True)
def test_a_french_person_reads_french_words_numbers_and_dates(person):
    found = outputs(person)
    for name, text in found.items():
        assert text.strip(), name
        assert not ENGLISH.search(text), (name, ENGLISH.search(text).group(), text)
        assert FRENCH.search(text), (name, text)
    everything = "\n".join(found.values())
    assert "3,5/10" in found["plan today"] and "4/10" in found["debrief mood"]
    assert FRENCH_NUMBER.search(found["insights"]) and not ENGLISH_NUMBER.search(everything)
    assert FRENCH_DATE.search(found["tracker"]) and FRENCH_DATE.search(found["contacts"])
    assert not re.search(r"\d{4}-\d{2}-\d{2}", everything)  # no ISO dates for a person
    assert "trop peu pour conclure" in found["insights"]
    assert "\u202f:" in found["debrief"]  # French spacing before a colon


@pytest.mark.parametrize("person", ["en"], indirect=True)
def test_an_english_person_reads_english_words_numbers_and_dates(person):
    found = outputs(person)
    for name, text in found.items():
        assert text.strip(), name
        assert not FRENCH.search(text), (name, FRENCH.search(text).group(), text)
        assert ENGLISH.search(text), (name, text)
    everything = "\n".join(found.values())
    assert "3.5/10" in found["plan today"] and "Logged: mood 4/10" in found["debrief mood"]
    assert ENGLISH_NUMBER.search(found["insights"]) and not FRENCH_NUMBER.search(everything)
    assert ENGLISH_DATE.search(found["tracker"]) and ENGLISH_DATE.search(found["contacts"])
    assert not re.search(r"\d{4}-\d{2}-\d{2}", everything)
    assert "too few to conclude" in found["insights"] and "\u202f" not in everything
