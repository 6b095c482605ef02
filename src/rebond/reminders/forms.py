from rebond.reminders.models import ReminderSettings
from rebond.web.forms import ModelForm


class ReminderSettingsForm(ModelForm):
    class Meta:
        model = ReminderSettings
        fields = ["daily_digest", "coaching_messages"]
