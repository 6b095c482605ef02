"""Server-rendered charts that a screen reader, a phone and a PDF can read too.

Bars side by side over time (`bars`) and lines (`timeline`) are SVG (pygal) with a <title> and
<desc> (`role="img"`, `aria-labelledby`). Ranked horizontal bars (`hbars`: the funnel, recurring
feedback, plan progress) are plain HTML: each row's label on its own line, a bar whose width is
its share of the largest value, and the value written after it, so a long label never squeezes
the bars away and the text stays at the page's size at 390 px as in the PDF. Every chart also
carries its numbers as a plain table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.utils.safestring import SafeString

from rebond.web.charts import accessible_svg, chart_style, xml_text


@dataclass(frozen=True)
class Bar:
    """One row of an HTML bar chart: `label` shown, `full` the whole text when the label is
    shortened (a tooltip and the table hold it), `percent` the bar's width (0–100)."""

    label: str
    value: str
    percent: float
    full: str = ""


@dataclass(frozen=True)
class Chart:
    title: str
    description: str
    svg: SafeString | str
    headers: Sequence[str]
    rows: Sequence[Sequence[object]] = field(default_factory=list)
    bars: Sequence[Bar] = ()


def short_label(text: str, limit: int = 42) -> str:
    """`text` cut at a word boundary to at most `limit` characters, with an ellipsis when cut.

    >>> short_label("Vos réponses étaient trop longues et se perdaient dans les détails.")
    'Vos réponses étaient trop longues et se…'
    >>> short_label("Pitch trop long."), short_label("Anticonstitutionnellement", 10)
    ('Pitch trop long', 'Anticonst…')
    """
    clean = " ".join(text.split()).rstrip(" .;:!?")
    if len(clean) <= limit:
        return clean
    cut = clean[: limit - 1]
    if " " in cut and clean[limit - 1] != " ":
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:—–-") + "…"


def hbars(
    title: str,
    description: str,
    labels: Sequence[str],
    values: Sequence[float],
    headers: Sequence[str],
    *,
    value_texts: Sequence[str] | None = None,
    scale_max: float | None = None,
    shorten: int | None = None,
) -> Chart:
    """Ranked horizontal bars as HTML, top to bottom in the order given.

    `scale_max` is the value of a full bar (100 for percentages; the largest value otherwise);
    `shorten` cuts labels to that many characters (the table keeps the whole text).
    """
    texts = list(value_texts) if value_texts is not None else [f"{v:g}" for v in values]
    top = scale_max if scale_max is not None else max(values, default=0)
    bars = []
    for label, value, text in zip(labels, values, texts, strict=True):
        shown = short_label(label, shorten) if shorten else label
        width = round(100 * value / top, 1) if top else 0.0
        bars.append(Bar(shown, text, min(100.0, width), label if shown != label else ""))
    rows = [(label, text) for label, text in zip(labels, texts, strict=True)]
    return Chart(title, description, "", headers, rows, bars)


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


# The SVG's own size: about a phone's column, so that scaled to 390 px its 13 px text stays
# legible (CSS caps its width on wider screens rather than blowing the text up).
SVG_WIDTH, SVG_HEIGHT, SVG_FONT = 420, 270, 13


def _config(kind: str, **options: object) -> Any:
    import pygal

    settings: dict[str, object] = {
        "style": chart_style(SVG_FONT),
        "js": [],  # no script from a CDN: the chart is plain SVG
        "disable_xml_declaration": True,
        "show_legend": False,
        "width": SVG_WIDTH,
        "height": SVG_HEIGHT,
        "margin": 10,
        "print_values": False,
        **options,
    }
    return getattr(pygal, kind)(**settings)


def bars(
    title: str,
    description: str,
    labels: Sequence[str],
    values: Sequence[float],
    headers: Sequence[str],
    *,
    horizontal: bool = False,
    value_format: str = "{:g}",
    max_labels: int = 7,
    ticks: Sequence[float] | None = None,
    axis_labels: Sequence[str] | None = None,
) -> Chart:
    """Bars as SVG, each with its value written above it (zeros left blank); `axis_labels`
    are shorter names for the axis than the table's `labels` (a day without its year)."""
    options: dict[str, object] = {
        "x_label_rotation": 0 if horizontal else 30,
        "truncate_label": -1,
        "print_values": True,
        "print_zeroes": False,
        "print_values_position": "top",
    }
    if not horizontal and len(labels) > max_labels:
        options["show_minor_x_labels"] = False
    chart = _config("HorizontalBar" if horizontal else "Bar", **options)
    table_labels = labels
    if axis_labels is not None:
        labels = axis_labels
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
    chart.add(
        title,
        [{"value": v, "label": value_format.format(v)} for _l, v in shown],
        formatter=lambda v: value_format.format(v),
    )
    rows = [(label, value_format.format(v)) for label, v in zip(table_labels, values, strict=True)]
    return Chart(title, description, _render(chart, title, description), headers, rows)


def timeline(
    title: str,
    description: str,
    points: Sequence[tuple[date, float]],
    headers: Sequence[str],
    *,
    day_label: Callable[[date], str],
    range_: tuple[float, float] | None = None,
    axis_day_label: Callable[[date], str] | None = None,
) -> Chart:
    """A value over time, the x axis proportional to the days between points; the axis may
    name days more briefly (`axis_day_label`, a day without its year) than the table."""
    options: dict[str, object] = {
        "x_label_rotation": 30,
        "x_value_formatter": axis_day_label or day_label,
    }
    if range_:
        options["range"] = range_
        options["y_labels"] = list(range(int(range_[0]), int(range_[1]) + 1, 2))
    chart = _config("DateLine", **options)
    title, description = xml_text(title), xml_text(description)
    chart.add(title, [(day, value) for day, value in points])
    rows = [(day_label(day), f"{value:g}") for day, value in points]
    return Chart(title, description, _render(chart, title, description), headers, rows)
