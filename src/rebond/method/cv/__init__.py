"""CV readability, bullet checks, keyword coverage and message consistency (C8), in one place.

The Django and CLI layers import from here; the work is done in the `cv_*` modules:

- `cv_extract`: `extract_text(data, filename) -> ExtractedDocument` (PDF, DOCX, text; bounded)
- `cv_ats`: `ats_report(doc, lang=None) -> list[Finding]`
- `cv_bullets`: `check_bullets(lines, lang=None)`, `check_bullet(text, lang=None)`
- `cv_match`: `job_keywords(job_text, lang=None)`, `match(cv_text, job_text, ...)`
- `cv_message`: `message_drift(value_proposition, texts, lang, semantic=False)`
"""

from __future__ import annotations

from rebond.method.cv.ats import Finding, ats_report
from rebond.method.cv.bullets import BulletCheck, check_bullet, check_bullets, experience_bullets
from rebond.method.cv.coverage import MatchResult, TermMatch, job_keywords, match
from rebond.method.cv.extract import DocumentError, ExtractedDocument, Line, PageInfo, extract_text
from rebond.method.cv.message import Drift, claims, message_drift
from rebond.method.cv.sections import Period, Section, find_periods, split_sections
from rebond.method.skills.jobterms import JobTerm

__all__ = [
    "BulletCheck",
    "DocumentError",
    "Drift",
    "ExtractedDocument",
    "Finding",
    "JobTerm",
    "Line",
    "MatchResult",
    "PageInfo",
    "Period",
    "Section",
    "TermMatch",
    "ats_report",
    "check_bullet",
    "check_bullets",
    "claims",
    "experience_bullets",
    "extract_text",
    "find_periods",
    "job_keywords",
    "match",
    "message_drift",
    "split_sections",
]
