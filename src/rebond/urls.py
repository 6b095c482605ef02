from django.apps import apps
from django.contrib import admin
from django.urls import include, path

from rebond.api.urls import api
from rebond.web.views import health, home

admin.autodiscover()  # settings.py installs SimpleAdminConfig: the CLI never imports admin modules
if apps.is_installed("allauth"):  # hosted mode (settings.py)
    from allauth.account.decorators import secure_admin_login

    # The admin signs in through the accounts' own page: same rate limits, same two-factor step.
    admin.site.login = secure_admin_login(admin.site.login)  # type: ignore[method-assign]

handler400 = "rebond.web.errors.bad_request"
handler403 = "rebond.web.errors.permission_denied"
handler404 = "rebond.web.errors.page_not_found"
handler500 = "rebond.web.errors.server_error"
handler429 = "rebond.web.errors.too_many_requests"  # allauth's rate limits (core.ratelimit)

urlpatterns = [
    path("", home, name="home"),
    path("", include("rebond.jobs.urls")),
    path("debrief/", include("rebond.debrief.urls")),
    path("feedback/", include("rebond.feedback.urls")),
    path("plan/", include("rebond.plan.urls")),
    path("insights/", include("rebond.insights.urls")),
    path("network/", include("rebond.network.urls")),
    path("prep/", include("rebond.prep.urls")),
    path("documents/", include("rebond.documents.urls")),
    path("", include("rebond.accounts.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/v1/", api.urls),
    path("admin/", admin.site.urls),
    path("health/", health, name="health"),
    path("privacy/", include("rebond.privacy.urls")),
    path("bin/", include("rebond.trash.urls")),
    path("coaching/", include("rebond.coaching.urls")),
    path("reminders/", include("rebond.reminders.urls")),
]
if apps.is_installed("allauth"):  # hosted mode (settings.py)
    urlpatterns += [
        path("accounts/", include("rebond.coaching.signup_urls")),
        path("accounts/", include("allauth.urls")),
    ]
