"""Full export (X3): a zip of JSON and CSV with a README of the schema, plus the files."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from django.conf import settings
from django.shortcuts import resolve_url
from tests.hosted import objects

from rebond.privacy.tests.test_erasure import (  # noqa: F401 - an autouse fixture
    _static_without_manifest,
    just_reauthenticated,
)

pytestmark = pytest.mark.django_db


def test_it_downloads_a_zip_of_json_csv_readme_and_files(owner_client, owner, other):
    objects.OBJECTS["prep:mock-recording"](owner)
    objects.OBJECTS["documents:cv-file"](owner)
    objects.OBJECTS["jobs:application"](other)
    just_reauthenticated(owner_client, owner)
    response = owner_client.post("/privacy/export/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))  # streamed
    names = archive.namelist()
    assert {"README.txt", "rebond.json", "csv/README.txt", "csv/applications.csv"} <= set(names)
    assert any(n.startswith("files/prep_mocksession/") for n in names)
    assert any(n.startswith("files/documents_cvversion/") for n in names)
    document = json.loads(archive.read("rebond.json"))
    assert document["schema"] == "rebond-export"
    assert "- applications: id, company_id" in archive.read("README.txt").decode()
    # Only the owner's rows: the other person's application is not there.
    assert document["sections"]["applications"] == []


def test_it_protects_the_privacy_pages(client, owner_client):
    assert owner_client.get("/privacy/").status_code == 200
    assert owner_client.get("/privacy/export/").status_code == 405  # a POST, behind re-auth
    for url in ("/privacy/", "/privacy/export/", "/privacy/erase/"):
        client.logout()
        response = client.post(url) if url != "/privacy/" else client.get(url)
        login = resolve_url(settings.LOGIN_URL)
        assert response.status_code == 302 and response.url.startswith(login)


def test_big_tables_are_streamed_from_the_database_not_held_whole(owner):
    """The contacts (100,000 happen) are read with `.iterator()` in chunks: evaluating a
    query whole (`list(queryset)`, `_fetch_all`) fails here. The streamed JSON is the same
    document as the one-piece one."""
    from unittest import mock

    from django.db.models import QuerySet

    from rebond import data_export
    from rebond.network.models import Contact
    from rebond.network.tests.factories import contact
    from rebond.privacy import services

    for number in range(5):
        contact(owner, first_name=f"Léa{number}")
    sections = data_export.collect(owner)
    assert isinstance(sections["contacts"][1], QuerySet)
    whole = json.loads(data_export.as_json(owner))
    target = io.BytesIO()
    fetch_all = QuerySet._fetch_all

    def never_whole(queryset: QuerySet) -> None:
        assert queryset.model is not Contact, "the contacts were held whole"
        fetch_all(queryset)

    with (
        mock.patch.object(data_export, "CHUNK", 2),
        mock.patch.object(QuerySet, "_fetch_all", never_whole),
    ):
        services.export_archive(owner, target)
    archive = zipfile.ZipFile(target)
    streamed = json.loads(archive.read("rebond.json"))
    assert streamed["sections"]["contacts"] == whole["sections"]["contacts"]
    assert len(streamed["sections"]["contacts"]) == 5
    assert streamed.keys() == whole.keys()
    assert archive.read("csv/contacts.csv").decode("utf-8-sig").count("Léa") == 5
