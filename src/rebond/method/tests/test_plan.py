"""Plan templates, sprint rules, reviews, the daily routine and the forgiving streak."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest

from rebond.method import playbook
from rebond.method.plan import (
    AXES,
    ActionDraft,
    action_templates,
    alternative_action,
    alternative_paths,
    daily_routine,
    review_questions,
    skill_gap_steps,
    sprint_load,
    sprint_suggestions,
    streak,
)

START = date(2026, 3, 2)
LANGS = ["fr", "en"]


def action(theme="technical", hours=2.0, template_id="x") -> ActionDraft:
    return ActionDraft(template_id, "skills", theme, "t", 1, "u", hours, 14)


@pytest.mark.parametrize("lang", LANGS)
def test_it_loads_templates_on_every_axis_with_measurable_targets(lang):
    templates = action_templates(lang)
    assert {draft.axis for draft, _ in templates.values()} == set(AXES)
    for draft, dimensions in templates.values():
        assert draft.target >= 1 and draft.unit and draft.hours > 0 and dimensions
        assert draft.target_text.startswith(str(draft.target))


def test_it_offers_the_same_templates_in_both_languages():
    assert action_templates("fr").keys() == action_templates("en").keys()
    for key in action_templates("fr"):
        fr, en = action_templates("fr")[key][0], action_templates("en")[key][0]
        assert (fr.axis, fr.theme, fr.target, fr.days, fr.hours) == (
            en.axis,
            en.theme,
            en.target,
            en.days,
            en.hours,
        )


@pytest.mark.parametrize(
    ("dimension", "template_id", "target_text"),
    [
        ("culture_fit", "culture_conversations", "3 informational interviews"),
        ("examples", "star_stories", "2 STAR stories with figures"),
        ("quantified_results", "quantified_bullets", "5 bullets with a figure"),
        ("seniority", "adjacent_roles", "5 targeted applications"),
    ],
)
def test_it_maps_a_lesson_dimension_to_an_action_with_a_target(dimension, template_id, target_text):
    theme = action_templates("en")[template_id][0].theme
    (suggested,) = sprint_suggestions({theme: [dimension]}, lang="en", include_wellbeing=False)
    assert (suggested.template_id, suggested.target_text) == (template_id, target_text)


@pytest.mark.parametrize("max_per_theme", [1, 2])
@pytest.mark.parametrize(
    "lessons",
    [
        {"technical": ["key_skills", "technical_precision", "key_skills"]},
        {"behavioural": ["examples", "concision", "non_verbal", "opening_pitch"]},
        {"behavioural": ["concision"], "business": ["questions_asked", "motivation"]},
        {"context": [], "technical": ["unknown"]},
    ],
)
def test_it_picks_at_most_max_per_theme_actions(lessons, max_per_theme):
    suggested = sprint_suggestions(lessons, max_per_theme, lang="fr", include_wellbeing=False)
    for theme in lessons:
        assert 1 <= sum(a.theme == theme for a in suggested) <= max_per_theme
    assert len({a.template_id for a in suggested}) == len(suggested)


@pytest.mark.parametrize(
    ("lessons", "first"),
    [
        ({"behavioural": ["examples", "concision", "concision"]}, "concision_drill"),
        ({"behavioural": ["examples", "concision"]}, "star_stories"),
        ({"technical": []}, "skill_training"),
        ({"context": ["not-a-dimension"]}, "similar_companies"),
    ],
)
def test_it_ranks_dimensions_by_frequency_and_falls_back_to_the_theme_default(lessons, first):
    assert sprint_suggestions(lessons, lang="fr")[0].template_id == first


@pytest.mark.parametrize("lang", LANGS)
def test_it_never_suggests_an_overloaded_sprint_beyond_first_actions(lang):
    lessons = {
        "behavioural": ["examples", "concision"],
        "business": ["quantified_results", "questions_asked"],
        "context": ["seniority", "context"],
    }
    suggested = sprint_suggestions(lessons, lang=lang, start=START)
    assert sprint_load(suggested, lang).level != "overloaded"
    assert suggested[3].theme == "wellbeing"
    assert all(a.start == START and a.due and a.due <= START + timedelta(14) for a in suggested)


@pytest.mark.parametrize(("max_per_theme", "theme"), [(0, "technical"), (3, "technical")])
def test_it_rejects_a_limit_outside_one_to_two(max_per_theme, theme):
    with pytest.raises(ValueError):
        sprint_suggestions({theme: []}, max_per_theme)


def test_it_rejects_an_unknown_theme():
    with pytest.raises(ValueError, match="marketing"):
        sprint_suggestions({"marketing": []})


@pytest.mark.parametrize(
    ("actions", "level", "codes"),
    [
        ([action(hours=1)], "light", []),
        ([action(hours=3), action("business", 3)], "balanced", []),
        ([action(hours=10), action("business", 9)], "overloaded", ["too_many_hours"]),
        (
            [action(theme=t, hours=1) for t in ["technical", "business"] * 4],
            "overloaded",
            ["too_many_actions", "too_many_in_theme", "too_many_in_theme"],
        ),
        ([action("wellbeing", 1) for _ in range(3)] + [action(hours=2)], "balanced", []),
    ],
)
def test_it_weighs_a_sprint_against_the_playbook_thresholds(actions, level, codes):
    load = sprint_load(actions, "en")
    assert load.level == level
    assert [w.code for w in load.warnings] == codes
    assert load.action_count == len(actions)
    assert all(w.message and "{" not in w.message for w in load.warnings)


@pytest.mark.parametrize("lang", LANGS)
def test_it_chains_the_three_skill_gap_steps(lang):
    steps = skill_gap_steps("  SQL   avancé ", lang, START)
    assert [s.template_id for s in steps] == ["micro_training", "practical_project", "public_proof"]
    assert all("SQL avancé" in s.title for s in steps)
    assert steps[0].start == START
    for before, after in itertools.pairwise(steps):
        assert after.start == before.due
    assert steps[-1].due == START + timedelta(days=sum(s.days for s in steps))
    assert all(s.axis == "skills" and s.target >= 1 for s in steps)


def test_it_refuses_an_empty_skill():
    with pytest.raises(ValueError):
        skill_gap_steps("  ", "fr", START)


@pytest.mark.parametrize("lang", LANGS)
def test_it_offers_every_alternative_path(lang):
    paths = alternative_paths(lang, START)
    assert [p.id for p in paths] == [
        "freelance",
        "certification",
        "strategic_volunteering",
        "flexible_formats",
        "personal_project",
        "entrepreneurial_plan_b",
    ]
    for path in paths:
        assert path.title and path.description and path.first_action.due
        assert path.first_action.axis == "search_strategy"


@pytest.mark.parametrize(("path_id", "ok"), [("certification", True), ("lottery", False)])
def test_it_returns_one_alternative_action(path_id, ok):
    if ok:
        assert alternative_action(path_id, "en").template_id == path_id
    else:
        with pytest.raises(ValueError):
            alternative_action(path_id, "en")


@pytest.mark.parametrize(
    ("cadence", "lang", "count", "needle"),
    [
        ("weekly", "en", 4, "Why"),
        ("weekly", "fr", 4, "Pourquoi"),
        ("monthly", "en", 3, "single improvement objective"),
        ("monthly", "fr", 3, "seul objectif d'amélioration"),
        ("quarterly", "en", 4, "channels"),
        ("quarterly", "fr", 4, "canaux"),
    ],
)
def test_it_lists_review_questions(cadence, lang, count, needle):
    questions = review_questions(cadence, lang)
    assert len(questions) == count
    assert any(needle in q for q in questions)


def test_it_rejects_an_unknown_cadence():
    with pytest.raises(ValueError):
        review_questions("daily", "fr")


@pytest.mark.parametrize("lang", LANGS)
def test_it_describes_the_daily_routine(lang):
    blocks = {b.id: b for b in daily_routine(lang)}
    assert (blocks["sourcing"].minutes_min, blocks["sourcing"].minutes_max) == (60, 90)
    assert blocks["connecting"].minutes_max == blocks["improving_tools"].minutes_max == 30
    assert {i for i, b in blocks.items() if b.kind == "checkoff"} == {
        "movement",
        "sleep",
        "mindfulness",
    }


D = date(2026, 3, 10)


def days(*offsets: int) -> list[date]:
    return [D - timedelta(days=o) for o in offsets]


@pytest.mark.parametrize(
    ("done", "grace", "expected"),
    [
        ([], 1, 0),
        (days(0), 1, 1),
        (days(0, 1, 2), 1, 3),
        (days(1, 2), 1, 2),  # today is not over yet
        (days(0, 2, 3), 1, 3),  # one missed day forgiven
        (days(0, 2, 3), 0, 1),  # no grace
        (days(0, 3, 4), 1, 1),  # two missed days in a row break it
        (days(0, 3, 4), 2, 3),
        (days(2, 3), 1, 2),  # yesterday missed, today still open
        (days(3, 4), 1, 0),
        (days(0, 2, 4, 6), 1, 4),
        ([*days(0, 0, 1), D + timedelta(days=1)], 1, 2),  # duplicates and future ignored
    ],
)
def test_it_counts_a_streak_forgiving_missed_days(done, grace, expected):
    assert streak(done, D, grace) == expected


def test_it_rejects_a_negative_grace():
    with pytest.raises(ValueError):
        streak([], D, -1)


def test_it_reports_a_playbook_without_a_table():
    with pytest.raises(playbook.PlaybookError, match="plan_nothing"):
        playbook.section("fr", "plan_nothing")


@pytest.mark.parametrize(
    ("dimension", "template_id"),
    [
        ("skills", "skill_training"),
        ("technical", "technical_answers"),
        ("results", "quantified_bullets"),
        ("pitch", "opening_pitch"),
        ("nonverbal", "mock_interview"),
        ("culture", "culture_conversations"),
        ("questions", "strategic_questions"),
        ("non_verbal", "mock_interview"),
    ],
)
def test_it_understands_the_feedback_module_dimension_names(dimension, template_id):
    (suggested,) = sprint_suggestions({"behavioural": [dimension]}, include_wellbeing=False)
    assert suggested.template_id == template_id


@pytest.mark.parametrize("lang", LANGS)
def test_it_has_an_action_for_every_dimension_the_feedback_playbook_uses(lang):
    try:
        themes = playbook.section(lang, "feedback")["themes"]
    except playbook.PlaybookError:
        pytest.skip("no [feedback] table in this playbook")
    answered = {d for _, dimensions in action_templates(lang).values() for d in dimensions}
    used = {d for dimensions in themes.values() for d in dimensions}
    assert used <= answered


def test_the_suggestions_follow_the_rules_focus_limit(edited_rules):
    from rebond.method import plan

    lessons = {"behavioural": ["concision", "examples"]}
    two = sprint_suggestions(lessons, lang="en", include_wellbeing=False)
    assert [a.template_id for a in two] == ["concision_drill", "star_stories"]
    edited_rules("plan", "max_actions_per_theme = 2", "max_actions_per_theme = 1", plan._rules)
    one = sprint_suggestions(lessons, lang="en", include_wellbeing=False)
    assert [a.template_id for a in one] == ["concision_drill"]
    load = sprint_load([action(), action()], "en")
    assert [w.message for w in load.warnings if w.code == "too_many_in_theme"] == [
        '2 actions on the "technical" theme: 1 at most are enough for a sprint.'
    ]
