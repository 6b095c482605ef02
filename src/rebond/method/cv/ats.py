"""ATS readability report of an extracted CV: what a tracking system would miss, and why (C8.1).

Each `Finding` says what was seen, where, why it matters and how to fix it, in the playbook's
words for the user's language. Findings come ordered by severity, then document order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rebond.method.cv.config import ats_limits, cities, finding_text
from rebond.method.cv.extract import ExtractedDocument, Line
from rebond.method.cv.sections import Section, experience_starts, order_breaks, split_sections
from rebond.method.text.language import Lang, detect, fold

EXPECTED_SECTIONS = ("experience", "education", "skills")
_SEVERITY_RANK = {"high": 0, "medium": 1, "low": 2}

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.IGNORECASE)
PHONE = re.compile(
    r"(?<![\d])(?:"
    r"(?:\+33\s?\(?0?\)?\s?|0)[1-9](?:[\s.-]?\d{2}){4}"  # French: 06 12 34 56 78, +33 6 ...
    r"|\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}"  # international: +44 20 7946 0958
    r"|\(\d{3}\)\s?\d{3}[\s.-]\d{4}"  # North American: (415) 555-0134
    r"|\d{3}[.-]\d{3}[.-]\d{4}"
    r")(?![\d])"
)
POSTCODE_CITY = re.compile(r"\b\d{5}\s+[A-ZÉ][\w\-' ]+")
CITY_COUNTRY = re.compile(r"\b[A-Z][a-zé\-]+(?:\s[A-Z][a-zé\-]+)?,\s?(?:[A-Z]{2}|[A-Z][a-z]+)\b")


@dataclass(frozen=True)
class Finding:
    """One readability problem: stable `code`, `severity` high/medium/low, and its texts."""

    code: str
    severity: str
    what: str
    where: str
    why: str
    fix: str


def _finding(lang: Lang, code: str, location: str = "", **values: object) -> Finding:
    text = finding_text(lang, code)
    return Finding(
        code,
        text.severity,
        text.what.format(**values),
        location,
        text.why,
        text.fix.format(**values),
    )


def ats_report(doc: ExtractedDocument, lang: Lang | None = None) -> list[Finding]:
    """Readability findings for a CV; `lang` picks the wording (detected from the CV if None).

    >>> from rebond.method.cv.extract import extract_text
    >>> cv = "Jo Doe\\njo@example.com\\nExperience\\nDev, Acme, 2019 - 2021\\nDev, Beta, 2022 - Now"
    >>> [f.code for f in ats_report(extract_text(cv.encode(), "cv.txt"), "en")]
    ['section_titles', 'contact_phone', 'dates_order', 'contact_city']
    """
    lang = lang or detect(doc.text, default="fr")
    sections = split_sections(doc.lines)
    findings = (
        _layout_findings(doc, lang)
        + _section_findings(sections, lang)
        + _contact_findings(doc, sections, lang)
        + _date_findings(sections, lang)
        + _file_findings(doc, lang)
    )
    return sorted(findings, key=lambda f: _SEVERITY_RANK[f.severity])


def _layout_findings(doc: ExtractedDocument, lang: Lang) -> list[Finding]:
    found = []
    if doc.kind == "pdf":
        for page in doc.pages:
            if page.word_count < ats_limits(lang).min_page_words:
                found.append(
                    _finding(lang, "image_only_page", f"p. {page.number}", page=page.number)
                )
            elif page.columns == 2:
                found.append(_finding(lang, "two_columns", f"p. {page.number}", page=page.number))
    if doc.table_count:
        found.append(_finding(lang, "tables", count=doc.table_count))
    if doc.text_box_count:
        found.append(_finding(lang, "text_boxes", count=doc.text_box_count))
    return found


def _section_findings(sections: list[Section], lang: Lang) -> list[Finding]:
    if not any(s.lines for s in sections):
        return []  # nothing readable at all: the image finding already says why
    kinds = {s.kind for s in sections}
    missing = [k for k in EXPECTED_SECTIONS if k not in kinds]
    if not missing:
        return []
    unknown = [s.title for s in sections if s.kind == "unknown"]
    labels = {
        "fr": {"experience": "expérience", "education": "formation", "skills": "compétences"},
        "en": {"experience": "experience", "education": "education", "skills": "skills"},
    }[lang]
    where = " / ".join(f"« {t} »" if lang == "fr" else f'"{t}"' for t in unknown[:4])
    return [_finding(lang, "section_titles", where, missing=", ".join(labels[k] for k in missing))]


def _contact_zone(doc: ExtractedDocument, sections: list[Section]) -> list[Line]:
    zone = [line for s in sections if s.kind in ("header", "contact") for line in s.lines]
    return zone or list(doc.lines[:8])


def _contact_findings(doc: ExtractedDocument, sections: list[Section], lang: Lang) -> list[Finding]:
    if not doc.lines:
        return []
    body = doc.text
    found = []
    has_email, has_phone = EMAIL.search(body), PHONE.search(body)
    margins = doc.header_footer_text
    if (not has_email and EMAIL.search(margins)) or (not has_phone and PHONE.search(margins)):
        found.append(_finding(lang, "contact_in_header"))
    else:
        if not has_email:
            found.append(_finding(lang, "contact_email"))
        if not has_phone:
            found.append(_finding(lang, "contact_phone"))
    if not _has_city([line.text for line in _contact_zone(doc, sections)] + [margins]):
        found.append(_finding(lang, "contact_city"))
    return found


def _has_city(texts: list[str]) -> bool:
    known = cities()
    for text in texts:
        if POSTCODE_CITY.search(text) or CITY_COUNTRY.search(text):
            return True
        folded = fold(text)
        for segment in re.split(r"[|•·,;/()]|\s[-–—]\s", folded):
            if segment.strip() in known:
                return True
        if any(re.search(rf"(?<!\w){re.escape(city)}(?!\w)", folded) for city in known):
            return True
    return False


def _date_findings(sections: list[Section], lang: Lang) -> list[Finding]:
    experience = [s for s in sections if s.kind == "experience"]
    if not experience:
        return []
    periods = [p for s in experience for p in experience_starts(s)]
    if not periods:
        return [_finding(lang, "dates_missing", experience[0].title)]
    breaks = order_breaks(periods)
    if not breaks:
        return []
    older, newer = breaks[0]
    where = f"{older.text} → {newer.text}"
    return [_finding(lang, "dates_order", where, where=where)]


def _file_findings(doc: ExtractedDocument, lang: Lang) -> list[Finding]:
    found = []
    limits = ats_limits(lang)
    if len(doc.fonts) > limits.max_font_families:
        found.append(
            _finding(lang, "many_fonts", ", ".join(sorted(doc.fonts)), count=len(doc.fonts))
        )
    if doc.font_sizes:
        tiny = [s for s in doc.font_sizes if s < limits.tiny_font_pt]
        if len(tiny) > limits.tiny_share * len(doc.font_sizes):
            found.append(_finding(lang, "tiny_font", size=f"{min(tiny):.0f}"))
    if doc.byte_size > limits.heavy_file_bytes:
        found.append(_finding(lang, "large_file", size=f"{doc.byte_size / 1024 / 1024:.1f}"))
    if doc.kind == "pdf" and len(doc.pages) > limits.max_pages:
        found.append(_finding(lang, "too_long", pages=len(doc.pages)))
    return found
