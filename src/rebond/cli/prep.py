"""`rebond stories check`: lint the STAR+ story bank (C7.1) from a terminal."""

from __future__ import annotations

import json

import typer

from rebond.cli import setup
from rebond.cli.setup import gettext as _
from rebond.cli.setup import ngettext

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
    count = ngettext("%(n)s story", "%(n)s stories", report["count"]) % {"n": report["count"]}
    target = _("target: %(low)s to %(high)s reusable stories") % {"low": low, "high": high}
    setup.say(f"{count} ({target}).")
    if report["missing"]:
        setup.say(
            ngettext(
                "Write %(n)s more story to cover the usual questions.",
                "Write %(n)s more stories to cover the usual questions.",
                report["missing"],
            )
            % {"n": report["missing"]}
        )
    if report["themes_without_story"]:
        themes = ", ".join(report["themes_without_story"])
        setup.say(_("Themes no story covers yet:") + " " + themes)
    parts = {
        "situation": _("Situation"),
        "task": _("Task"),
        "actions": _("Actions"),
        "result": _("Result"),
        "learnings": _("Learnings"),
        "transfer": _("Transfer"),
    }
    for story in report["stories"]:
        problems = [
            _("missing: %(part)s") % {"part": parts.get(part, part)}
            for part in story["missing_parts"]
        ]
        if not story["result_has_figure"]:
            problems.append(_("result without a figure"))
        problems += [
            _("vague: %(words)s") % {"words": expression} for expression in story["vague_verbs"]
        ]
        low_s, high_s = story["window_seconds"]
        if not low_s <= story["total_seconds"] <= high_s:
            problems.append(
                _("%(seconds)s s aloud (aim for %(low)s–%(high)s s)")
                % {
                    "seconds": setup.number(story["total_seconds"], 0),
                    "low": setup.number(low_s, 0),
                    "high": setup.number(high_s, 0),
                }
            )
        verdict = _("ok") if story["ok"] else "; ".join(problems)
        setup.say(f"#{story['id']} {story['title']}: {verdict}")
    if any(not story["ok"] for story in report["stories"]) or report["missing"]:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.add_typer(stories_app)
