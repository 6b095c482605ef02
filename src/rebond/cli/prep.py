"""`rebond stories check`: lint the STAR+ story bank (C7.1) from a terminal."""

from __future__ import annotations

import json

import typer

from rebond.cli import setup

stories_app = typer.Typer(name="stories", help="Your STAR+ story bank.", no_args_is_help=True)


@stories_app.command("check")
def check(as_json: bool = typer.Option(False, "--json", help="JSON output.")) -> None:
    """Check every story (missing parts, figures, vague verbs, length) and the bank's size."""
    user = setup.person()
    from rebond.prep.services import stories

    report = stories.lint(user)
    if as_json:
        setup.out(json.dumps(report, ensure_ascii=False))
        return
    low, high = report["target"]
    setup.out(f"{report['count']} stories (target {low}-{high}).")
    if report["missing"]:
        setup.out(f"Write {report['missing']} more to cover the usual questions.")
    if report["themes_without_story"]:
        setup.out("Themes without a story: " + ", ".join(report["themes_without_story"]))
    for story in report["stories"]:
        problems = [f"missing {part}" for part in story["missing_parts"]]
        if not story["result_has_figure"]:
            problems.append("result without a figure")
        problems += [f"vague: {expression}" for expression in story["vague_verbs"]]
        low_s, high_s = story["window_seconds"]
        if not low_s <= story["total_seconds"] <= high_s:
            problems.append(f"{story['total_seconds']:.0f} s aloud (aim {low_s:.0f}-{high_s:.0f})")
        verdict = "ok" if story["ok"] else "; ".join(problems)
        setup.out(f"#{story['id']} {story['title']}: {verdict}")
    if any(not story["ok"] for story in report["stories"]) or report["missing"]:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.add_typer(stories_app)
