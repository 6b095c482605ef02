from django.urls import path

from rebond.coaching import views

app_name = "coaching"
urlpatterns = [
    path("sharing/", views.sharing, name="sharing"),
    path("sharing/<int:coach_pk>/", views.sharing_update, name="sharing-update"),
    path("caseload/", views.caseload, name="caseload"),
    path("caseload/interviews/", views.interviews, name="interviews"),
    path("caseload/remind/<int:pk>/", views.remind, name="remind"),
    path("organisation/", views.organisation, name="organisation"),
    path("organisation/<int:organisation_pk>/leave/", views.leave, name="leave"),
    path("organisation/members/<int:pk>/remove/", views.remove_member, name="remove-member"),
    path("caseload/invite/", views.invite, name="invite"),
    path("people/<int:pk>/", views.person, name="person"),
    path("people/<int:pk>/<slug:section>/", views.section, name="section"),
    path("people/<int:pk>/<slug:section>/comment/", views.comment, name="comment"),
]
