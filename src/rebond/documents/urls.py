from django.urls import path

from rebond.documents.views import brand, checks, cvs

app_name = "documents"
urlpatterns = [
    path("", cvs.home, name="home"),
    path("upload/", cvs.upload, name="upload"),
    path("cv/<int:pk>/", cvs.detail, name="cv"),
    path("cv/<int:pk>/file/", cvs.download, name="cv-file"),
    path("cv/<int:pk>/send/", cvs.send, name="cv-send"),
    path("cv/<int:pk>/unlink/<int:application_pk>/", cvs.unlink, name="cv-unlink"),
    path("cv/<int:pk>/delete/", cvs.delete, name="cv-delete"),
    path("cv/<int:pk>/check/", checks.create, name="check-create"),
    path("checks/<int:pk>/", checks.detail, name="check"),
    path("checks/<int:pk>/dismiss/", checks.dismiss, name="check-dismiss"),
    path("message/", brand.message, name="message"),
    path("texts/new/", brand.text_edit, name="text-create"),
    path("texts/<int:pk>/", brand.text_edit, name="text-edit"),
    path("texts/<int:pk>/delete/", brand.text_delete, name="text-delete"),
    path("proofs/", brand.proof_list, name="proofs"),
    path("proofs/<int:pk>/", brand.proof_edit, name="proof-edit"),
    path("proofs/<int:pk>/delete/", brand.proof_delete, name="proof-delete"),
    path("proofs/<int:pk>/attach/", brand.proof_attach, name="proof-attach"),
    path("proofs/<int:pk>/detach/<int:application_pk>/", brand.proof_detach, name="proof-detach"),
]
