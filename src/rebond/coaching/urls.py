from django.urls import path

from rebond.coaching import report_views, views, views_reading

app_name = "coaching"
urlpatterns = [
    path("sharing/", views.sharing, name="sharing"),
    path("sharing/<int:coach_pk>/", views.sharing_update, name="sharing-update"),
    path("caseload/", views.caseload, name="caseload"),
    path("organisation/", views.organisation, name="organisation"),
    path("organisation/<int:organisation_pk>/leave/", views.leave, name="leave"),
    path("organisation/members/<int:pk>/remove/", views.remove_member, name="remove-member"),
    path("caseload/invite/", views.invite, name="invite"),
    path("report/", report_views.home, name="report-home"),
    path("organisation/<int:organisation_pk>/report/", report_views.page, name="report"),
    path("organisation/<int:organisation_pk>/report/pdf/", report_views.as_pdf, name="report-pdf"),
    path("organisation/<int:organisation_pk>/report/csv/", report_views.as_csv, name="report-csv"),
    path("people/<int:pk>/", views_reading.person, name="person"),
    path("people/<int:pk>/<slug:section>/", views_reading.section, name="section"),
    path("people/<int:pk>/<slug:section>/comment/", views.comment, name="comment"),
]
