"""A tiny keyword-default factory for CV versions, checks, texts and proofs."""

from __future__ import annotations

from typing import Any

from rebond.documents.models import BrandText, CvVersion, KeywordCheck, ProofItem
from rebond.documents.services import cvs, keywords, proofs

CV_TEXT = """Camille Durand
camille@example.fr · 06 12 34 56 78 · Lyon
Profil
Cheffe de projet digital : je fais gagner des ventes aux sites e-commerce.
Expérience
Cheffe de projet, Agence Nova, 2019 – 2024
- Piloté la refonte de 12 sites e-commerce, +30 % de conversion
- Responsable de la relation client
Formation
Master marketing, 2018
Compétences
Gestion de projet, Google Analytics, SQL
"""
JOB_TEXT = """Chef de projet digital H/F
Profil recherché :
- Maîtrise de la gestion de projet et de Scrum
- Connaissance de Google Analytics et de JIRA
Une expérience sur Shopify serait un plus.
"""


def make_cv(user: Any, *, text: str = CV_TEXT, label: str = "Version A", **_: Any) -> CvVersion:
    return cvs.create_cv(user, text.encode(), "cv.txt", label)


def make_check(user: Any, *, cv: CvVersion | None = None, job_text: str = JOB_TEXT) -> KeywordCheck:
    return keywords.create_check(user, cv or make_cv(user), job_text)


def make_text(user: Any, **fields: Any) -> BrandText:
    values = {"kind": "headline", "title": "LinkedIn", "text": "Cheffe de projet digital"}
    values.update(fields)
    return BrandText.objects.create(user=user, **values)


def make_proof(user: Any, **fields: Any) -> ProofItem:
    values = {"kind": "mini_case", "title": "Refonte Nova", "url": "https://example.org/case"}
    values.update(fields)
    return proofs.save_proof(user, **values)
