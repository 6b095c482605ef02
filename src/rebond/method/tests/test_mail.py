"""Mail hand-off: .eml round-trips and RFC 6068 links (sending: `feedback/tests/test_smtp.py`).

The SMTP tests run aiosmtpd on 127.0.0.1 with `auth_require_tls=False`: the server accepts a
login over plain text only because these tests stay on the loopback interface. The TLS tests
use a throw-away self-signed certificate made with the `openssl` command.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.parser import BytesParser
from email.policy import default
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from rebond.method.messages import Draft
from rebond.method.messages.mail import (
    MailError,
    build_eml,
    mailto_fits,
    mailto_url,
)

SUBJECT = "Retour sur l'entretien — poste de développeuse"
BODY = "Bonjour Marc,\n\nMerci pour l'échange ; à très bientôt.\n\nBien cordialement,\nZoé\n"
DRAFT = Draft(SUBJECT, BODY, "fr", "feedback_request", 1)
WHEN = datetime(2026, 3, 2, 9, 30, tzinfo=timezone(timedelta(hours=1)))
SENDER = "Zoé Lefèvre <zoe@example.org>"
PASSWORD = "s3cret-Pa55"


def parse(eml: bytes):
    return BytesParser(policy=default).parsebytes(eml)


# --- .eml -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sender", "to", "names"),
    [
        (SENDER, "Marc Dubois <marc@acme.fr>", ["Marc Dubois"]),
        (("Zoé Lefèvre", "zoe@example.org"), ("Hélène Çelik", "h@acme.fr"), ["Hélène Çelik"]),
        (SENDER, ["a@acme.fr", "Ève <e@acme.fr>"], ["", "Ève"]),
    ],
)
def test_it_round_trips_non_ascii_names_and_subject(sender, to, names):
    eml = build_eml(DRAFT, sender, to, WHEN, "example.org")
    eml.decode("ascii")  # every header is RFC 2047 encoded, the body quoted-printable
    message = parse(eml)
    assert message["From"].addresses[0].display_name == "Zoé Lefèvre"
    assert [a.display_name for a in message["To"].addresses] == names
    assert message["Subject"] == SUBJECT
    assert message.get_content().replace("\r\n", "\n") == BODY  # CRLF is the wire form
    assert message.get_content_charset() == "utf-8"


def test_it_writes_the_standard_headers_and_the_draft_marker():
    eml = build_eml(DRAFT, SENDER, "marc@acme.fr", WHEN, "example.org")
    message = parse(eml)
    assert message["MIME-Version"] == "1.0"
    assert message["X-Unsent"] == "1"
    assert message["Date"].datetime == WHEN
    assert message["Message-ID"].startswith("<20260302093000.")
    assert message["Message-ID"].endswith("@example.org>")
    assert all(line.endswith(b"\r") or not line for line in eml.split(b"\n")[:-1])
    assert max(len(line) for line in eml.split(b"\r\n")) <= 78


def test_it_makes_a_new_message_id_each_time():
    first, second = (
        parse(build_eml(DRAFT, SENDER, "m@acme.fr", WHEN, "example.org"))["Message-ID"]
        for _ in range(2)
    )
    assert first != second


@pytest.mark.parametrize(
    ("sender", "to", "error"),
    [
        ("Zoé <zoe@example.org>", "Marc\r\nBcc: spy@evil.test <m@acme.fr>", MailError),
        ("not an address", "m@acme.fr", MailError),
        (SENDER, "two@@acme.fr", MailError),
    ],
)
def test_it_rejects_malformed_addresses(sender, to, error):
    with pytest.raises(error):
        build_eml(DRAFT, sender, to, WHEN, "example.org")


@pytest.mark.parametrize(
    ("date", "domain"), [(datetime(2026, 3, 2), "example.org"), (WHEN, "bad domain")]
)
def test_it_requires_an_aware_date_and_a_clean_domain(date, domain):
    with pytest.raises(ValueError):
        build_eml(DRAFT, SENDER, "m@acme.fr", date, domain)


# --- mailto: ----------------------------------------------------------------------------------


@pytest.mark.parametrize("to", ["marc@acme.fr", ["marc@acme.fr", "rh@acme.fr"]])
def test_it_builds_an_rfc_6068_link_that_parses_back(to):
    url = mailto_url(DRAFT, to)
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    assert parts.scheme == "mailto"
    assert unquote(parts.path).split(",") == ([to] if isinstance(to, str) else to)
    assert query["subject"] == [SUBJECT]
    assert query["body"] == [BODY.rstrip("\n").replace("\n", "\r\n")]
    assert "+" not in url and " " not in url and "%0D%0A" in url
    assert mailto_fits(DRAFT, to)


@pytest.mark.parametrize("max_length", [400, 600, 900])
def test_it_shortens_a_long_body_at_a_whole_line(max_length):
    long_draft = Draft(
        "Sujet", "\n".join(f"Ligne numéro {i} ." for i in range(80)), "fr", "keep_warm", 80
    )
    url = mailto_url(long_draft, "m@acme.fr", max_length=max_length)
    body = parse_qs(urlsplit(url).query)["body"][0].split("\r\n")
    assert len(url) <= max_length
    assert body[-1] == "[…]"
    assert all(line in long_draft.body.split("\n") for line in body[:-1])
    assert not mailto_fits(long_draft, "m@acme.fr", max_length=max_length)
