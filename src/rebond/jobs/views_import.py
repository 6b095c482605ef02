"""Bringing what a person already has (C1.1, C1.6): a spreadsheet, with a preview a person can
correct (columns and the meaning of each word), then all rows or none; a job ad read from its
address, its text or a saved page, as a filled-in application form.

The uploaded file waits in the data folder under a random name, named in the person's
session only, until it is imported or cancelled.
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from rebond.jobs.choices import Channel, CompanySize, Level, Stage
from rebond.jobs.importing import (
    FIELDS,
    REQUIRED,
    ImportFailed,
    ImportReport,
    header_score,
    import_applications,
)
from rebond.jobs.tabular import TableError, read_table
from rebond.web.access import AuthedRequest
from rebond.web.forms import Form

SESSION_KEY = "rebond_import"
MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 10_000  # as `rebond import` on the command line
CHOICES = {"stage": Stage, "channel": Channel, "level": Level, "company_size": CompanySize}
FIELD_LABELS = {
    "company": gettext_lazy("Company"),
    "role": gettext_lazy("Role"),
    "applied_on": gettext_lazy("Applied on"),
    "stage": gettext_lazy("Stage"),
    "channel": gettext_lazy("Channel"),
    "job_url": gettext_lazy("Job ad link"),
    "sector": gettext_lazy("Sector"),
    "company_size": gettext_lazy("Company size"),
    "level": gettext_lazy("Level"),
    "location": gettext_lazy("Location"),
    "source": gettext_lazy("Source"),
    "job_description": gettext_lazy("Job description"),
    "notes": gettext_lazy("Notes"),
}


class UploadForm(Form):
    file = forms.FileField(
        label=gettext_lazy("Spreadsheet (CSV or XLSX) or Trello board (JSON)"),
        help_text=gettext_lazy(
            "Your tracking sheet, or the export of Huntr, Teal, JobSync, Notion, Airtable or "
            "Trello; nothing is imported yet."
        ),
    )


def _folder() -> Path:
    folder = Path(settings.DATA_DIR) / "imports"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _waiting(request: HttpRequest) -> tuple[Path, str] | None:
    found = request.session.get(SESSION_KEY)
    if not isinstance(found, dict):
        return None
    path = _folder() / f"{request.user.pk}-{found.get('token', '')}"
    return (path, str(found.get("name", ""))) if path.exists() else None


def _forget(request: HttpRequest) -> None:
    waiting = _waiting(request)
    if waiting:
        waiting[0].unlink(missing_ok=True)
    request.session.pop(SESSION_KEY, None)


@login_required
def import_start(request: AuthedRequest) -> HttpResponse:
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            form.add_error("file", _("This file is over 5 MB: export only the tracking sheet."))
        else:
            _forget(request)
            token = secrets.token_urlsafe(16)
            (_folder() / f"{request.user.pk}-{token}").write_bytes(upload.read())
            request.session[SESSION_KEY] = {"token": token, "name": upload.name[:200]}
            return redirect("jobs:import-preview")
    return render(request, "jobs/import_start.html", {"form": form})


def _choices_from(data: Any) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """Column choices ("map-<field>") and word meanings ("means-<field>-<word>")."""
    columns = {name[4:]: value for name, value in data.items() if name.startswith("map-") and value}
    meanings: dict[tuple[str, str], str] = {}
    for name, value in data.items():
        if name.startswith("means-") and value:
            field, _sep, word = name[6:].partition("-")
            meanings[(field, word)] = value
    return columns, meanings


@login_required
def import_preview(request: AuthedRequest) -> HttpResponse:
    waiting = _waiting(request)
    if waiting is None:
        messages.info(request, _("Choose a file to import first."))
        return redirect("jobs:import")
    path, name = waiting
    data = request.POST if request.method == "POST" else request.GET
    columns, meanings = _choices_from(data)
    confirm = request.method == "POST" and "confirm" in request.POST
    context: dict[str, Any] = {"name": name, "columns": columns, "meanings": meanings}
    try:
        report = import_applications(
            request.user,
            path.read_bytes(),
            name,
            dry_run=not confirm,
            overrides=columns,
            max_rows=MAX_ROWS,
            meanings=meanings,
        )
    except ImportFailed as exc:
        context["errors"] = exc.errors
    except TableError as exc:
        context["errors"] = [str(exc)]
    else:
        if confirm:
            _forget(request)
            messages.success(
                request,
                _("%(n)s applications imported from %(name)s.")
                % {"n": report.applications, "name": name},
            )
            return redirect("jobs:list")
        context["report"] = report
    try:
        headers = read_table(path.read_bytes(), name, header_score).headers
    except TableError:
        headers = []
    shown_report: ImportReport | None = context.get("report")
    mapped = shown_report.mapping if shown_report else columns
    context["column_rows"] = [
        {"field": field, "label": FIELD_LABELS.get(field, field), "header": mapped.get(field, "")}
        for field in FIELDS
    ]
    context["headers"] = headers
    # Columns no field takes (kept in the notes), and a card or title column giving the company
    # and the role.
    context["noted_columns"] = shown_report.noted_columns if shown_report else []
    context["title_column"] = (
        (shown_report.mapping.get("card") or shown_report.mapping.get("title"))
        if shown_report
        else ""
    )
    context["value_rows"] = [
        {
            "note": note,
            "key": f"means-{note.field}-{note.text}",
            "choices": CHOICES[note.field].choices,
        }
        for note in (shown_report.values if shown_report else [])
    ]
    # Company and role are in every row, from their columns or from a card title.
    shown = [f for f in FIELDS if f in mapped or f in REQUIRED]
    labels: dict[str, dict[Any, Any]] = {f: dict(c.choices) for f, c in CHOICES.items()}
    context["preview_fields"] = shown
    context["preview_rows"] = [
        (line, [labels.get(f, {}).get(values.get(f), values.get(f, "")) for f in shown])
        for line, values in (shown_report.preview if shown_report else [])
    ]
    return render(request, "jobs/import_preview.html", context)


@login_required
@require_POST
def import_cancel(request: AuthedRequest) -> HttpResponse:
    _forget(request)
    messages.info(request, _("Import cancelled: nothing was imported, the file is deleted."))
    return redirect("jobs:list")


class AdForm(Form):
    url = forms.CharField(
        label=gettext_lazy("Address of the job ad"), max_length=1000, required=False
    )
    text = forms.CharField(
        label=gettext_lazy("Or paste the ad (its text, or the page's HTML)"),
        required=False,
        max_length=200_000,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    page = forms.FileField(label=gettext_lazy("Or a saved page (.html)"), required=False)


@login_required
def from_ad(request: AuthedRequest) -> HttpResponse:
    """A job ad read from its address, pasted text or saved page, shown as a filled-in
    application form to check and save (nothing is saved before)."""
    from rebond.jobs.forms import NewApplicationForm
    from rebond.jobs.job_ads import JobAdError, read_ad, read_ad_at

    data = request.POST if request.method == "POST" else request.GET
    form = AdForm(data or None, request.FILES or None)
    if data and form.is_valid():
        url, text, page = (form.cleaned_data[k] for k in ("url", "text", "page"))
        try:
            if page is not None:
                ad = read_ad(page.read(MAX_BYTES).decode("utf-8", errors="replace"))
            elif text.strip():
                ad = read_ad(text)
            elif url.strip():
                ad = read_ad_at(url)
            else:
                raise JobAdError(
                    _("Give the ad's address, paste its text, or choose a saved page.")
                )
        except JobAdError as exc:
            form.add_error(None, str(exc))
        else:
            initial = {
                "company": ad.company,
                "role": ad.title,
                "job_url": url.strip() if url.strip().lower().startswith("http") else "",
                "job_description": ad.description,
                "location": ad.location,
            }
            context = {"form": NewApplicationForm(initial=initial), "ad": ad, "from_ad": True}
            return render(request, "jobs/application_form.html", context)
    bookmarklet = (
        "javascript:(function(){location.href='"
        + request.build_absolute_uri(reverse("jobs:from-ad"))
        + "?url='+encodeURIComponent(location.href);})();"
    )
    return render(request, "jobs/from_ad.html", {"form": form, "bookmarklet": bookmarklet})
