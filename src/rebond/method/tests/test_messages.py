"""Message drafts: templates, graceful degradation, targeted questions, draft checks."""

from __future__ import annotations

import re

import pytest

from rebond.method import playbook
from rebond.method.messages import (
    KINDS,
    NETWORK_KINDS,
    Draft,
    DraftContext,
    DraftError,
    check_draft,
    draft,
    render_line,
)
from rebond.method.messages.checks import body_line_count
from rebond.method.messages.questions import cue_theme, doubt_theme, targeted_questions

FULL = DraftContext(
    sender_name="Zoé Lefèvre",
    contact_first_name="Marc",
    contact_name="Marc Dubois",
    company="Acme",
    role="développeuse backend",
    interview_moment="l'étude de cas sur la facturation",
    doubts=("mes réponses étaient trop longues", "je n'ai pas chiffré mes résultats"),
    topic="la facturation SaaS",
    target_person="Léa Martin",
    shared_item="cet article sur la tarification",
    news="je viens de terminer une certification cloud.",
    next_step="relire mon pitch",
    key_points=("viser les équipes plateforme", "montrer un mini-projet"),
)
LANG_REGISTERS = [("fr", "vous"), ("fr", "tu"), ("en", "vous")]
NEEDS_FIELDS = {"precise_introduction", "keep_warm", "informational_interview"}
LEFTOVER = re.compile(r"[{}\[\]]|\bNone\b")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(("lang", "register"), LANG_REGISTERS)
def test_it_renders_every_kind_with_a_full_context(kind, lang, register):
    result = draft(kind, FULL, lang, register)
    assert result.subject and result.kind == kind and result.lang == lang
    assert not LEFTOVER.search(result.subject + result.body)
    assert result.body.startswith(("Bonjour Marc,", "Hello Marc,"))
    assert result.body.rstrip().endswith("Zoé Lefèvre")
    assert check_draft(result) == []
    assert result.line_count == body_line_count(result.body)


@pytest.mark.parametrize("kind", [k for k in KINDS if k not in NEEDS_FIELDS])
@pytest.mark.parametrize(("lang", "register"), LANG_REGISTERS)
def test_it_degrades_gracefully_with_an_empty_context(kind, lang, register):
    result = draft(kind, DraftContext(), lang, register)
    assert not LEFTOVER.search(result.subject + result.body)
    assert "  " not in result.body and " ." not in result.body
    assert result.body.startswith(("Bonjour,", "Hello,"))
    assert not [issue for issue in check_draft(result) if issue.code == "placeholder"]


@pytest.mark.parametrize(
    ("kind", "context"),
    [
        ("precise_introduction", DraftContext(topic="pricing")),
        ("keep_warm", DraftContext(company="Acme")),
        ("informational_interview", DraftContext(company="Acme")),
    ],
)
def test_it_refuses_a_network_request_without_its_essential_field(kind, context):
    with pytest.raises(DraftError, match=kind):
        draft(kind, context, "fr")


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(
    "doubts",
    [
        (),
        ("trop long",),
        ("trop long", "pas assez d'exemples"),
        ("a", "b", "c", "d"),
        ("long answers", "no figures", "too junior", "weak pitch"),
    ],
)
def test_it_keeps_the_feedback_request_between_four_and_six_lines(lang, doubts):
    context = DraftContext(role="QA", interview_moment="the test plan", doubts=doubts)
    result = draft("feedback_request", context, lang)
    assert 4 <= result.line_count <= 6
    questions = [line for line in result.body.splitlines() if line.startswith("- ")]
    assert 2 <= len(questions) <= 3


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_it_names_the_role_and_the_interview_moment(lang):
    context = DraftContext(role="chef de projet", interview_moment="la mise en situation")
    body = draft("feedback_request", context, lang).body
    assert "chef de projet" in body and "la mise en situation" in body


@pytest.mark.parametrize(
    ("doubt", "theme"),
    [
        ("Mes exemples manquaient de concret", "examples"),
        ("I think my examples were too vague", "examples"),
        ("On m'a trouvé trop junior pour le poste", "seniority"),
        ("Maybe they wanted someone more senior", "seniority"),
        ("Je n'ai pas assez chiffré l'impact de mes projets", "business_impact"),
        ("I did not quantify my results", "business_impact"),
        ("J'ai séché sur l'exercice d'architecture", "technical_depth"),
        ("I struggled with the system design question", "technical_depth"),
        ("J'ai été trop bavard et confus", "concision"),
        ("My answers rambled on", "concision"),
        ("Je ne maîtrise pas encore Kubernetes", "skills"),
        ("seniority", "seniority"),
        ("Rien à voir", None),
    ],
)
def test_it_links_a_doubt_to_a_question_theme(doubt, theme):
    assert doubt_theme(doubt) == theme


@pytest.mark.parametrize(
    ("doubt", "theme"),
    [
        ("Ils attendaient quelqu'un avec dix ans de plus", "seniority"),
        ("They wanted someone who had led a department", "seniority"),
        ("Je ne savais rien de leur clientèle", "motivation"),
        ("I knew nothing about their customers", "motivation"),
    ],
)
def test_it_falls_back_on_the_embedding_model_when_no_cue_matches(doubt, theme):
    assert cue_theme(doubt) is None
    assert doubt_theme(doubt, use_model=False) is None
    assert doubt_theme(doubt) == theme


@pytest.mark.parametrize(("register", "pronoun"), [("vous", "vous"), ("tu", "te")])
def test_it_picks_the_register_of_a_targeted_question(register, pronoun):
    (question,) = targeted_questions(["too junior"], "fr", register, minimum=1, limit=1)
    assert re.search(rf"\b{pronoun}\b|\bt'a\b", question)


@pytest.mark.parametrize("kind", KINDS)
def test_it_never_mixes_registers_in_french(kind):
    tu_body = draft(kind, FULL, "fr", "tu").body
    vous_body = draft(kind, FULL, "fr", "vous").body
    assert not re.search(r"\bvous\b", tu_body)
    assert not re.search(r"\b(tu|toi|ton|ta|tes|te|t')\b", vous_body.replace("t'", " t' "))


@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("Bonjour,\n\nUn.\nDeux.\nTrois.\n\nBien cordialement,\nZoé\n", 3),
        ("Un.\nDeux.\n", 2),
        ("Hello Sam,\nOne.\n\n\nTwo, and more, and more, and more.\nBest,\nZoé", 2),
        ("", 0),
    ],
)
def test_it_counts_body_lines_between_greeting_and_sign_off(body, count):
    assert body_line_count(body) == count


@pytest.mark.parametrize(
    ("lines", "code"),
    [(3, "too_few_lines"), (7, "too_many_lines"), (4, None), (6, None)],
)
def test_it_flags_a_feedback_request_outside_four_to_six_lines(lines, code):
    body = "Bonjour,\n\n" + "\n".join(f"Ligne {i}." for i in range(lines)) + "\n\nBien à vous,\nZ"
    issues = check_draft(Draft("Merci", body, "fr", "feedback_request", lines))
    assert [issue.code for issue in issues] == ([code] if code else [])


@pytest.mark.parametrize(
    ("text", "fragment"),
    [("Merci {company} !", "{company}"), ("Bonjour None,", "None"), ("Re: {?role}", "{?role}")],
)
def test_it_flags_leftover_placeholders(text, fragment):
    issues = check_draft(Draft(text, text, "fr", "follow_up", 1))
    assert fragment in [issue.fragment for issue in issues if issue.code == "placeholder"]


@pytest.mark.parametrize(
    ("lang", "text", "kind", "flagged"),
    [
        ("fr", "Connaissez-vous des opportunités chez vous ?", "precise_introduction", True),
        ("fr", "Si tu entends parler de quelque chose, fais-moi signe.", "keep_warm", True),
        ("en", "Do you know of any openings in your team?", "connect_after_rejection", True),
        ("en", "Could you introduce me to Léa Martin at Acme?", "precise_introduction", False),
        ("en", "Do you know of any openings?", "feedback_request", False),
    ],
)
def test_it_flags_vague_asks_in_network_messages(lang, text, kind, flagged):
    issues = check_draft(Draft("x", f"Hello,\n\n{text}\n", lang, kind, 1))
    vague = [issue for issue in issues if issue.code == "vague_ask"]
    assert bool(vague) is flagged
    assert len(vague) <= 1


def test_it_sends_network_kinds_through_the_vague_ask_check():
    assert {"precise_introduction", "keep_warm", "informational_interview"} <= NETWORK_KINDS
    assert "feedback_request" not in NETWORK_KINDS


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("line one\nline two.", "De mon côté, line one line two."),
        ("fini !  ", "De mon côté, fini."),
    ],
)
def test_it_keeps_user_values_on_one_line(value, expected):
    body = draft("keep_warm", DraftContext(news=value), "fr").body
    assert expected in body


def test_it_uses_own_prepared_questions_for_an_informational_interview():
    context = DraftContext(topic="le pricing", questions=("Q1 ?", "Q2 ?", "Q3 ?"))
    body = draft("informational_interview", context, "fr").body
    assert [line for line in body.splitlines() if line.startswith("- ")] == [
        "- Q1\u202f?",  # French typography: a narrow no-break space
        "- Q2\u202f?",
        "- Q3\u202f?",
    ]


@pytest.mark.parametrize(("kind", "register"), [("nope", "vous"), ("follow_up", "toi")])
def test_it_rejects_an_unknown_kind_or_register(kind, register):
    with pytest.raises(ValueError):
        draft(kind, DraftContext(), "fr", register)


def test_it_names_an_unknown_template_field():
    with pytest.raises(playbook.PlaybookError, match="salary"):
        render_line("Hello {salary}", {})


def test_the_words_quote_the_rules_numbers(edited_rules):
    from rebond.method.messages import checks
    from rebond.method.network import rules as network_rules

    edited_rules("messages", "feedback_request_lines = [4, 6]", "feedback_request_lines = [3, 5]")
    edited_rules("timings", "reapply_from_months = 6", "reapply_from_months = 4")
    edited_rules("network", "info_minutes = 15", "info_minutes = 20", network_rules.rules)
    for cached in (checks._line_bounds, checks._checks):
        edited_rules("messages", "", "", cached)
    short = Draft("Hi", "Hello,\n\nOne line.\n\nBest,\nMe\n", "en", "feedback_request", 1)
    (issue,) = [i for i in check_draft(short) if i.code == "too_few_lines"]
    assert "aim for 3 to 5" in issue.message
    context = DraftContext(role="QA", company="Acme")
    assert "in 4 to 12 months" in draft("reapply_permission", context, "en").body
    assert network_rules.title("info_interview", "fr") == "Entretien informatif (20 min)"
