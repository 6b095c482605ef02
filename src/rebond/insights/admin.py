from django.contrib import admin

from rebond.insights.models import Experiment


@admin.register(Experiment)
class ExperimentAdmin(admin.ModelAdmin):
    list_display = ("title", "user", "metric", "start", "end", "stopped_on")
    list_filter = ("metric", "change")
