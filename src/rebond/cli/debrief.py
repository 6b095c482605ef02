"""`rebond analyze thoughts`, `rebond debrief ID`, `rebond mood LEVEL EMOTION` (C2, C4).

Only Typer and the standard library at module level; `analyze thoughts` never sets Django up.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from rebond.cli import setup
from rebond.cli.setup import gettext as _

if TYPE_CHECKING:  # type names only: Django is not imported at start-up
    from rebond.debrief.services.flow import Summary


def analyze_thoughts(
    file: Path = typer.Argument(None, help="One thought per line; '-' or nothing: stdin."),
    lang: setup.LangChoice = typer.Option(setup.LangChoice.auto, "--lang", help="auto, fr or en."),
) -> None:
    """Spot cognitive distortions, one JSON object per input line, in order (JSON Lines).

    A line that suggests self-harm is not analysed; where to find help is written on stderr.
    """
    lines = setup.read_text_input(file).splitlines()
    if not lines:
        setup.fail("no input: give a file or pipe one thought per line.")
    from rebond.method.thoughts import analyze_many

    results = analyze_many(lines, None if lang == setup.LangChoice.auto else lang.value)
    rows = (
        {
            "text": r.text,
            "lang": r.lang,
            "distorted": r.distorted,
            "distortions": r.distortions,
            "reformulation": r.reformulation,
        }
        for r in results
    )
    sys.stdout.write("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows))
    crisis = next((r for r in results if r.crisis), None)
    if crisis is not None:
        _help_on_stderr(crisis.lang)


def _help_on_stderr(lang: str) -> None:
    from rebond.method.safety import help_message

    message = help_message(lang)  # type: ignore[arg-type]
    lines = [message.title, message.body]
    lines += [f"  {h.number}  {h.name} ({h.hours})" for h in message.helplines]
    lines.append(message.emergency)
    typer.echo("\n".join(lines), err=True)


def debrief(
    application_id: int = typer.Argument(..., help="The application whose debrief to print."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
) -> None:
    """Print the debrief summary of an application: lessons, hypotheses, actions."""
    user = setup.person()
    from rebond.accounts.language import playbook_lang
    from rebond.debrief.models import Debrief
    from rebond.debrief.services import flow

    found = Debrief.objects.for_user(user).filter(application_id=application_id).first()
    if found is None:
        setup.fail(_("no debrief for application #%(id)s.") % {"id": application_id})
    summary = flow.summary(found, playbook_lang(user))
    if as_json:
        from dataclasses import asdict

        setup.out(json.dumps(asdict(summary), ensure_ascii=False, default=str))
        return
    setup.say(_text(summary))


def _text(s: Summary) -> str:
    """The summary in the language spoken (`setup.person` chose it)."""
    from rebond.debrief.choices import Control, Nature

    controls, natures = dict(Control.choices), dict(Nature.choices)
    started = setup.day(s.started_at)
    parts = [
        _("%(application)s  (debrief #%(id)s, %(day)s)")
        % {"application": s.application, "id": s.debrief_id, "day": started}
    ]
    causes = [
        f"{c['text']} [{controls.get(c['control'], c['control'])}, "
        f"{natures.get(c['nature'], c['nature'])}]"
        for c in s.causes
    ]
    sections = (
        (_("What I learned"), s.lessons + [v for v in (s.reset["fact"],) if v]),
        (_("Hypotheses to test"), s.hypotheses),
        (_("Facts"), s.facts),
        (_("Causes"), causes),
        (_("Actions"), [f"{setup.day(a['due_on'])}  {a['title']}" for a in s.actions]),
    )
    for title, items in sections:
        parts.append("\n" + _("%(title)s:") % {"title": title})
        parts += [f"  - {item}" for item in items] or ["  –"]
    if not s.finished:
        parts.append("\n" + _("In progress: resume it in the web app."))
    return "\n".join(parts)


def mood(
    level: int = typer.Argument(..., min=0, max=10, help="Overall mood, 0 (low) to 10 (high)."),
    emotion: str = typer.Argument(..., help="An emotion (anger, déception…) or your own word."),
    intensity: int = typer.Option(None, "--intensity", min=0, max=10, help="0 to 10."),
) -> None:
    """Log a mood check-in; prints a soothing action when the emotion is in the playbook."""
    user = setup.person()
    from rebond.accounts.language import playbook_lang
    from rebond.debrief.services import journal
    from rebond.method.debrief import emotions

    checkin = journal.log_mood(
        user, mood=level, emotion=emotion, intensity=intensity, lang=playbook_lang(user)
    )
    names = {e.key: e.name for e in emotions(playbook_lang(user))}
    name = names.get(checkin.emotion, checkin.emotion)
    felt = name[:1].lower() + name[1:] if name else checkin.emotion_words  # mid-sentence
    setup.say(
        _("Logged: mood %(level)s/10, %(emotion)s.")
        % {"level": setup.number(level), "emotion": felt}
    )
    if checkin.soothing_action:
        setup.say(checkin.soothing_action)


def register(app: typer.Typer) -> None:
    app.command("debrief")(debrief)
    app.command("mood")(mood)
