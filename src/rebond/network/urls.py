from django.urls import path

from rebond.network.views import contacts, lists, outreach

app_name = "network"
urlpatterns = [
    path("", contacts.home, name="home"),
    path("due/", contacts.due, name="due"),
    path("contacts/new/", contacts.contact_create, name="contact-create"),
    path("contacts/<int:pk>/", contacts.contact_detail, name="contact"),
    path("contacts/<int:pk>/edit/", contacts.contact_edit, name="contact-edit"),
    path("contacts/<int:pk>/log/", contacts.contact_log, name="contact-log"),
    path("contacts/<int:pk>/give/", contacts.contact_give, name="contact-give"),
    path("contacts/<int:pk>/draft/", outreach.contact_draft, name="contact-draft"),
    path("contacts/<int:pk>/draft.eml", outreach.contact_draft_eml, name="contact-draft-eml"),
    path("contacts/<int:pk>/info/new/", outreach.info_create, name="info-create"),
    path("info/<int:pk>/", outreach.info_detail, name="info"),
    path("info/<int:pk>/<str:step>/", outreach.info_step, name="info-step"),
    path("targets/", lists.targets, name="targets"),
    path("targets/<int:pk>/done/", lists.target_done, name="target-done"),
    path("interviewers/", lists.interviewers, name="interviewers"),
    path("interviewers/<int:pk>/add/", lists.interviewer_add, name="interviewer-add"),
    path("companies/", lists.companies, name="companies"),
    path("companies/<int:pk>/plan/", lists.company_plan, name="company-plan"),
    path("plans/<int:pk>/<str:step>/", lists.company_plan_update, name="company-plan-update"),
    path("import/", lists.import_contacts, name="import"),
    path("export.vcf", lists.export_vcf, name="export"),
]
