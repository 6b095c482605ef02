from django.urls import path

from rebond.debrief import views, views_journal

app_name = "debrief"
urlpatterns = [
    path("", views.home, name="home"),
    path("start/<int:application_pk>/", views.start, name="start"),
    path("<int:pk>/", views.summary, name="summary"),
    path("<int:pk>/resume/", views.resume, name="resume"),
    path("<int:pk>/delete/", views.delete, name="delete"),
    path("<int:pk>/<slug:key>/", views.step, name="step"),
    path("thoughts/", views_journal.thoughts, name="thoughts"),
    path("thoughts/spot/", views_journal.spot, name="spot"),
    path("thoughts/<int:pk>/", views_journal.thought, name="thought"),
    path("assets/", views_journal.assets, name="assets"),
    path("timeline/", views_journal.timeline, name="timeline"),
    path("support/", views_journal.support, name="support"),
    path("<slug:kind>/<int:pk>/delete/", views_journal.delete, name="delete-item"),
]
