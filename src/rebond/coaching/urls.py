from django.urls import path

from rebond.coaching import organisation_views, views

app_name = "coaching"
urlpatterns = [
    path("sharing/", views.sharing, name="sharing"),
    path("sharing/<int:coach_pk>/", views.sharing_update, name="sharing-update"),
    path("caseload/", views.caseload, name="caseload"),
    path("sharing/handed-over/<int:pk>/", organisation_views.share_same, name="share-same"),
    path("organisation/", organisation_views.organisation, name="organisation"),
    path(
        "organisation/<int:organisation_pk>/invite/",
        organisation_views.invite,
        name="organisation-invite",
    ),
    path(
        "organisation/invitations/<int:pk>/resend/",
        organisation_views.resend,
        name="invitation-resend",
    ),
    path(
        "organisation/invitations/<int:pk>/withdraw/",
        organisation_views.withdraw,
        name="invitation-withdraw",
    ),
    path(
        "organisation/<int:organisation_pk>/caseloads/<int:coach_pk>/hand-over/",
        organisation_views.hand_over,
        name="hand-over",
    ),
    path("organisation/<int:organisation_pk>/leave/", views.leave, name="leave"),
    path("organisation/members/<int:pk>/remove/", views.remove_member, name="remove-member"),
    path("caseload/invite/", views.invite, name="invite"),
    path("people/<int:pk>/", views.person, name="person"),
    path("people/<int:pk>/<slug:section>/", views.section, name="section"),
    path("people/<int:pk>/<slug:section>/comment/", views.comment, name="comment"),
]
