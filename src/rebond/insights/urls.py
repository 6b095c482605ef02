from django.urls import path

from rebond.insights import views

app_name = "insights"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("funnel/", views.funnel, name="funnel"),
    path("experiments/", views.experiment_list, name="experiments"),
    path("experiments/<int:pk>/", views.experiment_detail, name="experiment"),
    path("experiments/<int:pk>/stop/", views.experiment_stop, name="experiment-stop"),
    path("experiments/<int:pk>/delete/", views.experiment_delete, name="experiment-delete"),
    path("reports/<str:kind>/", views.report, name="report"),
    path("reports/<str:kind>/pdf/", views.report_pdf, name="report-pdf"),
]
