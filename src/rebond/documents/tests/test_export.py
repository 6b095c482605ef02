"""CV versions, checks, texts and proofs are part of the full export, and only the owner's."""

import json

import pytest

from rebond.data_export import as_json
from rebond.documents.services import cvs
from rebond.documents.tests.factories import make_check, make_cv, make_proof, make_text
from rebond.jobs.tests.factories import make_application

pytestmark = pytest.mark.django_db


def test_it_exports_the_documents_sections(owner, other):
    cv = make_cv(owner)
    cvs.send_with(cv, make_application(owner))
    make_check(owner, cv=cv)
    make_text(owner)
    make_proof(owner)
    make_cv(other, label="Not mine")
    sections = json.loads(as_json(owner))["sections"]
    assert [v["label"] for v in sections["cv_versions"]] == ["Version A"]
    assert sections["cv_versions"][0]["text"].startswith("Camille Durand")
    for name in ("cv_uses", "keyword_checks", "brand_texts", "proofs"):
        assert len(sections[name]) == 1, name
