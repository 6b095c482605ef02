from django.contrib import admin

from rebond.jobs.models import Application, Company, Interview, Outcome, StageEvent


@admin.register(Application)
class ApplicationAdmin(admin.ModelAdmin):
    list_display = ["role", "company", "stage", "furthest_stage", "applied_on", "user"]
    list_filter = ["stage", "channel"]
    raw_id_fields = ["company", "user"]


admin.site.register([Company, Interview, Outcome, StageEvent])
