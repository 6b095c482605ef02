from django.urls import path

from rebond.plan import views, views_cadence

app_name = "plan"
urlpatterns = [
    path("", views.home, name="home"),
    path("sprints/new/", views.sprint_create, name="sprint-create"),
    path("actions/new/", views.action_create, name="action-create"),
    path("actions/<int:pk>/", views.action_detail, name="action"),
    path("actions/<int:pk>/done/", views.action_done, name="action-done"),
    path("actions/<int:pk>/status/", views.action_status, name="action-status"),
    path("skill-gap/", views.skill_gap, name="skill-gap"),
    path("alternatives/", views.alternative, name="alternative"),
    path("today/", views_cadence.today, name="today"),
    path("agenda/", views_cadence.agenda, name="agenda"),
    path("agenda.ics", views_cadence.ics_download, name="ics"),
    path("reviews/", views_cadence.review_list, name="reviews"),
    path("reviews/new/<str:cadence>/", views_cadence.review_new, name="review-new"),
    path("reviews/<int:pk>/", views_cadence.review_detail, name="review"),
    path("routine/", views_cadence.routine_day, name="routine"),
    path("calendar/", views_cadence.calendar_settings, name="calendar"),
    path("calendar/link/", views_cadence.calendar_link, name="calendar-link"),
    path("calendar/revoke/", views_cadence.calendar_revoke, name="calendar-revoke"),
    path("calendar/titles/", views_cadence.calendar_titles, name="calendar-titles"),
    path("feed/<str:token>.ics", views_cadence.ics_feed, name="feed"),
]
