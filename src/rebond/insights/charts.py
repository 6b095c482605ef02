"""Server-rendered SVG charts (pygal) that a screen reader and a PDF can read too.

Each chart carries a <title> and <desc> (`role="img"`, `aria-labelledby`) and the same numbers
as a plain table, so the page works without JavaScript, in print and in WeasyPrint's PDF.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.utils.safestring import SafeString

from rebond.web.charts import accessible_svg, chart_style, xml_text


@dataclass(frozen=True)
class Chart:
    title: str
    description: str
    svg: SafeString
    headers: Sequence[str]
    rows: Sequence[Sequence[object]] = field(default_factory=list)


def nice_step(raw: float) -> int:
    """The smallest whole step of 1, 2 or 5 times a power of ten that is at least `raw`:
    ticks read 0, 200, 400… rather than 0, 177, 354…

    >>> nice_step(0.4), nice_step(3), nice_step(177), nice_step(625)
    (1, 5, 200, 1000)
    """
    power = 1
    while True:
        for factor in (1, 2, 5):
            if factor * power >= raw:
                return factor * power
        power *= 10


def _render(chart: object, title: str, description: str) -> SafeString:
    svg = chart.render(is_unicode=True)  # type: ignore[attr-defined]
    return accessible_svg(svg, title, description)


def _config(kind: str, **options: object) -> Any:
    import pygal

    return getattr(pygal, kind)(
        style=chart_style(12),
        js=[],  # no script from a CDN: the chart is plain SVG
        disable_xml_declaration=True,
        show_legend=False,
        width=640,
        height=300,
        margin=12,
        print_values=False,
        **options,
    )


def bars(
    title: str,
    description: str,
    labels: Sequence[str],
    values: Sequence[float],
    headers: Sequence[str],
    *,
    horizontal: bool = False,
    value_format: str = "{:g}",
    max_labels: int = 14,
    ticks: Sequence[float] | None = None,
) -> Chart:
    options: dict[str, object] = {"x_label_rotation": 0 if horizontal else 30, "truncate_label": -1}
    if not horizontal and len(labels) > max_labels:
        options["show_minor_x_labels"] = False
    chart = _config("HorizontalBar" if horizontal else "Bar", **options)
    # pygal draws horizontal bars bottom-up; reverse them so the list reads top-down like the
    # table (a funnel starts at the top).
    shown = list(zip(labels, values, strict=True))
    if horizontal:
        shown.reverse()
    labels = [xml_text(label) for label in labels]
    shown = [(xml_text(label), v) for label, v in shown]
    title, description = xml_text(title), xml_text(description)
    chart.x_labels = [label for label, _v in shown]
    if "show_minor_x_labels" in options:
        step = -(-len(labels) // max_labels)
        chart.x_labels_major = list(labels)[::step]
    if ticks is not None:
        chart.y_labels = list(ticks)
    elif values and all(float(v).is_integer() for v in values):
        # Counts: whole-number ticks, never "0.5 applications".
        step = nice_step(int(max(values)) / 8)
        chart.y_labels = list(range(0, int(max(values)) + step + 1, step))
    chart.add(title, [{"value": v, "label": value_format.format(v)} for _l, v in shown])
    rows = [(label, value_format.format(v)) for label, v in zip(labels, values, strict=True)]
    return Chart(title, description, _render(chart, title, description), headers, rows)


def timeline(
    title: str,
    description: str,
    points: Sequence[tuple[date, float]],
    headers: Sequence[str],
    *,
    day_label: Callable[[date], str],
    range_: tuple[float, float] | None = None,
) -> Chart:
    """A value over time, the x axis proportional to the days between points."""
    options: dict[str, object] = {"x_label_rotation": 30, "x_value_formatter": day_label}
    if range_:
        options["range"] = range_
        options["y_labels"] = list(range(int(range_[0]), int(range_[1]) + 1, 2))
    chart = _config("DateLine", **options)
    title, description = xml_text(title), xml_text(description)
    chart.add(title, [(day, value) for day, value in points])
    rows = [(day_label(day), f"{value:g}") for day, value in points]
    return Chart(title, description, _render(chart, title, description), headers, rows)
