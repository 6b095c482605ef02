from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrepConfig(AppConfig):
    name = "rebond.prep"
    label = "prep"
    verbose_name = _("Interview preparation")
