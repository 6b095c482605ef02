from django.urls import path

from rebond.coaching import (
    organisation_views,
    own_search_views,
    report_views,
    views,
    views_reading,
    views_tools,
)

app_name = "coaching"
urlpatterns = [
    path("sharing/", views.sharing, name="sharing"),
    path("sharing/<int:coach_pk>/", views.sharing_update, name="sharing-update"),
    path("caseload/", views.caseload, name="caseload"),
    path("own-search/", own_search_views.start, name="own-search"),
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
    path("caseload/interviews/", views.interviews, name="interviews"),
    path("caseload/remind/<int:pk>/", views.remind, name="remind"),
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
    # Private notes, threads and proposed actions (views_tools.py).
    path("people/<int:pk>/notes/new/", views_tools.note_add, name="note-add"),
    path("notes/<int:pk>/edit/", views_tools.note_edit, name="note-edit"),
    path("notes/<int:pk>/delete/", views_tools.note_delete, name="note-delete"),
    path("comments/<int:pk>/reply/", views_tools.message_reply, name="message-reply"),
    path("comments/<int:pk>/edit/", views_tools.message_edit, name="message-edit"),
    path("comments/<int:pk>/delete/", views_tools.message_delete, name="message-delete"),
    path("people/<int:pk>/proposals/new/", views_tools.proposal_add, name="proposal-add"),
    path("proposals/<int:pk>/accept/", views_tools.proposal_accept, name="proposal-accept"),
    path("proposals/<int:pk>/decline/", views_tools.proposal_decline, name="proposal-decline"),
]
