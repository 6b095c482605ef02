from django.urls import path

from rebond.trash import views

app_name = "trash"
urlpatterns = [
    path("", views.home, name="home"),
    path("empty/", views.empty, name="empty"),
    path("<int:pk>/restore/", views.restore, name="restore"),
    path("<int:pk>/delete/", views.delete_forever, name="delete"),
]
