"""Every page a person can reach, in French and in English, with data in every section: a
French page fails on a typography fault (a colon, semicolon, ! or ? after a plain space or glued
to a word; « » without their narrow space), a capitalised or English month, an English number
(27,999), an English word, a word said twice ("Point d'humeur humeur"); an English page fails
on French spacing. Pages are found by following the links from the home page and the debrief's
steps, one URL per path shape."""

from __future__ import annotations

import html
import re
from datetime import date, timedelta
from urllib.parse import urlsplit

import pytest
from django.urls import Resolver404, resolve
from django.utils import timezone

from rebond.debrief.services import journal
from rebond.debrief.tests.factories import make_debrief, make_rejected, make_thought
from rebond.documents.tests.factories import make_check, make_cv, make_proof, make_text
from rebond.feedback.tests.factories import make_feedback, make_message
from rebond.insights.tests.factories import make_experiment, make_sent
from rebond.network.tests import factories as network
from rebond.plan.models import Review
from rebond.plan.tests.factories import make_action, make_log
from rebond.prep.tests.factories import make_interview, make_pitch, make_session, make_story

pytestmark = pytest.mark.django_db

NOT_PAGES = ("/admin/", "/api/", "/i18n/", "/static/", "/health/", "/logout", "/login")
DOWNLOADS = re.compile(r"(pdf|ics|csv|vcf|zip|file|download|export)/?$")  # not worth rendering
ROUTES_AT_MOST = 200

_HIDDEN = re.compile(
    r"<(head|script|style|textarea|pre|code|template)\b.*?</\1\s*>|<!--.*?-->", re.S | re.I
)
_BLOCK = re.compile(
    r"</?(?:p|div|li|ul|ol|td|th|tr|table|h[1-6]|br|option|section|article|dd|dt|dl|form|"
    r"header|nav|main|footer|label|button|select|blockquote|fieldset|legend|figcaption)\b[^>]*>",
    re.I,
)
_TAG = re.compile(r"<[^>]+>")

FRENCH_FAULTS = {
    "space before a mark": re.compile(r"\S( )[:;!?](?=\s|$)", re.M),
    "mark glued to a word": re.compile(r"[\w)»’]([:;!?])(?=\s|$)", re.M),
    "« without its space": re.compile(r"«(?![\u202f\u00a0])"),
    "» without its space": re.compile(r"(?<![\u202f\u00a0])»"),
    "capitalised month": re.compile(
        r"\b\d{1,2} (?:Jan|Fév|Févr|Mars|Avr|Mai|Juin|Juil|Aoû|Août|Sept?|Oct|Nov|Déc)\b"
    ),
    "English month": re.compile(r"\b\d{1,2} (?:Jan|Feb|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b"),
    "capitalised weekday": re.compile(r"\b(?:Lun|Mer|Jeu|Ven|Sam|Dim)\.? \d{1,2}\b"),
    "English number": re.compile(r"\b[1-9]\d{0,2}(?:,\d{3})+(?![\d,])"),
    "English decimal": re.compile(r"(?<![\d.])\d{1,3}\.\d(?![\d.])"),
    "plural in brackets": re.compile(
        r"[^\W\d_]\((?:s|x|es)\)"
    ),  # « exigence(s) »: say it with ngettext
    "doubled word": re.compile(r"\b(?!nous\b|vous\b)(\w{3,})[ \t\n\u00a0\u202f—–-]+\1\b"),
    "English word": re.compile(
        r"\b(?:the|and|with|your|you|Save|Delete|Cancel|Back|Edit|Submit|Search|Next|"
        r"Previous|Settings|Download|Upload|Remove|None|True|False|Today|Board)\b"
    ),
}
FRENCH_VTT = """WEBVTT

00:00:00.000 --> 00:00:03.000
<v Q>Parlez-moi de vous.

00:00:03.500 --> 00:00:20.000
<v Ana>Euh, je suis analyste de données. J'aide les commerces à éviter les ruptures de stock.

00:00:26.000 --> 00:00:28.000
<v Q>Pourquoi nous ?

00:00:28.500 --> 00:00:40.000
<v Ana>Parce que, en fait, votre chaîne logistique pose un problème que j'aime résoudre.
"""
ENGLISH_FAULTS = {"French spacing": re.compile(r"\u202f[:;!?]")}


@pytest.fixture
def person(owner):
    """One person with something in every section, in French."""
    now = timezone.now()
    make_sent(owner, reached="screening", count=2, channel="referral")
    make_sent(owner, reached="interview_1", then="rejected", channel="job_board")
    rejected = make_rejected(owner, role="Analyste de données", questions="Parlez-moi de vous.")
    make_debrief(owner, application=rejected)
    make_thought(owner, thought="Je ne trouverai jamais rien.")
    journal.log_mood(owner, mood=6, emotion="sadness", intensity=4)
    journal.add_win(owner, "Relancé deux recruteurs")
    feedback = make_feedback(owner, text="Vos exemples manquaient de chiffres. Très bonne énergie.")
    make_message(owner, application=feedback.application)
    make_action(
        owner, title="Réécrire le pitch", target="Un pitch de 60 secondes", due_on=date.today()
    )
    Review.objects.create(
        user=owner,
        cadence="weekly",
        period_start=now.date() - timedelta(days=6),
        period_end=now.date(),
        answers=[["Qu'est-ce qui a marché ?", "Les relances"]],
        objective="Trois candidatures ciblées",
        done_at=now,
    )
    make_log(owner, now.date() - timedelta(days=1))
    person = network.contact(owner, first_name="Nadia", last_name="Benali")
    network.info(person, topic="la gouvernance des données", questions="Une semaine type ?")
    network.interview(owner, interviewers="Léa Martin, responsable data")
    network.rejected_plan(owner)
    network.target(owner, name="Responsable data dans une fintech", next_step="Trouver deux noms")
    make_story(
        owner,
        title="Ruptures de stock",
        situation="Une chaîne de magasins perdait des ventes.",
        task="Réduire les ruptures.",
        actions="J'ai construit une prévision hebdomadaire et formé six responsables.",
        result="Les ruptures ont baissé de 30 % en trois mois.",
        learnings="Partir des utilisateurs.",
        transfer="La même approche pour vos achats.",
        tags="SQL, prévision",
    )
    make_pitch(owner, text="Je suis analyste de données et j'aide les commerces à mieux prévoir.")
    make_session(owner, title="Entraînement", text=FRENCH_VTT)
    make_interview(owner, when=now + timedelta(days=2))
    cv = make_cv(owner, label="Version A")
    make_check(owner, cv=cv)
    make_text(owner)
    make_proof(owner)
    make_experiment(
        owner, title="Recommandations", hypothesis="Les recommandations répondent plus."
    )
    return owner


def start_pages(person) -> list[str]:
    """The home page, and the debrief's steps: reached by posting a form, not by a link."""
    from rebond.debrief.choices import Step
    from rebond.debrief.models import Debrief

    debrief = Debrief.objects.filter(application__user=person).first()
    steps = [f"/debrief/{debrief.pk}/{key}/" for key in Step.values] if debrief else []
    return ["/", *steps, f"/debrief/{debrief.pk}/" if debrief else "/"]


def visible_text(page: str) -> str:
    # A block's edge becomes U+001E (whitespace to every rule but "doubled word": a heading
    # followed by a column of the same name is not a word said twice).
    text = _TAG.sub("", _BLOCK.sub("\x1e", _HIDDEN.sub("\x1e", page)))
    return html.unescape(text)


def crawl(client, language: str, start: list[str]) -> dict[str, str]:
    """Path → visible text of every HTML page reachable from `start`, one per path shape (the
    same path with other ids is the same page; /debrief/1/reset/ and /debrief/1/facts/ are not)."""
    queue, routes, pages = list(start), set(), {}
    headers = {"HTTP_ACCEPT_LANGUAGE": language}
    while queue and len(routes) < ROUTES_AT_MOST:
        path = urlsplit(queue.pop(0)).path
        if not path.startswith("/") or path.startswith(NOT_PAGES) or DOWNLOADS.search(path):
            continue
        try:
            resolve(path)
        except Resolver404:
            raise AssertionError(f"a page links to {path}, which does not exist") from None
        shape = re.sub(r"\d+", "N", path)
        if shape in routes:
            continue
        routes.add(shape)
        response = client.get(path, **headers)
        if response.status_code in (301, 302):
            queue.append(response["Location"])
            continue
        if response.status_code == 405 or "html" not in response.get("Content-Type", ""):
            continue
        assert response.status_code == 200, f"{path} answered {response.status_code}"
        page = response.content.decode()
        pages[path] = visible_text(page)
        queue += re.findall(r'href="(/[^"#]*)', page)
    return pages


def faults(pages: dict[str, str], rules: dict[str, re.Pattern[str]]) -> list[str]:
    found = []
    for path, text in pages.items():
        for name, rule in rules.items():
            for match in rule.finditer(text):
                around = text[max(0, match.start() - 30) : match.end() + 30]
                found.append(f"{path}: {name}: {' '.join(around.split())!r}")
    return found


def test_french_pages_read_as_french(client, person):
    client.force_login(person)
    pages = crawl(client, "fr", start_pages(person))
    assert len(pages) > 40  # the crawl reached the sections, not just the menu
    found = faults(pages, FRENCH_FAULTS)
    assert not found, "\n".join(found)


def test_english_pages_keep_english_spacing(client, person):
    client.force_login(person)
    client.cookies["django_language"] = "en"
    pages = crawl(client, "en", start_pages(person))
    assert len(pages) > 40
    found = faults(pages, ENGLISH_FAULTS)
    assert not found, "\n".join(found)


@pytest.mark.django_db(databases=[])
@pytest.mark.parametrize(
    ("page", "rule"),
    [
        ("<p>Un fait objectif: le refus</p>", "mark glued to a word"),
        ("<p>Distorsions possibles : aucune</p>", "space before a mark"),
        ("<p>« Trop junior »</p>", "« without its space"),
        ("<td>lun 7 Déc</td>", "capitalised month"),
        ("<p>27,999 caractères</p>", "English number"),
        ("<p>3.0/10</p>", "English decimal"),
        ("<button>Save</button>", "English word"),
        ("<li>1 exigence(s) de l'offre</li>", "plural in brackets"),
        ("<span>Point d'humeur</span>\n  humeur 6/10", "doubled word"),
        ("<li><strong>3114</strong> — 3114 — numéro national</li>", "doubled word"),
    ],
)
def test_the_guard_sees_what_the_reader_saw(page, rule):
    assert FRENCH_FAULTS[rule].search(visible_text(page))
