from django.contrib import admin
from django.urls import include, path

from rebond.api.urls import api

urlpatterns = [
    path("", include("rebond.jobs.urls")),
    path("", include("rebond.accounts.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/v1/", api.urls),
    path("admin/", admin.site.urls),
]
