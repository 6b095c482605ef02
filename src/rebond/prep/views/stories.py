from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from rebond.jobs.models import Application
from rebond.prep.forms import StoryForm
from rebond.prep.models import Story
from rebond.prep.services import stories
from rebond.prep.services.guidance import guidance
from rebond.trash import services as trash
from rebond.trash.faces import delete_after_asking
from rebond.web.access import AuthedRequest, owned_or_404


@login_required
def story_list(request: AuthedRequest) -> HttpResponse:
    applications = (
        Application.objects.for_user(request.user)
        .exclude(job_description="")
        .select_related("company")
    )
    context = {"bank": stories.bank(request.user), "applications": applications[:50]}
    return render(request, "prep/story_list.html", context)


@login_required
def story_create(request: AuthedRequest) -> HttpResponse:
    form = StoryForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        story = stories.create_story(request.user, **form.cleaned_data)
        messages.success(request, _("Story saved. Here is its check."))
        return redirect(story)
    return render(request, "prep/story_form.html", {"form": form, "guidance": guidance()})


@login_required
def story_detail(request: AuthedRequest, pk: int) -> HttpResponse:
    story = owned_or_404(Story.objects.all(), request.user, pk)
    return render(request, "prep/story_detail.html", {"item": stories.checked(story)})


@login_required
def story_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    story = owned_or_404(Story.objects.all(), request.user, pk)
    form = StoryForm(request.POST or None, instance=story)
    if request.method == "POST" and form.is_valid():
        stories.update_story(story, **form.cleaned_data)
        messages.success(request, _("Changes saved."))
        return redirect(story)
    context = {"form": form, "story": story, "guidance": guidance()}
    return render(request, "prep/story_form.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def story_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    story = owned_or_404(Story.objects.all(), request.user, pk)
    return delete_after_asking(
        request,
        what=str(story),
        cancel=story.get_absolute_url(),
        back="prep:stories",
        discard=lambda: trash.discard(request.user, story),
    )


@login_required
def coverage(request: AuthedRequest) -> HttpResponse:
    pk = request.GET.get("application")
    application = owned_or_404(Application.objects.select_related("company"), request.user, pk)
    matrix = stories.coverage_for(request.user, application.job_description)
    rows = list(zip(matrix.skills, matrix.cells, strict=True))
    context = {"application": application, "matrix": matrix, "rows": rows}
    return render(request, "prep/coverage.html", context)
