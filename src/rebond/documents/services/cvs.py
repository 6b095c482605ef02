"""CV versions: upload (bounded, nothing kept on refusal), reports, links to applications."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from rebond.documents.bounded import read_cv
from rebond.documents.models import CvUse, CvVersion
from rebond.documents.services.content import from_json, to_json
from rebond.documents.services.refusals import refusal_message
from rebond.jobs.models import Application
from rebond.method.cv.ats import Finding, ats_report
from rebond.method.cv.bullets import BulletCheck, check_bullets
from rebond.method.cv.document import MAX_BYTES, DocumentError
from rebond.method.cv.sections import Section, split_sections
from rebond.method.errors import ServiceError
from rebond.method.text.language import Lang, detect
from rebond.trash import services as trash
from rebond.trash.models import BinEntry

if TYPE_CHECKING:
    from rebond.accounts.models import User

ACCEPTED_SUFFIXES = (".pdf", ".docx", ".txt", ".text", ".md")
SECTION_LABELS = {
    "header": gettext_lazy("Header"),
    "summary": gettext_lazy("Summary"),
    "experience": gettext_lazy("Experience"),
    "education": gettext_lazy("Education"),
    "skills": gettext_lazy("Skills"),
    "languages": gettext_lazy("Languages"),
    "contact": gettext_lazy("Contact"),
    "other": gettext_lazy("Other"),
}
SEVERITY_LABELS = {
    "high": gettext_lazy("Important"),
    "medium": gettext_lazy("Worth fixing"),
    "low": gettext_lazy("Minor"),
}


class UploadRefused(ServiceError):
    """The file was not stored; the message says why, in the person's language."""


@dataclass(frozen=True)
class CvReport:
    findings: list[Finding]
    bullets: list[BulletCheck]
    sections: list[Section]
    lang: Lang

    @property
    def weak_bullets(self) -> int:
        return sum(1 for b in self.bullets if not b.ok)

    @property
    def section_rows(self) -> list[tuple[str, str, int]]:
        """(readable kind, heading as written, line count) in document order."""
        return [
            (str(SECTION_LABELS.get(s.kind, s.kind)), s.title, len(s.lines)) for s in self.sections
        ]

    @property
    def finding_rows(self) -> list[tuple[Finding, str]]:
        return [(f, str(SEVERITY_LABELS.get(f.severity, f.severity))) for f in self.findings]


def read_upload(uploaded: Any) -> bytes:
    """The bytes of an uploaded file, refusing before reading when it is too large."""
    if uploaded.size is not None and uploaded.size > MAX_BYTES:
        raise UploadRefused(too_large_message())
    data = b"".join(uploaded.chunks())
    if len(data) > MAX_BYTES:
        raise UploadRefused(too_large_message())
    return data


def too_large_message() -> str:
    return _(
        "This file is larger than %(limit)d MB and was not read. Export the CV again without "
        "embedded images, or upload a DOCX or text version."
    ) % {"limit": MAX_BYTES // (1024 * 1024)}


def create_cv(user: User, data: bytes, filename: str, label: str = "") -> CvVersion:
    """Read a CV file and keep it as a new version; `UploadRefused` leaves nothing behind."""
    if not filename.lower().endswith(ACCEPTED_SUFFIXES):
        raise UploadRefused(_("Unsupported format: upload a PDF, a DOCX or a plain text file."))
    try:
        doc = read_cv(data, filename)
    except DocumentError as exc:
        raise UploadRefused(refusal_message(str(exc))) from None
    if not doc.text.strip() and doc.kind != "pdf":
        raise UploadRefused(_("This file contains no text."))
    cv = CvVersion(
        user=user,
        label=label.strip() or filename[:120],
        original_name=filename[:255],
        kind=doc.kind,
        byte_size=len(data),
        lang=detect(doc.text, default="fr") if doc.text.strip() else "fr",
        content=to_json(doc),
    )
    cv.file.save(filename, ContentFile(data), save=False)
    try:
        with transaction.atomic():
            cv.save()
    except Exception:
        cv.file.delete(save=False)  # no orphan file when the row could not be written
        raise
    return cv


def delete_cv(cv: CvVersion) -> BinEntry:
    """Into the bin; the file stays on disk until the bin lets it go."""
    return trash.discard(cv.user, cv)


def report(cv: CvVersion, lang: Lang | None = None) -> CvReport:
    """Readability findings, bullet checks and sections, worded in `lang` (the CV's if None)."""
    doc = from_json(cv.content)
    wording: Lang = lang or cv.lang  # type: ignore[assignment]
    return CvReport(
        findings=ats_report(doc, wording),
        bullets=check_bullets(doc.lines, cv.lang),  # type: ignore[arg-type]
        sections=split_sections(doc.lines),
        lang=wording,
    )


def send_with(cv: CvVersion, application: Application) -> CvUse:
    """Record that `cv` was sent with `application` (replaces an earlier version's link)."""
    if application.user_id != cv.user_id:
        raise PermissionError("CV and application belong to different people")
    use, _created = CvUse.objects.update_or_create(application=application, defaults={"cv": cv})
    return use


def unlink(cv: CvVersion, application: Application) -> None:
    CvUse.objects.filter(cv=cv, application=application).delete()


def versions(user: User) -> list[CvVersion]:
    return list(
        CvVersion.objects.for_user(user)
        .prefetch_related("applications__company")
        .order_by("-created_at", "-id")
    )


def version_for(application: Application) -> CvVersion | None:
    """The CV version sent with an application, if one was recorded (for the funnel)."""
    use = CvUse.objects.filter(application=application).select_related("cv").first()
    return use.cv if use else None
