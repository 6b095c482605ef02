from django.urls import path

from rebond.privacy import views

app_name = "privacy"
urlpatterns = [
    path("", views.home, name="home"),
    path("export/", views.export, name="export"),
    path("erase/", views.erase, name="erase"),
    path("erasure/<str:token>/", views.erasure_progress, name="erasure"),
]
