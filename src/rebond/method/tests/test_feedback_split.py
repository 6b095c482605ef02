"""Cutting a pasted recruiter e-mail into feedback statements."""

from __future__ import annotations

import pytest

from rebond.method.feedback import MAX_EMAIL_CHARS, split_statements, split_statements_with_lang

PLAIN_WITH_REPLY = """Bonjour Camille,

Merci pour votre candidature et pour le temps consacré à nos échanges.
Le jury a apprécié votre connaissance du secteur. En revanche, vos exemples
restaient assez généraux et vos résultats n'étaient pas chiffrés.

Bien cordialement,
Hélène Martin
Responsable recrutement | Acme SAS
+33 6 12 34 56 78

Le mar. 4 mars 2025 à 09:12, Camille Durand <camille@example.org> a écrit :
> Bonjour Hélène,
> Auriez-vous quelques retours sur mon entretien ?
"""

HTML_MIXED = """<html><head><style>p {color: red}</style></head><body>
<p>Hi Sam,</p>
<p>Thanks for your time last week. Here is the panel&#39;s feedback:</p>
<ul><li>Your technical depth on APIs was excellent.</li>
<li>Vos réponses étaient parfois trop longues.</li></ul>
<p>Kind regards,<br>Jo</p>
<blockquote>On Mon, 3 Mar 2025, Sam wrote: could you share feedback?</blockquote>
<p>This email and any attachments are confidential and intended solely for the addressee.</p>
</body></html>"""


def test_it_drops_greeting_courtesy_signature_and_quoted_reply() -> None:
    assert split_statements(PLAIN_WITH_REPLY) == [
        "Le jury a apprécié votre connaissance du secteur.",
        "En revanche, vos exemples restaient assez généraux et vos résultats n'étaient pas "
        "chiffrés.",
    ]


def test_it_reads_html_lists_and_gives_each_statement_its_language() -> None:
    found = split_statements_with_lang(HTML_MIXED)
    assert [(s.text, s.lang) for s in found] == [
        ("Your technical depth on APIs was excellent.", "en"),
        ("Vos réponses étaient parfois trop longues.", "fr"),
    ]


def test_it_splits_bullets_and_numbered_lists_and_respects_abbreviations() -> None:
    email = (
        "Hello,\n\n"
        "1. Your pitch was clear, e.g. the part on your move to product.\n"
        "2) Vous avez rencontré M. Dupont et Mme Leroy, qui ont aimé vos exemples.\n"
        "- Vos questions sur la stratégie, le produit, etc. étaient pertinentes.\n"
        "• The coding test was not finished. It lacked tests.\n\n"
        "Best regards,\nAnna"
    )
    assert split_statements(email) == [
        "Your pitch was clear, e.g. the part on your move to product.",
        "Vous avez rencontré M. Dupont et Mme Leroy, qui ont aimé vos exemples.",
        "Vos questions sur la stratégie, le produit, etc. étaient pertinentes.",
        "The coding test was not finished.",
        "It lacked tests.",
    ]


def test_it_cuts_at_a_signature_delimiter_and_a_legal_footer() -> None:
    email = (
        "Your examples were strong.\n\n\n"
        "-- \nJo Bloggs\nTalent team\n"
        "Ce message et ses pièces jointes sont confidentiels."
    )
    assert split_statements(email) == ["Your examples were strong."]
    footer_only = (
        "Vos chiffres étaient convaincants.\n"
        "Ce message est confidentiel et destiné à son seul destinataire."
    )
    assert split_statements(footer_only) == ["Vos chiffres étaient convaincants."]


def test_it_handles_a_wrapped_reply_header_and_windows_line_ends() -> None:
    email = (
        "Votre pitch manquait de relief.\r\n\r\n"
        "Le lun. 3 mars 2025 à 10:00, Marie Dupont <marie@example.org> a\r\nécrit :\r\n"
        "> Vos réponses étaient excellentes.\r\n"
    )
    assert split_statements(email) == ["Votre pitch manquait de relief."]


def test_it_returns_nothing_for_blank_or_courtesy_only_messages() -> None:
    assert split_statements("") == []
    assert split_statements("\n \n\t\n") == []
    assert split_statements("Thank you for your application.\nBest regards,\nHR") == []


def test_it_accepts_the_limit_and_refuses_one_character_more() -> None:
    sentence = "Your answers were clear. "
    at_limit = (sentence * (MAX_EMAIL_CHARS // len(sentence) + 1))[:MAX_EMAIL_CHARS]
    assert split_statements(at_limit)
    with pytest.raises(ValueError, match="20,000"):
        split_statements(at_limit + "x")
