"""Progress across mock interviews as a server-rendered SVG (pygal), readable without sight:
the SVG has a <title> and <desc>, and the page shows the same numbers as a table."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.formats import date_format
from django.utils.safestring import SafeString
from django.utils.timezone import localtime
from django.utils.translation import gettext as _

from rebond.prep.services.mocks import ProgressPoint
from rebond.web.charts import accessible_svg, chart_style


@dataclass(frozen=True)
class ProgressChart:
    title: str
    description: str
    svg: SafeString


def progress_chart(points: Sequence[ProgressPoint]) -> ProgressChart | None:
    """Words per minute and fillers per minute, session after session (timed sessions only)."""
    timed = [p for p in points if p.wpm is not None]
    if len(timed) < 2:
        return None
    import pygal

    title = _("Pace and filler words across mock interviews")
    first, last = timed[0], timed[-1]
    description = _(
        "%(n)s sessions. Words per minute went from %(w1)s to %(w2)s; "
        "filler words per minute from %(f1)s to %(f2)s."
    ) % {
        "n": len(timed),
        "w1": first.wpm,
        "w2": last.wpm,
        "f1": first.fillers_per_minute,
        "f2": last.fillers_per_minute,
    }
    chart = pygal.Line(
        style=chart_style(15),
        height=340,
        width=560,
        range=(0, max(p.wpm or 0 for p in timed) * 1.2),
        show_dots=True,
        legend_at_bottom=True,
        secondary_range=(0, max(10.0, *(p.fillers_per_minute or 0 for p in timed))),
        disable_xml_declaration=True,
        js=[],
    )
    chart.x_labels = [date_format(localtime(p.session.held_at), "SHORT_DATE_FORMAT") for p in timed]
    chart.add(_("Words per minute"), [p.wpm for p in timed])
    chart.add(_("Filler words per minute"), [p.fillers_per_minute for p in timed], secondary=True)
    return ProgressChart(
        title, description, accessible_svg(chart.render(), title, description, "prep-chart")
    )
