from django.urls import path

from rebond.accounts import views

app_name = "accounts"
urlpatterns = [
    path("login/", views.login_page, name="login"),
    path("login/<str:token>/", views.login_with_token, name="login-token"),
    path("logout/", views.logout_view, name="logout"),
]
