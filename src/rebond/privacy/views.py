import tempfile

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from rebond.privacy import erasure, services
from rebond.privacy.forms import EraseForm
from rebond.trash.models import KEEP_DAYS
from rebond.web.access import AuthedRequest
from rebond.web.reauth import reauthentication_required


@login_required
def home(request: AuthedRequest) -> HttpResponse:
    return render(request, "privacy/home.html", _page(EraseForm()))


def _page(form: EraseForm) -> dict[str, object]:
    return {"form": form, "retention_days": settings.RETENTION_DAYS, "keep_days": KEEP_DAYS}


@require_POST
@login_required
@reauthentication_required
def export(request: AuthedRequest) -> FileResponse:
    # Written to a temporary file (on disk past 16 MB), then sent as a stream.
    archive = tempfile.SpooledTemporaryFile(max_size=16 << 20)  # noqa: SIM115 - FileResponse closes it
    services.export_archive(request.user, archive)
    archive.seek(0)
    name = f"rebond-export-{timezone.localdate():%Y-%m-%d}.zip"
    return FileResponse(archive, as_attachment=True, filename=name, content_type="application/zip")


@require_POST
@login_required
@reauthentication_required
def erase(request: AuthedRequest) -> HttpResponse:
    form = EraseForm(request.POST)
    if not form.is_valid():
        return render(request, "privacy/home.html", _page(form), status=422)
    user = request.user
    logout(request)
    token = erasure.request(user)
    return redirect("privacy:erasure", token=token)


def erasure_progress(request: HttpRequest, token: str) -> HttpResponse:
    """How far the erasure is, for whoever holds the secret link (the person is signed out:
    the page needs no account, and says nothing of whose account it was)."""
    job = erasure.find(token)
    if job is None:
        raise Http404
    response = render(request, "privacy/erasure.html", {"job": job, "done": job.status == "done"})
    response["Cache-Control"] = "no-store"
    return response
