"""The network's API endpoints and `rebond contacts` commands call the same services."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rebond.cli import app
from rebond.network.models import Contact

pytestmark = pytest.mark.django_db
DATA = Path(__file__).parent / "data"
runner = CliRunner()


def test_it_creates_updates_and_logs_through_the_api(owner, owner_client):
    created = owner_client.post("/api/v1/contacts", {"first_name": "Léa", "last_name": "Martin",
                                "kind": "mentor", "cadence_months": 1},
                                content_type="application/json")  # fmt: skip
    assert created.status_code == 201
    pk = created.json()["id"]
    first_due = created.json()["due_at"]
    logged = owner_client.post(f"/api/v1/contacts/{pk}/interactions",
                               {"summary": "Lunch", "channel": "meeting",
                                "occurred_at": "2030-01-01T12:00:00Z"},
                               content_type="application/json")  # fmt: skip
    assert logged.status_code == 201
    contact = owner_client.get(f"/api/v1/contacts/{pk}").json()
    assert contact["due_at"] > first_due and contact["due_at"].startswith("2030-02-01")
    bad = owner_client.put(f"/api/v1/contacts/{pk}", {"first_name": "Léa", "cadence_months": 40},
                           content_type="application/json")  # fmt: skip
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid"
    due = owner_client.get("/api/v1/network/due").json()
    assert due == []  # the next check-in is in 2030


def rebond(*args):
    return runner.invoke(app, list(args))


def test_it_adds_logs_lists_shows_imports_and_exports(owner, tmp_path, monkeypatch):
    monkeypatch.setenv("REBOND_USER", "owner")
    result = rebond("contacts", "add", "Jean-Pierre de la Tour", "--company", "Acme",
                    "--kind", "mentor", "--every", "2")  # fmt: skip
    assert result.exit_code == 0, result.output
    person = Contact.objects.get()
    assert (person.first_name, person.last_name, person.cadence_months) == (
        "Jean-Pierre", "de la Tour", 2)  # fmt: skip
    assert rebond("contacts", "log", str(person.pk), "--summary", "Call").exit_code == 0
    rows = json.loads(rebond("contacts", "list", "--json").stdout)
    assert rows[0]["last_name"] == "de la Tour" and rows[0]["last_interaction_at"]
    assert "Call" in rebond("contacts", "show", str(person.pk)).stdout
    dry = rebond("contacts", "import", str(DATA / "Connections.csv"), "--dry-run")
    assert dry.exit_code == 0 and "Importerait 3 contacts" in dry.stdout  # in French
    assert Contact.objects.count() == 1
    bad = rebond("contacts", "import", str(DATA / "Connections_bad.csv"))
    assert bad.exit_code == 1 and "ligne 8" in bad.output and Contact.objects.count() == 1
    assert rebond("contacts", "import", str(DATA / "phone_export.vcf")).exit_code == 0
    out = tmp_path / "all.vcf"
    assert rebond("contacts", "export", "--vcf", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8").count("BEGIN:VCARD") == 4
    assert rebond("contacts", "show", "999").exit_code == 2
    assert rebond("contacts", "add", "X", "--kind", "boss").exit_code == 2
