"""STAR+ story, pitch, value proposition, story bank and skill coverage checks (C7.1–C7.3)."""

from __future__ import annotations

import pytest

from rebond.method.prep.questions import question_bank
from rebond.method.prep.stories import (
    StoryParts,
    check_pitch,
    check_story,
    check_value_proposition,
    sentences,
)
from rebond.method.prep.story_bank import bank_report, coverage

COMPLETE_EN = StoryParts(
    title="Billing redesign",
    situation="At my last company, one payment in ten failed at checkout.",
    task="My goal was to halve failed payments within a quarter.",
    actions="I interviewed support, mapped the flow, and I rebuilt the retry logic with two "
    "engineers, testing each change on five percent of traffic first.",
    result="Failed payments dropped by 18% and we recovered 40,000 euros a month.",
    learnings="I learned to measure before redesigning anything.",
    transfer="I would apply the same approach to your checkout, starting with the data.",
    tags=("project management", "data analysis"),
)


@pytest.mark.parametrize(
    ("story", "lang", "missing", "figure", "vague"),
    [
        (COMPLETE_EN, "en", [], True, []),
        (
            StoryParts(
                situation="Sales were slow.",
                actions="I helped the team and worked on the CRM.",
                result="Things improved.",
            ),
            "en",
            ["task", "learnings", "transfer"],
            False,
            [("actions", "helped"), ("actions", "worked on")],
        ),
        (
            StoryParts(
                situation="Chez Acme, les délais explosaient.",
                task="Je devais agir.",
                actions="J'ai participé à la refonte et contribué à la formation.",
                result="Les délais ont baissé de moitié.",
                learnings="Écouter d'abord.",
                transfer="Chez vous aussi.",
            ),
            "fr",
            [],
            True,
            [("actions", "j'ai participe"), ("actions", "contribue a")],
        ),
    ],
)
def test_it_checks_parts_figures_and_vague_verbs(
    story: StoryParts, lang: str, missing: list[str], figure: bool, vague: list[tuple[str, str]]
) -> None:
    check = check_story(story, lang)  # type: ignore[arg-type]
    assert check.missing == missing
    assert check.result_has_figure is figure
    assert [(v.part, v.expression) for v in check.vague_verbs] == vague


def test_it_times_each_part_against_the_window() -> None:
    check = check_story(COMPLETE_EN, "en")
    assert set(check.seconds_per_part) == {
        "situation",
        "task",
        "actions",
        "result",
        "learnings",
        "transfer",
    }
    assert check.total_seconds == pytest.approx(sum(check.seconds_per_part.values()), abs=0.2)
    assert check.window_seconds == (60.0, 90.0)
    assert check.within_window is False  # a tight story well under a minute
    long_story = StoryParts(**{**COMPLETE_EN.__dict__, "actions": COMPLETE_EN.actions * 4})
    assert check_story(long_story, "en").within_window is True


@pytest.mark.parametrize(
    ("text", "lang", "proofs", "who", "within"),
    [
        (
            "Je suis responsable logistique depuis huit ans. J'aide les usines à ne jamais "
            "manquer de pièces. L'an dernier, j'ai réduit les ruptures de 30 %, et j'ai fait "
            "économiser 200 000 euros sur les achats. Je cherche maintenant un poste où cette "
            "rigueur sert une croissance rapide, avec une équipe à structurer et des "
            "fournisseurs à fiabiliser. Ce qui me motive, c'est de rendre la production "
            "prévisible pour que les équipes puissent se concentrer sur leurs clients.",
            "fr",
            2,
            True,
            True,
        ),
        ("I love data and I am passionate about helping people.", "en", 0, True, False),
        ("Product designer. Made the app simpler.", "en", 0, False, False),
    ],
)
def test_it_checks_the_opening_pitch(
    text: str, lang: str, proofs: int, who: bool, within: bool
) -> None:
    pitch = check_pitch(text, lang)  # type: ignore[arg-type]
    assert (pitch.proofs, pitch.says_who, pitch.within_window) == (proofs, who, within)
    assert pitch.ok is (proofs >= 2 and who and within)


@pytest.mark.parametrize(
    ("text", "lang", "flags", "ok"),
    [
        (
            "Les PME perdent des ventes à cause des ruptures de stock. Je construis des "
            "prévisions simples, ce qui leur permet de commander à temps.",
            "fr",
            (True, True, True, True),
            True,
        ),
        ("I build dashboards.", "en", (False, True, False, False), False),
        (
            "Teams waste hours on manual reports. I automate them so that analysts can "
            "focus on decisions. Last year that saved 300 hours. And I like tea.",
            "en",
            (True, True, True, True),
            False,  # four sentences: one too many
        ),
    ],
)
def test_it_checks_the_value_proposition(
    text: str, lang: str, flags: tuple[bool, bool, bool, bool], ok: bool
) -> None:
    check = check_value_proposition(text, lang)  # type: ignore[arg-type]
    assert (check.problem, check.solution, check.impact, check.in_order) == flags
    assert check.ok is ok


def test_it_splits_sentences() -> None:
    assert sentences("One. Two! Three? ") == ["One.", "Two!", "Three?"]


def test_it_reports_bank_size_and_uncovered_themes() -> None:
    stories = [COMPLETE_EN] * 3 + [
        StoryParts(title="Disagreement with finance", actions="I negotiated a compromise."),
    ]
    report = bank_report(stories, "en", job_skills=["Python", "project management"])
    assert (report.count, report.target, report.enough, report.too_many) == (
        4,
        (6, 8),
        False,
        False,
    )
    assert report.themes["conflict"] == [3]
    assert "leadership" in report.themes_without_story
    assert report.skills_without_story == ["Python"]
    assert report.stories_to_rework == [0, 1, 2, 3]  # the complete story is too short aloud


def test_it_maps_job_skills_to_stories_by_tag_and_text_across_languages() -> None:
    stories = [
        StoryParts(
            title="Refonte",
            actions="J'ai piloté la gestion de projet et écrit le SQL.",
            tags=("négociation",),
        ),
        COMPLETE_EN,
    ]
    matrix = coverage(
        ["SQL", "negotiation", "project management", "Kubernetes"],
        stories,
        "fr",
        use_embeddings=False,
    )
    how = [[cell.how if cell else None for cell in row] for row in matrix.cells]
    assert how == [["text", None], ["tag", None], ["text", "tag"], [None, None]]
    assert matrix.gaps == ["Kubernetes"]
    assert matrix.proofs("project_management") == [0, 1]
    assert matrix.stories == ["Refonte", "Billing redesign"]


@pytest.mark.slow
def test_it_uses_embeddings_for_tags_worded_differently() -> None:
    stories = [StoryParts(title="Supplier deal", tags=("négociation fournisseurs",))]
    matrix = coverage(["negotiation", "Kubernetes"], stories, "en")
    assert matrix.cells[0][0] is not None and matrix.cells[0][0].how == "similar"
    assert matrix.gaps == ["Kubernetes"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_it_loads_the_question_bank_with_rejection_guidance_and_questions_to_ask(
    lang: str,
) -> None:
    bank = question_bank(lang)
    assert len(bank.common) >= 10
    assert len(bank.rejection.guidance) >= 3 and bank.rejection.example
    assert {"success_metrics", "first_90_days", "trade_offs", "decision_criteria"} <= set(
        bank.to_ask
    )
    assert len({q.id for q in bank.common}) == len(bank.common)


def test_it_keeps_the_same_question_ids_in_both_languages() -> None:
    fr, en = question_bank("fr"), question_bank("en")
    assert [q.id for q in fr.common] == [q.id for q in en.common]
    assert {k: [q.id for q in v] for k, v in fr.to_ask.items()} == {
        k: [q.id for q in v] for k, v in en.to_ask.items()
    }
