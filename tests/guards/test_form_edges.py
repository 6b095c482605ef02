"""Every form of every page, sent with values at the edge of what a field takes: dates in year
1 and 9999, impossible dates, huge and negative numbers, very long texts. A person may get an
error message, never a server error. Forms are read from the pages themselves, so a new form
is covered without editing this file."""

from __future__ import annotations

import pytest
from django.test import Client
from tests.guards.forms_found import forms_of
from tests.hosted import objects

from rebond.web.forms import PlausibleDates

pytestmark = [pytest.mark.django_db, pytest.mark.slow]
EDGES = {
    "date": ["0001-01-01", "9999-12-31", "2026-02-30"],
    "datetime-local": ["0001-01-01T00:00", "9999-12-31T23:59"],
    "number": ["99999999999999999999", "-99999999999", "1e308", "NaN"],
    "text": ["x" * 100_000],
    "textarea": ["y" * 300_000],
    "email": ["a@" + "b" * 300 + ".fr"],
    "url": ["https://" + "a" * 3000 + ".fr"],
    "time": ["25:99"],
}


def test_no_form_answers_a_server_error_at_the_edges(owner):
    client = Client(raise_request_exception=False)
    client.force_login(owner)
    errors, sent = [], 0
    for name, url, page in objects.owner_pages(client, owner, skipped=("delete",)):
        for form in forms_of(page.content.decode()):
            send = client.post if form.method == "post" else client.get
            for field, kind in form.types.items():
                for value in EDGES.get(kind, []):
                    data = {**form.fields, field: value}
                    data.pop("csrfmiddlewaretoken", None)
                    sent += 1
                    answer = send(form.action or url, data)
                    if answer.status_code >= 500:
                        errors.append(f"{name} {form.action} {field}={value[:20]}")
    assert sent > 250  # the pages were read and their forms found
    assert errors == []


def test_every_form_of_the_product_checks_its_dates():
    import importlib
    import pkgutil

    from django import forms

    import rebond

    for module in pkgutil.walk_packages(rebond.__path__, "rebond."):
        if ".tests" not in module.name and module.name.endswith(("forms", "views_import")):
            importlib.import_module(module.name)

    def every(cls: type) -> list[type]:
        return [cls, *(c for sub in cls.__subclasses__() for c in every(sub))]

    unchecked = [
        f"{cls.__module__}.{cls.__name__}"
        for cls in every(forms.BaseForm)
        if cls.__module__.startswith("rebond.")
        and not cls.__module__.startswith("rebond.web.forms")
        and not issubclass(cls, PlausibleDates)
        and any(
            isinstance(f, forms.DateField | forms.DateTimeField)
            for f in getattr(cls, "base_fields", {}).values()
        )
    ]
    assert unchecked == [], "inherit rebond.web.forms.Form or ModelForm"


def test_the_api_refuses_a_date_nobody_means(owner_client):
    for applied_on in ("0001-01-01", "9999-12-31"):
        answer = owner_client.post(
            "/api/v1/applications",
            {"company": "Acme", "role": "Analyst", "applied_on": applied_on},
            content_type="application/json",
        )
        assert answer.status_code == 422, answer.content
        assert answer.json()["error"]["code"] == "invalid"
    fine = {"company": "Acme", "role": "Analyst", "applied_on": "2026-11-20"}
    assert (
        owner_client.post("/api/v1/applications", fine, content_type="application/json").status_code
        == 201
    )


def test_every_api_input_checks_its_dates():
    from ninja import Schema

    import rebond.api.urls  # noqa: F401 - every router module
    from rebond.api.inputs import In

    def every(cls: type) -> list[type]:
        return [cls, *(c for sub in cls.__subclasses__() for c in every(sub))]

    inputs = [
        c
        for c in every(Schema)
        if c.__module__.startswith("rebond.api") and not c.__name__.endswith(("Out", "Body"))
    ]
    assert len(inputs) > 20
    assert [c.__name__ for c in inputs if not issubclass(c, In)] == []
