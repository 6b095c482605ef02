"""A PDF of a print page (WeasyPrint), for the reports that offer one.

WeasyPrint is imported only when a PDF is asked for. The page must embed everything it shows
(inline SVG, the site's own style sheets named here): any other fetch is refused, so no text in
a person's data can make the PDF engine read a file or a URL.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from rebond.method.errors import ServiceError
from rebond.web import typography


def pdf(html: str, sheets: Sequence[str] = ("rebond",)) -> bytes:
    """`html` as a PDF, styled by the site's `static/rebond/<sheet>.css` files."""
    from django.contrib.staticfiles import finders
    from weasyprint import CSS, HTML

    # The shared stylesheet holds screen-only rules WeasyPrint skips; its warnings are noise.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    styles = [CSS(filename=finders.find(f"rebond/{name}.css")) for name in sheets]
    page = typography.html(html)  # rendered outside a response: no middleware saw it
    return HTML(string=page, url_fetcher=_refuse).write_pdf(stylesheets=styles)


def _refuse(url: str, *args: object, **kwargs: object) -> dict[str, object]:
    raise ServiceError(f"a PDF loads no external resource ({url[:40]})")
