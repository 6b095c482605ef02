"""CV versions, keyword checks, the central message and proofs (C8) as JSON.

parse → service → serialise; the rules stay in `rebond.documents.services` and `rebond.method`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.http import HttpRequest, HttpResponse
from ninja import Field, File, Form, Router, Schema, Status
from ninja.errors import HttpError
from ninja.files import UploadedFile

from rebond.accounts.language import playbook_lang
from rebond.api.bin import binned
from rebond.api.errors import ErrorOut
from rebond.api.inputs import In
from rebond.documents.choices import DocumentKind, ProofKind
from rebond.documents.models import CvVersion, KeywordCheck, ProofItem
from rebond.documents.services import cvs, keywords, message, proofs
from rebond.documents.uploads import declared_too_large
from rebond.jobs.models import Application
from rebond.method.cv.document import MAX_BYTES
from rebond.method.cv.output import bullet_data, finding_data, requirements_data
from rebond.trash import services as trash
from rebond.web.access import AuthedRequest, owned_or_404

router = Router(tags=["documents"])
ERRORS = {401: ErrorOut, 404: ErrorOut, 413: ErrorOut, 422: ErrorOut}


class CvOut(Schema):
    id: int
    label: str
    original_name: str
    kind: DocumentKind
    byte_size: int
    lang: str
    created_at: datetime
    application_ids: list[int]


class CvReportOut(CvOut):
    findings: list[dict[str, Any]]
    bullets: list[dict[str, Any]]
    sections: list[dict[str, Any]]


class LinkIn(In):
    application_id: int


class CheckIn(In):
    job_text: str = Field("", max_length=keywords.MAX_JOB_CHARS)
    application_id: int | None = None


class CheckOut(Schema):
    id: int
    cv_id: int
    application_id: int | None
    created_at: datetime
    result: dict[str, Any]


class CentralMessageIn(In):
    text: str = Field(min_length=1, max_length=1500)


class CentralMessageOut(Schema):
    value_proposition: str | None
    source: str | None
    drift: list[dict[str, Any]]


class ProofIn(In):
    kind: ProofKind
    title: str = Field(min_length=1, max_length=160)
    url: str = Field("", max_length=500)
    description: str = ""
    skills: str = Field("", max_length=300)


class ProofOut(Schema):
    id: int
    kind: ProofKind
    title: str
    url: str
    description: str
    skills: str
    application_ids: list[int]


def _cv(cv: CvVersion) -> dict[str, Any]:
    return {
        "id": cv.pk,
        "label": cv.label,
        "original_name": cv.original_name,
        "kind": cv.kind,
        "byte_size": cv.byte_size,
        "lang": cv.lang,
        "created_at": cv.created_at,
        "application_ids": [a.pk for a in cv.applications.all()],
    }


@router.get("/documents/cvs", response={200: list[CvOut], **ERRORS})
def list_cvs(request: AuthedRequest) -> list[dict[str, Any]]:
    return [_cv(cv) for cv in cvs.versions(request.user)]


@router.post("/documents/cvs", response={201: CvOut, **ERRORS})
def upload_cv(
    request: AuthedRequest, file: File[UploadedFile], label: Form[str] = ""
) -> Status[dict[str, Any]]:
    if declared_too_large(request, MAX_BYTES):
        raise HttpError(413, cvs.too_large_message())
    try:
        cv = cvs.create_cv(request.user, cvs.read_upload(file), file.name or "cv", label)
    except cvs.UploadRefused as exc:
        raise HttpError(422, str(exc)) from None
    return Status(201, _cv(cv))


@router.get("/documents/cvs/{cv_id}", response={200: CvReportOut, **ERRORS})
def cv_report(request: AuthedRequest, cv_id: int) -> dict[str, Any]:
    cv = owned_or_404(CvVersion.objects, request.user, cv_id)
    report = cvs.report(cv, playbook_lang())
    return {
        **_cv(cv),
        "findings": [finding_data(f) for f in report.findings],
        "bullets": [bullet_data(b) for b in report.bullets],
        "sections": [
            {"kind": s.kind, "title": s.title, "lines": len(s.lines)} for s in report.sections
        ],
    }


@router.delete("/documents/cvs/{cv_id}", response={204: None, **ERRORS})
def delete_cv(request: AuthedRequest, cv_id: int) -> HttpResponse:
    return binned(cvs.delete_cv(owned_or_404(CvVersion.objects, request.user, cv_id)))


@router.post("/documents/cvs/{cv_id}/applications", response={200: CvOut, **ERRORS})
def link_cv(request: AuthedRequest, cv_id: int, payload: LinkIn) -> dict[str, Any]:
    cv = owned_or_404(CvVersion.objects, request.user, cv_id)
    cvs.send_with(cv, owned_or_404(Application.objects, request.user, payload.application_id))
    return _cv(cv)


def _check(check: KeywordCheck, request: HttpRequest) -> dict[str, Any]:
    result = keywords.requirements(check, playbook_lang())
    return {
        "id": check.pk,
        "cv_id": check.cv_id,
        "application_id": check.application_id,
        "created_at": check.created_at,
        "result": requirements_data(result),
    }


@router.post("/documents/cvs/{cv_id}/checks", response={201: CheckOut, **ERRORS})
def create_check(request: AuthedRequest, cv_id: int, payload: CheckIn) -> Status[dict[str, Any]]:
    cv = owned_or_404(CvVersion.objects, request.user, cv_id)
    application = None
    if payload.application_id is not None:
        application = owned_or_404(Application.objects, request.user, payload.application_id)
    try:
        check = keywords.create_check(request.user, cv, payload.job_text, application)
    except ValueError:
        raise HttpError(422, "Give a job description, or an application that has one.") from None
    return Status(201, _check(check, request))


@router.get("/documents/checks/{check_id}", response={200: CheckOut, **ERRORS})
def get_check(request: AuthedRequest, check_id: int) -> dict[str, Any]:
    return _check(owned_or_404(KeywordCheck.objects, request.user, check_id), request)


@router.get("/documents/message", response={200: CentralMessageOut, **ERRORS})
def get_message(request: AuthedRequest) -> dict[str, Any]:
    central, rows = message.drift(request.user, playbook_lang())
    return {
        "value_proposition": central.text if central else None,
        "source": central.source if central else None,
        "drift": [
            {
                "name": row.name,
                "similarity": row.drift.similarity,
                "missing_claims": list(row.drift.missing_claims),
                "present_claims": list(row.drift.present_claims),
            }
            for row in rows
        ],
    }


@router.put("/documents/message", response={200: CentralMessageOut, **ERRORS})
def put_message(request: AuthedRequest, payload: CentralMessageIn) -> dict[str, Any]:
    message.save_value_proposition(request.user, payload.text)
    return get_message(request)


def _proof(row: ProofItem) -> dict[str, Any]:
    fields = {name: getattr(row, name) for name in proofs.PROOF_FIELDS}
    return {"id": row.pk, **fields, "application_ids": [a.pk for a in row.applications.all()]}


@router.get("/documents/proofs", response={200: list[ProofOut], **ERRORS})
def list_proofs(request: AuthedRequest) -> list[dict[str, Any]]:
    return [_proof(row) for row in proofs.portfolio(request.user)]


@router.post("/documents/proofs", response={201: ProofOut, **ERRORS})
def create_proof(request: AuthedRequest, payload: ProofIn) -> Status[dict[str, Any]]:
    from django.core.exceptions import ValidationError

    try:
        row = proofs.save_proof(request.user, **payload.dict())
    except ValidationError as exc:
        raise HttpError(422, "; ".join(exc.messages)) from None
    return Status(201, _proof(row))


@router.delete("/documents/proofs/{proof_id}", response={204: None, **ERRORS})
def delete_proof(request: AuthedRequest, proof_id: int) -> HttpResponse:
    return binned(
        trash.discard(request.user, owned_or_404(ProofItem.objects, request.user, proof_id))
    )


@router.post("/documents/proofs/{proof_id}/applications", response={200: ProofOut, **ERRORS})
def attach_proof(request: AuthedRequest, proof_id: int, payload: LinkIn) -> dict[str, Any]:
    row = owned_or_404(ProofItem.objects, request.user, proof_id)
    proofs.attach(row, owned_or_404(Application.objects, request.user, payload.application_id))
    return _proof(row)
