from django.urls import path

from rebond.jobs import views, views_import

app_name = "jobs"
urlpatterns = [
    path("board/", views.board, name="board"),
    path("applications/", views.application_list, name="list"),
    path("applications/new/", views.application_create, name="create"),
    path("applications/quick-add/", views.quick_add, name="quick-add"),
    path("applications/import/", views_import.import_start, name="import"),
    path("applications/from-ad/", views_import.from_ad, name="from-ad"),
    path("applications/import/preview/", views_import.import_preview, name="import-preview"),
    path("applications/import/cancel/", views_import.import_cancel, name="import-cancel"),
    path("applications/<int:pk>/", views.application_detail, name="application"),
    path("applications/<int:pk>/edit/", views.application_edit, name="edit"),
    path("applications/<int:pk>/move/", views.application_move, name="move"),
    path("applications/<int:pk>/interviews/new/", views.interview_create, name="interview-create"),
    path("applications/<int:pk>/reject/", views.application_reject, name="reject"),
    path("companies/", views.company_list, name="companies"),
    path("companies/<int:pk>/", views.company_detail, name="company"),
]
