"""A job ad read from its web page (C1.1): title, company, place, date and the ad's own text.

In order of trust: schema.org `JobPosting` in JSON-LD (what job boards and career sites publish
for search engines; several blocks, `@graph` and lists are searched, breadcrumbs and the like
skipped), then OpenGraph tags, then the page's main text without navigation, headers, footers,
asides, forms, scripts and cookie banners. Pure: the page's HTML comes in, nothing is fetched.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from typing import Any

from rebond.method.text.html import html_to_text

MAX_DESCRIPTION = 20_000
# Parts of a page that are never the ad (and what a cookie banner or a "similar jobs" list
# usually sits in).
_NOT_THE_AD = frozenset(
    {"script", "style", "head", "title", "nav", "header", "footer", "aside", "form", "noscript",
     "svg", "button", "iframe", "template"}
)  # fmt: skip
_BANNER = re.compile(r"cookie|consent|gdpr|rgpd|banner|similar|related|recommend|newsletter", re.I)


@dataclass(frozen=True)
class JobAd:
    title: str
    company: str
    location: str
    date_posted: date | None
    description: str
    source: str  # "json-ld", "opengraph" or "page"


class _PageReader(HTMLParser):
    """JSON-LD blocks, meta tags and the page's title, in one pass."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ld: list[str] = []
        self.meta: dict[str, str] = {}
        self.title = ""
        self._in_ld = False
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k.lower(): (v or "") for k, v in attrs}
        if tag == "script" and found.get("type", "").lower() == "application/ld+json":
            self._in_ld = True
            self.ld.append("")
        elif tag == "meta":
            key = found.get("property") or found.get("name") or ""
            if key and "content" in found:
                self.meta.setdefault(key.lower(), found["content"].strip())
        elif tag == "title":
            self._in_title = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_ld = False
        elif tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_ld:
            self.ld[-1] += data
        elif self._in_title:
            self.title += data


class _MainText(HTMLParser):
    """The page's text outside navigation, banners and the like; `<main>`/`<article>` when the
    page has one."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.everything: list[str] = []
        self.main: list[str] = []
        self._skipping: list[str] = []
        self._in_main = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        marks = " ".join(v or "" for k, v in attrs if k in ("id", "class", "role", "aria-label"))
        if self._skipping or tag in _NOT_THE_AD or (marks and _BANNER.search(marks)):
            if tag not in ("br", "img", "input", "meta", "link", "hr"):
                self._skipping.append(tag)
            return
        if tag in ("main", "article"):
            self._in_main += 1
        if tag in ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "tr", "section"):
            self._add("\n- " if tag == "li" else "\n")

    def handle_endtag(self, tag: str) -> None:
        if self._skipping:
            if self._skipping[-1] == tag:
                self._skipping.pop()
            return
        if tag in ("main", "article"):
            self._in_main = max(0, self._in_main - 1)
        if tag in ("p", "div", "li", "h1", "h2", "h3", "h4", "tr", "section"):
            self._add("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._add(re.sub(r"\s+", " ", data))

    def _add(self, text: str) -> None:
        self.everything.append(text)
        if self._in_main:
            self.main.append(text)

    def text(self) -> str:
        raw = "".join(self.main) if "".join(self.main).strip() else "".join(self.everything)
        return "\n".join(line.strip() for line in raw.split("\n") if line.strip())


def _ld_items(value: Any) -> list[dict[str, Any]]:
    """Every object of a JSON-LD document, nested `@graph` and lists included."""
    if isinstance(value, list):
        return [item for v in value for item in _ld_items(v)]
    if isinstance(value, dict):
        return [value, *_ld_items(value.get("@graph", []))]
    return []


def _is_posting(item: dict[str, Any]) -> bool:
    kind = item.get("@type", "")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(str(k).rsplit("/", 1)[-1] == "JobPosting" for k in kinds)


def _text(value: Any) -> str:
    """A JSON-LD value as clean text: HTML unescaped (sites escape it twice) and flattened."""
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or ""
    if isinstance(value, list):
        return ", ".join(t for t in (_text(v) for v in value) if t)
    text = str(value or "")
    for _ in range(2):  # "&amp;lt;p&amp;gt;" and "&lt;p&gt;" alike
        if "&" not in text:
            break
        text = html.unescape(text)
    return html_to_text(text) if "<" in text else " ".join(text.split())


def _place(posting: dict[str, Any]) -> str:
    places = posting.get("jobLocation") or []
    found = []
    for place in places if isinstance(places, list) else [places]:
        address = place.get("address", place) if isinstance(place, dict) else place
        if isinstance(address, dict):
            parts = [address.get(k) for k in ("addressLocality", "addressRegion", "addressCountry")]
            found.append(", ".join(_text(p) for p in parts if p and _text(p)))
        elif address:
            found.append(_text(address))
    if not any(found) and str(posting.get("jobLocationType", "")).upper() == "TELECOMMUTE":
        found.append("Remote")
    return "; ".join(dict.fromkeys(f for f in found if f))


def _day(value: Any) -> date | None:
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(value or ""))
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _from_json_ld(blocks: list[str]) -> JobAd | None:
    for block in blocks:
        cleaned = block.strip().removeprefix("<!--").removesuffix("-->").strip()
        try:
            document = json.loads(cleaned, strict=False)
        except ValueError:
            continue
        for item in _ld_items(document):
            if _is_posting(item) and _text(item.get("title")):
                organisation = item.get("hiringOrganization") or {}
                return JobAd(
                    title=_text(item.get("title"))[:200],
                    company=_text(organisation)[:200],
                    location=_place(item)[:200],
                    date_posted=_day(item.get("datePosted")),
                    description=_text(item.get("description"))[:MAX_DESCRIPTION],
                    source="json-ld",
                )
    return None


def read_job_page(page: str) -> JobAd | None:
    """The job ad a page holds, or None when it holds none that can be told.

    >>> page = '''<html><head><script type="application/ld+json">
    ... [{"@type": "BreadcrumbList", "itemListElement": []},
    ...  {"@context": "https://schema.org", "@type": "JobPosting", "title": "Data analyst",
    ...   "hiringOrganization": {"@type": "Organization", "name": "Qonto"},
    ...   "jobLocation": {"@type": "Place", "address": {"addressLocality": "Paris"}},
    ...   "datePosted": "2026-11-30",
    ...   "description": "&lt;p&gt;Vous rejoignez l&amp;#39;équipe Data.&lt;/p&gt;"}]
    ... </script></head><body><nav>Offres similaires</nav></body></html>'''
    >>> ad = read_job_page(page)
    >>> ad.title, ad.company, ad.location, ad.date_posted.isoformat(), ad.description
    ('Data analyst', 'Qonto', 'Paris', '2026-11-30', "Vous rejoignez l'équipe Data.")
    """
    reader = _PageReader()
    reader.feed(page)
    reader.close()
    posting = _from_json_ld(reader.ld)
    if posting is not None:
        return posting
    main = _MainText()
    main.feed(page)
    main.close()
    body = main.text()[:MAX_DESCRIPTION]
    og_title = reader.meta.get("og:title", "")
    if og_title:
        return JobAd(
            title=og_title[:200],
            company=reader.meta.get("og:site_name", "")[:200],
            location="",
            date_posted=None,
            description=body or reader.meta.get("og:description", ""),
            source="opengraph",
        )
    title = " ".join(reader.title.split())
    if title and len(body.split()) >= 40:
        return JobAd(title[:200], "", "", None, body, "page")
    return None
