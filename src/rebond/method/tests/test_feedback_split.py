"""Cutting a pasted message into pieces: candidate sentences and set-aside blocks."""

from __future__ import annotations

import re

import pytest

from rebond.method.feedback.split import CANDIDATE, MAX_EMAIL_CHARS, clauses, pieces


def candidates(text: str) -> list[str]:
    return [p.text for p in pieces(text) if p.kind == CANDIDATE]


def kinds(text: str) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in pieces(text)]


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


def test_it_sets_aside_greeting_signature_and_quoted_reply() -> None:
    assert kinds(PLAIN_WITH_REPLY)[0] == ("greeting", "Bonjour Camille,")
    assert [k for k, _ in kinds(PLAIN_WITH_REPLY)][-2:] == ["signature", "quoted"]
    assert candidates(PLAIN_WITH_REPLY) == [
        "Merci pour votre candidature et pour le temps consacré à nos échanges.",
        "Le jury a apprécié votre connaissance du secteur.",
        "En revanche, vos exemples restaient assez généraux et vos résultats n'étaient pas "
        "chiffrés.",
    ]


def test_it_reads_html_lists_and_gives_each_statement_its_language() -> None:
    found = [p for p in pieces(HTML_MIXED) if p.kind == CANDIDATE]
    assert [(s.text, s.lang) for s in found] == [
        ("Thanks for your time last week.", "en"),
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
    assert candidates(email) == [
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
    assert candidates(email) == ["Your examples were strong."]
    footer_only = (
        "Vos chiffres étaient convaincants.\n"
        "Ce message est confidentiel et destiné à son seul destinataire."
    )
    assert candidates(footer_only) == ["Vos chiffres étaient convaincants."]


def test_it_handles_a_wrapped_reply_header_and_windows_line_ends() -> None:
    email = (
        "Votre pitch manquait de relief.\r\n\r\n"
        "Le lun. 3 mars 2025 à 10:00, Marie Dupont <marie@example.org> a\r\nécrit :\r\n"
        "> Vos réponses étaient excellentes.\r\n"
    )
    assert candidates(email) == ["Votre pitch manquait de relief."]


def test_it_returns_nothing_for_blank_or_courtesy_only_messages() -> None:
    assert pieces("") == []
    assert pieces("\n \n\t\n") == []
    assert kinds("Best regards,\nHR") == [("signature", "Best regards,\nHR")]


def test_it_accepts_the_limit_and_refuses_one_character_more() -> None:
    sentence = "Your answers were clear. "
    at_limit = (sentence * (MAX_EMAIL_CHARS // len(sentence) + 1))[:MAX_EMAIL_CHARS]
    assert pieces(at_limit)
    with pytest.raises(ValueError, match="20,000"):
        pieces(at_limit + "x")


def test_nothing_of_the_message_is_lost() -> None:
    """Every word of the message is in one piece: kept or set aside, never dropped."""
    for text in (PLAIN_WITH_REPLY, FORWARDED, "Objet : votre candidature\nDe : RH\n\nMerci."):
        found = re.findall(r"\w+", " ".join(p.text for p in pieces(text)))
        assert sorted(found) == sorted(re.findall(r"\w+", text)), text


FORWARDED = """Pour info, le retour de la RH.

---------- Forwarded message ---------
De : Claire Martin <claire@acme.fr>
Date: lun. 3 nov. 2026 à 10:12
Subject: Votre candidature
To: <moi@example.org>

Bonjour,
Votre anglais a été jugé trop juste pour le poste.
Claire"""


def test_a_forwarded_message_is_read_and_only_its_headers_set_aside() -> None:
    found = kinds(FORWARDED)
    assert ("candidate", "Votre anglais a été jugé trop juste pour le poste.") in found
    headers = [text for kind, text in found if kind == "quoted"]
    assert headers and "De : Claire Martin" in headers[0]


def test_headers_pasted_above_the_message_are_set_aside() -> None:
    text = (
        "From: Careers <careers@example.ac.uk>\nSubject: Feedback\n\nHi Zainab,\n\n"
        "- Punctual and well prepared throughout the interview"
    )
    assert kinds(text)[0][0] == "header"
    assert candidates(text) == ["Punctual and well prepared throughout the interview"]


def test_a_sentence_with_two_points_becomes_two_clauses() -> None:
    assert clauses("Très bon contact, mais un anglais jugé insuffisant pour le poste.") == [
        "Très bon contact.",
        "Un anglais jugé insuffisant pour le poste.",
    ]
    assert clauses("Great energy; your answers ran long at times.") == [
        "Great energy.",
        "Your answers ran long at times.",
    ]
    # A parenthetical "however" and a concession are not cuts.
    assert len(clauses("The panel felt, however, that your answer lacked detail.")) == 1
    assert len(clauses("We reviewed it and, although it is impressive, we will not.")) == 1


def test_notes_typed_in_lower_case_are_cut_into_sentences() -> None:
    assert candidates("used the migration story. he said I owned the mistake well") == [
        "used the migration story.",
        "he said I owned the mistake well",
    ]
