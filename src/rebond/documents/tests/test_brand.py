"""The central message across texts (C8.4) and the proof portfolio (C8.5)."""

import pytest

from rebond.documents.models import ProofUse, ValueProposition
from rebond.documents.services import message
from rebond.documents.tests.factories import make_cv, make_proof, make_text
from rebond.jobs.tests.factories import make_application

pytestmark = pytest.mark.django_db
VP = "Cheffe de projet digital, je fais gagner des ventes aux sites e-commerce : +30 % de ventes."


def test_it_reads_the_preparation_apps_value_proposition_when_none_is_written_here(owner):
    from rebond.prep.models import PitchVersion

    assert message.central_message(owner) is None
    PitchVersion.objects.create(user=owner, kind="value_proposition", text="From prep.")
    assert message.central_message(owner) == message.CentralMessage("From prep.", "prep")
    message.save_value_proposition(owner, "Written here.")
    assert message.central_message(owner) == message.CentralMessage("Written here.", "documents")


def test_it_shows_where_each_text_drifts(owner_client, owner):
    make_cv(owner)
    make_text(owner, title="LinkedIn", text="Cheffe de projet passionnée de voyages")
    response = owner_client.post("/documents/message/", {"text": VP})
    assert response.status_code == 302
    assert ValueProposition.objects.get(user=owner).text == VP
    _central, rows = message.drift(owner, "fr")
    by_name = {row.name.split(" · ")[-1]: row.drift for row in rows}
    # The CV's summary carries the role and the promise, not the figure (it sits in a bullet).
    assert by_name["Version A"].missing_claims == ("30 %",)
    assert "Cheffe de projet digital" in by_name["LinkedIn"].missing_claims
    page = owner_client.get("/documents/message/").content.decode()
    assert "LinkedIn" in page and "Cheffe de projet digital" in page


def test_it_adds_edits_and_attaches_proofs(owner_client, owner):
    application = make_application(owner)
    response = owner_client.post(
        "/documents/proofs/",
        {"kind": "demo", "title": "Dashboard demo", "url": "https://example.org/demo"},
    )
    assert response.status_code == 302
    proof = make_proof(owner, title="Second")
    owner_client.post(f"/documents/proofs/{proof.pk}/attach/", {"application": application.pk})
    owner_client.post(f"/documents/proofs/{proof.pk}/attach/", {"application": application.pk})
    assert ProofUse.objects.filter(proof=proof).count() == 1
    page = owner_client.get("/documents/proofs/").content.decode()
    assert "Dashboard demo" in page and str(application) in page
    owner_client.post(f"/documents/proofs/{proof.pk}/detach/{application.pk}/")
    assert not ProofUse.objects.exists()


def test_it_refuses_a_proof_without_a_title(owner_client):
    response = owner_client.post("/documents/proofs/", {"kind": "demo", "title": ""})
    assert response.status_code == 200 and "errorlist" in response.content.decode()
