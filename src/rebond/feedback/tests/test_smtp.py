"""Sending through the person's own SMTP server, against a real aiosmtpd server.

The SMTP tests run aiosmtpd on 127.0.0.1 with `auth_require_tls=False`: the server accepts a
login over plain text only because these tests stay on the loopback interface. The TLS tests
use a throw-away self-signed certificate made with the `openssl` command.
"""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import threading
import traceback
from datetime import UTC, datetime, timedelta, timezone
from email.parser import BytesParser
from email.policy import default

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from rebond.feedback.smtp import SmtpSettings, send_smtp, test_connection
from rebond.method.messages import Draft
from rebond.method.messages.mail import MailError, build_eml

SUBJECT = "Retour sur l'entretien — poste de développeuse"
BODY = "Bonjour Marc,\n\nMerci pour l'échange ; à très bientôt.\n\nBien cordialement,\nZoé\n"
DRAFT = Draft(SUBJECT, BODY, "fr", "feedback_request", 1)
WHEN = datetime(2026, 3, 2, 9, 30, tzinfo=timezone(timedelta(hours=1)))
SENDER = "Zoé Lefèvre <zoe@example.org>"
PASSWORD = "s3cret-Pa55"


def parse(eml: bytes):
    return BytesParser(policy=default).parsebytes(eml)


# --- SMTP -------------------------------------------------------------------------------------


class Recorder:
    def __init__(self) -> None:
        self.received: list[tuple[str, list[str], bytes]] = []
        self.logins: list[str] = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("nobody@"):
            return "550 5.1.1 No such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.received.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 Message accepted"

    def authenticate(self, server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.password == PASSWORD.encode()
        if ok:
            self.logins.append(auth_data.login.decode())
        return AuthResult(success=ok, handled=False)  # handled=False: the server answers 535


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    if not shutil.which("openssl"):
        pytest.skip("the openssl command is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return str(cert), context


def start_server(**kwargs):
    recorder = Recorder()
    controller = Controller(
        recorder,
        hostname="127.0.0.1",
        port=free_port(),
        authenticator=recorder.authenticate,
        auth_require_tls=False,
        **kwargs,
    )
    controller.start()
    return recorder, controller


@pytest.fixture
def server():
    recorder, controller = start_server()
    yield recorder, controller.port
    controller.stop()


def plain(port: int, **overrides) -> SmtpSettings:
    values = {"host": "127.0.0.1", "port": port, "security": "none", "timeout": 5.0}
    return SmtpSettings(**(values | overrides))


def test_it_sends_a_draft_and_drops_the_unsent_marker(server):
    recorder, port = server
    eml = build_eml(DRAFT, SENDER, "Marc <marc@acme.fr>", WHEN, "example.org")
    result = send_smtp(eml, plain(port))
    ((mail_from, rcpts, content),) = recorder.received
    received = parse(content)
    assert (mail_from, rcpts, result.accepted) == (
        "zoe@example.org",
        ["marc@acme.fr"],
        ("marc@acme.fr",),
    )
    assert received["Subject"] == SUBJECT
    assert received.get_content().replace("\r\n", "\n") == BODY
    assert received["X-Unsent"] is None
    assert received["Message-ID"] == result.message_id
    assert parse(eml)["X-Unsent"] == "1"


def test_it_logs_in_when_given_credentials(server):
    recorder, port = server
    eml = build_eml(DRAFT, SENDER, "marc@acme.fr", WHEN, "example.org")
    send_smtp(eml, plain(port, username="zoe", password=PASSWORD))
    assert recorder.logins == ["zoe"] and len(recorder.received) == 1
    check = test_connection(plain(port, username="zoe", password=PASSWORD))
    assert check.authenticated and not check.encrypted


@pytest.mark.parametrize("call", ["send", "test"])
def test_it_reports_a_refused_login_without_the_password(server, call):
    recorder, port = server
    settings = plain(port, username="zoe", password=PASSWORD + "x")
    with pytest.raises(MailError) as caught:
        if call == "send":
            send_smtp(build_eml(DRAFT, SENDER, "m@acme.fr", WHEN, "example.org"), settings)
        else:
            test_connection(settings)
    assert caught.value.kind == "auth"
    assert "zoe" in str(caught.value)
    assert PASSWORD not in "".join(traceback.format_exception(caught.value))
    assert PASSWORD not in repr(settings)
    assert recorder.received == []


def test_it_lists_a_partly_refused_recipient(server):
    _, port = server
    eml = build_eml(DRAFT, SENDER, ["marc@acme.fr", "nobody@acme.fr"], WHEN, "example.org")
    result = send_smtp(eml, plain(port))
    assert result.accepted == ("marc@acme.fr",)
    assert list(result.refused) == ["nobody@acme.fr"]
    assert result.refused["nobody@acme.fr"].startswith("550")


def test_it_raises_when_every_recipient_is_refused(server):
    _, port = server
    eml = build_eml(DRAFT, SENDER, "nobody@acme.fr", WHEN, "example.org")
    with pytest.raises(MailError, match=r"nobody@acme\.fr") as caught:
        send_smtp(eml, plain(port))
    assert caught.value.kind == "recipient"


def test_it_reports_a_refused_connection():
    with pytest.raises(MailError) as caught:
        test_connection(plain(free_port()))
    assert caught.value.kind == "connection"


def test_it_reports_a_server_that_never_answers():
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)  # accepts the connection in the kernel, never sends a greeting
    try:
        with pytest.raises(MailError, match=r"0\.3 s") as caught:
            test_connection(plain(silent.getsockname()[1], timeout=0.3))
    finally:
        silent.close()
    assert caught.value.kind == "timeout"


def test_it_refuses_a_plain_text_password_to_a_remote_server():
    with pytest.raises(MailError) as caught:
        test_connection(SmtpSettings("smtp.example.org", 25, "none", "zoe", PASSWORD))
    assert caught.value.kind == "tls" and PASSWORD not in str(caught.value)


@pytest.mark.parametrize("trusted", [True, False])
def test_it_upgrades_with_starttls_and_verifies_the_certificate(certificate, trusted):
    cert, context = certificate
    recorder, controller = start_server(tls_context=context)
    try:
        settings = SmtpSettings(
            "127.0.0.1",
            controller.port,
            "starttls",
            "zoe",
            PASSWORD,
            timeout=5.0,
            cafile=cert if trusted else None,
        )
        if trusted:
            assert test_connection(settings).encrypted
            assert recorder.logins == ["zoe"]
        else:
            with pytest.raises(MailError) as caught:
                test_connection(settings)
            assert caught.value.kind == "tls"
    finally:
        controller.stop()


def test_it_sends_over_implicit_tls(certificate):
    cert, context = certificate
    recorder, controller = start_server(ssl_context=context)
    try:
        settings = SmtpSettings(
            "127.0.0.1", controller.port, "ssl", "zoe", PASSWORD, timeout=5.0, cafile=cert
        )
        send_smtp(build_eml(DRAFT, SENDER, "m@acme.fr", WHEN, "example.org"), settings)
        assert len(recorder.received) == 1 and recorder.logins == ["zoe"]
    finally:
        controller.stop()


def test_it_is_safe_to_use_from_several_threads(server):
    recorder, port = server
    eml = build_eml(DRAFT, SENDER, "m@acme.fr", datetime(2026, 1, 1, tzinfo=UTC), "example.org")
    threads = [threading.Thread(target=send_smtp, args=(eml, plain(port))) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(recorder.received) == 3
