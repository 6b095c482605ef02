from django.urls import path

from rebond.feedback import views, views_messages

app_name = "feedback"
urlpatterns = [
    path("", views.home, name="home"),
    path("due/", views.due, name="due"),
    path("items/new/", views.item_add, name="item-add"),
    path("items/<int:pk>/", views.item_detail, name="item"),
    path("items/<int:pk>/delete/", views.item_delete, name="item-delete"),
    path("items/<int:pk>/restore/<int:index>/", views.restore, name="restore"),
    path("statements/<int:pk>/correct/", views.correct, name="correct"),
    path("statements/<int:pk>/answer/", views.answer, name="answer"),
    path("points/", views.points, name="points"),
    path("points/<int:group>/action/", views.point_action, name="point-action"),
    path("strengths/", views.strengths, name="strengths"),
    path("applications/<int:pk>/draft/", views_messages.draft, name="draft"),
    path("messages/<int:pk>/", views_messages.message_detail, name="message"),
    path("messages/<int:pk>/eml/", views_messages.message_eml, name="message-eml"),
    path("messages/<int:pk>/send/", views_messages.message_send, name="message-send"),
    path("messages/<int:pk>/sent/", views_messages.message_mark_sent, name="message-sent"),
    path("settings/mail/", views_messages.smtp_settings, name="smtp"),
    path("settings/mail/test/", views_messages.smtp_test, name="smtp-test"),
]
