"""`rebond match` and `rebond cv …`: CV readability, bullets and keyword coverage (C8).

`match` and `cv check` only read files and never set Django up (fast, no data touched);
`cv add` and `cv list` work on your saved CV versions through the same services as the web.
Keep this module light: only Typer and the standard library at module level.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import typer

from rebond.cli import setup

cv_app = typer.Typer(
    name="cv",
    help="Check a CV file, or keep CV versions with your data.",
    no_args_is_help=True,
)


def _extracted(path: Path, reader: Callable[[bytes, str], Any]) -> Any:
    """`reader(file bytes, file name)`, or a clear error and a non-zero exit."""
    from rebond.method.cv.document import DocumentError

    try:
        return reader(path.read_bytes(), path.name)
    except FileNotFoundError:
        setup.fail(f"{path}: no such file.")
    except DocumentError as exc:
        setup.fail(f"{path}: {exc}.")
    except OSError as exc:
        setup.fail(f"{path}: {exc.strerror or exc}")


def _read_document(path: Path) -> Any:
    """The extracted CV: text, lines, layout (for the readability report)."""
    from rebond.documents.bounded import read_cv

    return _extracted(path, read_cv)


def _read_words(path: Path) -> str:
    """The text of a PDF or DOCX for matching (fast reader: layout is not needed)."""
    from rebond.documents.bounded import read_cv_words

    return _extracted(path, read_cv_words) or ""


def _read_job(path: Path) -> str:
    """The ad's text from a text file, a PDF or DOCX, or a web page saved from the browser."""
    suffix = path.suffix.lower()
    if suffix in (".pdf", ".docx"):
        return _read_words(path)
    text = _read_text(path)
    if suffix not in (".html", ".htm"):
        return text
    from rebond.method.job_page import read_job_page

    ad = read_job_page(text)
    return f"{ad.title}\n{ad.description}" if ad is not None else ""


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        setup.fail(f"{path}: no such file.")
    except OSError as exc:
        setup.fail(f"{path}: {exc.strerror or exc}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def match(
    cv: Path = typer.Option(..., "--cv", help="The CV: PDF, DOCX or plain text."),
    job: Path = typer.Option(
        ..., "--job", help="The job description: plain text, PDF, DOCX or a saved web page."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
    lang: str = typer.Option("", "--lang", help="Wording: fr or en (default: the ad's)."),
    quick: bool = typer.Option(
        False, "--quick", help="Skip the sentence encoder (no 'in other words' coverage)."
    ),
) -> None:
    """The ad's requirements one by one: the CV line that shows each, or "not found"."""
    cv_text = _read_words(cv) if cv.suffix.lower() in (".pdf", ".docx") else _read_text(cv)
    job_text = _read_job(job)
    if not job_text.strip():
        setup.fail(f"{job}: the job description is empty.")
    from rebond.method.cv.output import requirement_lines, requirements_data
    from rebond.method.cv.requirements import check as check_requirements
    from rebond.method.text.language import detect

    wording = lang if lang in ("fr", "en") else detect(job_text, default="fr")
    result = check_requirements(
        cv_text,
        job_text,
        wording,  # type: ignore[arg-type]
        other_words=not quick,
    )
    if as_json:
        data = requirements_data(result)
        keys = ("score", "requirements", "missing", "to_check", "matched", "findings")
        setup.out(
            json.dumps({k: data[k] for k in (*keys, "explanation")}, ensure_ascii=False, indent=2)
        )
        return
    for line in requirement_lines(result, wording):  # type: ignore[arg-type]
        setup.out(line)


@cv_app.command("check")
def check(
    file: Path = typer.Argument(..., help="The CV: PDF, DOCX or plain text."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
    lang: str = typer.Option("", "--lang", help="Wording: fr or en (default: the CV's)."),
) -> None:
    """Readability for applicant tracking systems, and a check of every experience bullet."""
    document = _read_document(file)
    from rebond.method.cv.ats import ats_report
    from rebond.method.cv.bullets import check_bullets
    from rebond.method.cv.output import bullet_data, finding_data, report_lines
    from rebond.method.text.language import detect

    cv_lang = detect(document.text, default="fr") if document.text.strip() else "fr"
    wording = lang if lang in ("fr", "en") else cv_lang
    findings = ats_report(document, wording)  # type: ignore[arg-type]
    bullets = check_bullets(document.lines, cv_lang)
    if as_json:
        payload = {
            "findings": [finding_data(f) for f in findings],
            "bullets": [bullet_data(b) for b in bullets],
        }
        setup.out(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    for line in report_lines(findings, bullets, wording):  # type: ignore[arg-type]
        setup.out(line)


@cv_app.command("add")
def add(
    file: Path = typer.Argument(..., help="The CV: PDF, DOCX or plain text."),
    label: str = typer.Option("", "--label", help="A name for this version."),
    application: int = typer.Option(0, "--application", help="Id of the application it went with."),
) -> None:
    """Keep a CV file as a new version (and link it to an application)."""
    try:
        data = file.read_bytes()
    except OSError as exc:
        setup.fail(f"{file}: {exc.strerror or exc}")
    user = setup.person()
    from rebond.documents.services import cvs
    from rebond.jobs.models import Application

    try:
        version = cvs.create_cv(user, data, file.name, label)
    except cvs.UploadRefused as exc:
        setup.fail(str(exc))
    if application:
        found = Application.objects.for_user(user).filter(pk=application).first()
        if found is None:
            setup.fail(f"no application {application}; the CV version was kept unlinked.")
        cvs.send_with(version, found)
    setup.out(f"CV version {version.pk} kept: {version.label}")


@cv_app.command("list")
def list_versions() -> None:
    """Your CV versions and the applications each was sent with."""
    user = setup.person()
    from rebond.documents.services import cvs

    for version in cvs.versions(user):
        sent = ", ".join(str(a) for a in version.applications.all()) or "-"
        setup.out(f"{version.pk}\t{version.created_at:%Y-%m-%d}\t{version.label}\t{sent}")


def register(app: typer.Typer) -> None:
    app.command("match")(match)
    app.add_typer(cv_app)
