"""What every server-rendered chart (pygal SVG) shares: the look, and the markup that lets a
screen reader, a PDF and a strict Content Security Policy read it.

`insights.charts` (dashboard, reports) and `prep.charts` (mock-interview progress) build their
charts with these two functions."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Any

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

PALETTE = ("#2f6f6a", "#8a4b00", "#5b6573", "#a12a2a", "#2d6a2d")
_ids = itertools.count(1)
_SCRIPT = re.compile(r"<script\b.*?</script>", re.DOTALL)


# Characters XML 1.0 cannot hold (a stored text may carry one: a bell from a paste, a NUL).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")


def xml_text(text: str) -> str:
    """`text` without the characters an SVG (XML) cannot hold: a chart never fails on data.

    >>> xml_text("Trop long\x07 sur le pitch")
    'Trop long sur le pitch'
    """
    return _NOT_XML.sub("", text)


def chart_style(font_size: int = 12, colors: Sequence[str] = PALETTE) -> Any:
    """The app's chart style; `font_size` for the labels (titles and legends a little larger)."""
    from pygal.style import Style  # pygal is untyped, and loaded only when a chart is drawn

    return Style(
        background="transparent",
        plot_background="transparent",
        foreground="#1f2a37",
        foreground_strong="#1f2a37",
        foreground_subtle="#d9dee5",
        colors=tuple(colors),
        font_family='system-ui, "DejaVu Sans", sans-serif',
        label_font_size=font_size,
        major_label_font_size=font_size,
        value_font_size=font_size,
        legend_font_size=font_size + 1,
        title_font_size=font_size + 2,
    )


def accessible_svg(svg: str, title: str, description: str, prefix: str = "chart") -> SafeString:
    """pygal's SVG with `role="img"`, a <title> and a <desc> it is labelled by (ids unique in
    the page), and without the inline script pygal embeds (the chart never needs it)."""
    number = next(_ids)
    title_id, desc_id = f"{prefix}-title-{number}", f"{prefix}-desc-{number}"
    head, _sep, rest = svg.partition(">")
    opening = (
        f'{head} role="img" aria-labelledby="{title_id} {desc_id}" '
        f'preserveAspectRatio="xMidYMid meet">'
        f'<title id="{title_id}">{escape(title)}</title>'
        f'<desc id="{desc_id}">{escape(description)}</desc>'
    )
    # pygal's own markup; our text is escaped above.
    return mark_safe(_SCRIPT.sub("", opening + rest))
