import io
import json
import zipfile

import pytest

from rebond import data_export
from rebond.jobs import services
from rebond.jobs.tests.factories import make_application

pytestmark = pytest.mark.django_db


def test_it_exports_everything_of_the_owner_and_nothing_else(owner, other):
    application = make_application(owner, company="Zoé & Fils", stages=("interview_1",))
    services.close_application(application, reason="Budget gelé")
    make_application(other, company="Secret Corp")
    document = json.loads(data_export.as_json(owner))
    assert (document["schema"], document["version"]) == ("rebond-export", 1)
    sections = document["sections"]
    assert [c["name"] for c in sections["companies"]] == ["Zoé & Fils"]
    assert [e["stage"] for e in sections["stage_events"]] == ["applied", "interview_1", "rejected"]
    assert sections["outcomes"][0]["reason"] == "Budget gelé"
    assert "Secret Corp" not in json.dumps(document)


def test_it_writes_a_zip_of_csv_files_with_a_readme(owner):
    make_application(owner, company="Crédit Agricole")
    archive = zipfile.ZipFile(io.BytesIO(data_export.as_csv_zip(owner)))
    assert {
        "README.txt",
        "companies.csv",
        "applications.csv",
        "stage_events.csv",
        "interviews.csv",
        "outcomes.csv",
    } <= set(archive.namelist())
    companies = archive.read("companies.csv").decode("utf-8-sig")
    assert companies.splitlines()[0].startswith("id,name,")
    assert "Crédit Agricole" in companies


def test_it_writes_nested_values_as_json_text_in_csv_cells():
    from rebond.data_export import _cell

    assert _cell({"wpm": 142, "fillers": ["euh"]}) == '{"wpm": 142, "fillers": ["euh"]}'
    assert _cell(["SQL", "Python"]) == '["SQL", "Python"]'
    assert _cell("plain") == "plain"
