"""CV versions: list and upload, report, file download, links to applications, deletion."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods, require_POST

from rebond.accounts.language import playbook_lang
from rebond.documents.forms import ApplicationChoiceForm, CheckForm, UploadForm
from rebond.documents.models import CvVersion
from rebond.documents.services import cvs, keywords
from rebond.documents.services.message import central_message
from rebond.documents.services.proofs import portfolio
from rebond.documents.uploads import BoundedUploadHandler, declared_too_large
from rebond.jobs.models import Application
from rebond.method.cv.document import MAX_BYTES
from rebond.trash.faces import delete_after_asking
from rebond.web.access import AuthedRequest, owned_or_404


def _home(request: AuthedRequest, form: UploadForm, status: int = 200) -> HttpResponse:
    context = {
        "form": form,
        "versions": cvs.versions(request.user),
        "checks": keywords.recent(request.user),
        "message": central_message(request.user),
        "proof_count": len(portfolio(request.user)),
    }
    return render(request, "documents/home.html", context, status=status)


@login_required
def home(request: AuthedRequest) -> HttpResponse:
    return _home(request, UploadForm())


@csrf_exempt  # CSRF is checked by `_upload`, after the upload handlers are in place
@login_required
def upload(request: AuthedRequest) -> HttpResponse:
    if request.method != "POST":
        return redirect("documents:home")
    if declared_too_large(request, MAX_BYTES):
        messages.error(request, cvs.too_large_message())
        return _home(request, UploadForm(), status=413)
    request.upload_handlers.insert(0, BoundedUploadHandler(MAX_BYTES, request))
    return _upload(request)


@csrf_protect
def _upload(request: AuthedRequest) -> HttpResponse:
    form = UploadForm(request.POST, request.FILES)
    if any(getattr(h, "exceeded", False) for h in request.upload_handlers):
        form.add_error("file", cvs.too_large_message())
    if not form.is_valid():
        return _home(request, form, status=400)
    uploaded = form.cleaned_data["file"]
    try:
        data = cvs.read_upload(uploaded)
        cv = cvs.create_cv(request.user, data, uploaded.name, form.cleaned_data["label"])
    except cvs.UploadRefused as exc:
        form.add_error("file", str(exc))
        return _home(request, form, status=400)
    messages.success(request, _("CV uploaded: its report is below."))
    return redirect(cv)


@login_required
def detail(request: AuthedRequest, pk: int) -> HttpResponse:
    cv = owned_or_404(CvVersion.objects.prefetch_related("applications__company"), request.user, pk)
    context = {
        "cv": cv,
        "report": cvs.report(cv, playbook_lang()),
        "check_form": CheckForm(request.user),
        "send_form": ApplicationChoiceForm(request.user),
        "has_applications": Application.objects.for_user(request.user).exists(),
    }
    return render(request, "documents/cv_detail.html", context)


@login_required
def download(request: AuthedRequest, pk: int) -> FileResponse:
    cv = owned_or_404(CvVersion.objects, request.user, pk)
    response = FileResponse(cv.file.open("rb"), as_attachment=True, filename=cv.original_name)
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def send(request: AuthedRequest, pk: int) -> HttpResponse:
    cv = owned_or_404(CvVersion.objects, request.user, pk)
    form = ApplicationChoiceForm(request.user, request.POST)
    if form.is_valid():
        cvs.send_with(cv, form.cleaned_data["application"])
        messages.success(request, _("Linked to the application."))
    else:
        messages.error(request, _("Pick one of your applications."))
    return redirect(cv)


@login_required
@require_POST
def unlink(request: AuthedRequest, pk: int, application_pk: int) -> HttpResponse:
    cv = owned_or_404(CvVersion.objects, request.user, pk)
    application = owned_or_404(Application.objects, request.user, application_pk)
    cvs.unlink(cv, application)
    return redirect(cv)


@login_required
@require_http_methods(["GET", "POST"])
def delete(request: AuthedRequest, pk: int) -> HttpResponse:
    cv = owned_or_404(CvVersion.objects, request.user, pk)
    return delete_after_asking(
        request,
        what=str(cv),
        cancel=cv.get_absolute_url(),
        back="documents:home",
        discard=lambda: cvs.delete_cv(cv),
    )
