from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from rebond.accounts.language import playbook_lang
from rebond.method.speech.metrics import checks as speech_checks
from rebond.prep import charts, transcription
from rebond.prep.forms import InterviewerForm, RecordingForm, TranscriptForm
from rebond.prep.models import MockSession
from rebond.prep.services import mocks
from rebond.trash.faces import delete_after_asking
from rebond.web.access import AuthedRequest, owned_or_404


@login_required
def mock_list(request: AuthedRequest) -> HttpResponse:
    initial = {"held_at": timezone.localtime(), "interviewer": "Q"}
    form = TranscriptForm(request.POST or None, request.FILES or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            session = mocks.import_transcript(
                request.user,
                title=data["title"],
                interviewer=data["interviewer"],
                held_at=data["held_at"],
                upload=data["file"],
                text=data["text"],
                recording=data["recording"],
            )
        except mocks.UploadError as error:
            field = "file" if data["file"] else "text" if data["text"].strip() else "recording"
            form.add_error(field, str(error))
        else:
            if session.metrics:
                messages.success(request, _("Transcript analysed."))
            else:
                messages.info(request, transcription.status().message)
            return redirect(session)
    points = mocks.progress(request.user)
    context = {
        "form": form,
        "points": points[::-1],
        "chart": charts.progress_chart(points),
        "speech": speech_checks(playbook_lang()),  # the thresholds the page names
    }
    return render(request, "prep/mock_list.html", context, status=400 if form.errors else 200)


@login_required
def mock_detail(request: AuthedRequest, pk: int) -> HttpResponse:
    session = owned_or_404(MockSession.objects.all(), request.user, pk)
    context = {
        "session": session,
        "metrics": session.metrics,
        "median_answer": mocks.median_answer_seconds(session),
        "recording_form": RecordingForm(),
        "interviewer_form": InterviewerForm(initial={"interviewer": session.interviewer}),
        "transcription": transcription.status(),
        "speech": speech_checks(playbook_lang()),  # the thresholds the page names
    }
    return render(request, "prep/mock_detail.html", context)


@login_required
@require_POST
def mock_reanalyze(request: AuthedRequest, pk: int) -> HttpResponse:
    session = owned_or_404(MockSession.objects.all(), request.user, pk)
    form = InterviewerForm(request.POST)
    if form.is_valid():
        mocks.reanalyze(session, form.cleaned_data["interviewer"], form.cleaned_data["me"])
        messages.success(request, _("Measured again."))
    return redirect(session)


@login_required
def mock_recording(request: AuthedRequest, pk: int) -> HttpResponseBase:
    """GET plays the stored recording (owner only); POST stores one (form or MediaRecorder)."""
    session = owned_or_404(MockSession.objects.all(), request.user, pk)
    if request.method == "GET":
        if not session.recording:
            raise Http404
        return FileResponse(session.recording.open("rb"))
    form = RecordingForm(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, _("Choose a recording to upload."))
        return redirect(session)
    try:
        mocks.attach_recording(session, form.cleaned_data["recording"])
    except mocks.UploadError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Recording saved with this session."))
    return redirect(session)


@login_required
@require_http_methods(["GET", "POST"])
def mock_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    session = owned_or_404(MockSession.objects.all(), request.user, pk)
    return delete_after_asking(
        request,
        what=str(session),
        cancel=session.get_absolute_url(),
        back="prep:mocks",
        discard=lambda: mocks.delete_session(session),
    )
