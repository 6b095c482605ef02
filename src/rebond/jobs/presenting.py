"""What the board and the applications list show of each application, computed in Python.

Their templates used to reach into model instances: every `{{ application.x }}` tries a dict
lookup first (an exception on a model), a `{% url %}` or `get_absolute_url` per row is one
`reverse()` each, and the move-stage <select> of each board tile was a template loop over the
stages. Here each row is a plain dict of ready strings, URLs are reversed once per request for
all rows, and each stage's <option> list is written once per request and shared by its tiles.
Nothing is kept between requests (the language, the script prefix and the data may change).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from django.utils.formats import date_format
from django.utils.html import format_html_join
from django.utils.safestring import SafeString

from rebond.jobs.choices import Stage
from rebond.jobs.models import Application
from rebond.web.links import PkUrl


class _ShortDates:
    """date|date:"SHORT_DATE_FORMAT" in the active language, each distinct day formatted once."""

    def __init__(self) -> None:
        self._done: dict[date, str] = {}

    def __call__(self, day: date) -> str:
        text = self._done.get(day)
        if text is None:
            text = self._done[day] = date_format(day, "SHORT_DATE_FORMAT")
        return text


def list_rows(applications: Iterable[Application]) -> list[dict[str, Any]]:
    """One row of the applications table per application (company selected with it)."""
    application_url, company_url = PkUrl("jobs:application"), PkUrl("jobs:company")
    short_date = _ShortDates()
    return [
        {
            "url": application_url(a.pk),
            "role": a.role,
            "company_url": company_url(a.company_id),
            "company": a.company.name,
            "stage": a.stage,
            "stage_label": a.get_stage_display(),
            "furthest_label": a.get_furthest_stage_display(),
            "channel_label": a.get_channel_display(),
            "applied_on": short_date(a.applied_on),
        }
        for a in applications
    ]


def _stage_options(choices: list[tuple[str, Any]], selected: str) -> SafeString:
    """The <option> elements of the move-stage select, `selected` marked (board markup)."""
    return format_html_join(
        "",
        '<option value="{}"{}>{}</option>',
        ((value, " selected" if value == selected else "", label) for value, label in choices),
    )


def board_columns(columns: Iterable[Any], move_choices: list[tuple[str, Any]]) -> list[dict]:
    """The board's columns (services.board) as dicts, with one tile dict per application shown.

    An open application's tile has its move form: the form's URL and the <option>s of the
    stages it can move to, its current stage selected (written once per stage, not per tile).
    """
    application_url, move_url = PkUrl("jobs:application"), PkUrl("jobs:move")
    options: dict[str, SafeString] = {}
    closed = {stage.value for stage in Stage.closed()}
    result = []
    for column in columns:
        tiles = []
        for a in column.applications:
            tile = {
                "pk": a.pk,
                "url": application_url(a.pk),
                "role": a.role,
                "company": a.company.name,
                "reached": "",
                "move_url": "",
                "options": "",
            }
            if a.stage in closed:
                if a.furthest_stage != Stage.APPLIED:
                    tile["reached"] = a.get_furthest_stage_display()
            else:
                tile["move_url"] = move_url(a.pk)
                if a.stage not in options:
                    options[a.stage] = _stage_options(move_choices, a.stage)
                tile["options"] = options[a.stage]
            tiles.append(tile)
        result.append(
            {
                "stage": column.stage,
                "value": column.stage.value,
                "label": column.stage.label,
                "count": column.count,
                "more": column.count > len(tiles),
                "tiles": tiles,
            }
        )
    return result
