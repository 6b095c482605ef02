"""`rebond analyze …`: text analyses that never set Django up (other analyses join this group).

Keep this module light: only Typer and the standard library at module level; each command
imports the `rebond.method` modules it needs when it runs.
"""

from __future__ import annotations

import json
from pathlib import Path

import typer

from rebond.cli import debrief, feedback, setup

analyze_app = typer.Typer(
    name="analyze",
    help="Analyse a text without touching your data (no database, no server).",
    no_args_is_help=True,
)


@analyze_app.command("transcript")
def transcript(
    file: Path = typer.Argument(..., help="A WebVTT (.vtt), SRT (.srt) or plain-text transcript."),
    interviewer: str = typer.Option(
        "", "--interviewer", help="The interviewer's speaker name; everyone else is you."
    ),
    me: str = typer.Option("", "--me", help="Your speaker name; everyone else asks."),
) -> None:
    """Speech metrics of a mock interview: pace, fillers, answer lengths, silences (JSON)."""
    try:
        text = file.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        setup.fail(f"{file}: no such file.")
    except UnicodeDecodeError:
        text = file.read_bytes().decode("cp1252", errors="replace")
    except OSError as exc:
        setup.fail(f"{file}: {exc.strerror or exc}")
    from rebond.method.speech.metrics import analyze
    from rebond.method.speech.speakers import SpeakersUnclear, attribute
    from rebond.method.speech.transcript import parse

    parsed = parse(text)
    if not parsed.cues:
        setup.fail(f"{file}: no speech found.")
    try:
        who = attribute(parsed, interviewer or None, me or None)
    except SpeakersUnclear as exc:
        setup.fail(f"{file}: {exc} Use --me NAME (or --interviewer NAME).")
    report = analyze(parsed, interviewer=who.interviewer or "", me=who.me)
    if not report.words:
        named = ", ".join(sorted({c.speaker for c in parsed.cues if c.speaker})) or "none"
        setup.fail(
            f"{file}: none of the speech is yours as read (speakers: {named}; "
            f"{'you: ' + who.me if who.me else 'interviewer: ' + str(who.interviewer)}). "
            "Use --me NAME to say which speaker you are."
        )
    setup.out(json.dumps({**report.to_dict(), "attribution": vars(who)}, ensure_ascii=False))


# `rebond analyze feedback` lives with the feedback loop's other commands.
analyze_app.command("feedback")(feedback.analyze_feedback)
# `rebond analyze thoughts` lives with the debrief's other commands.
analyze_app.command("thoughts")(debrief.analyze_thoughts)


def register(app: typer.Typer) -> None:
    app.add_typer(analyze_app)
