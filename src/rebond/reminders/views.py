from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from rebond.coaching.access import hosted_login_required
from rebond.reminders import services
from rebond.reminders.forms import ReminderSettingsForm
from rebond.web.access import AuthedRequest


@hosted_login_required
def reminder_settings(request: AuthedRequest) -> HttpResponse:
    """E-mail reminders need a mail server: they exist on a hosted Rebond only."""
    # A POST with every box unticked is empty: still a POST to save.
    data = request.POST if request.method == "POST" else None
    form = ReminderSettingsForm(data, instance=services.settings_for(request.user))
    if request.method == "POST" and form.is_valid():
        services.set_daily_digest(request.user, form.cleaned_data["daily_digest"])
        services.set_coaching_messages(request.user, form.cleaned_data["coaching_messages"])
        messages.success(request, _("Reminder settings saved."))
        return redirect("reminders:settings")
    return render(request, "reminders/settings.html", {"form": form})
