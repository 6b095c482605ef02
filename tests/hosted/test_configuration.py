"""Hosted mode's configuration: deploy checks, required secrets, headers, logs, health."""

from __future__ import annotations

import json
import logging
import re

import pytest
from django.test import RequestFactory
from tests.hosted.conftest import ROOT, hosted_environment, run_django

from rebond.web.logs import JsonFormatter
from rebond.web.security import INLINE_HANDLERS, ContentSecurityPolicyMiddleware


@pytest.mark.slow
def test_it_passes_the_deploy_checks_in_hosted_mode(tmp_path):
    result = run_django(
        hosted_environment(tmp_path), "check", "--deploy", "--fail-level", "WARNING"
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


@pytest.mark.slow
@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"DATABASE_URL": ""}, "DATABASE_URL"),
        ({"REBOND_SECRET_KEY": None}, "REBOND_SECRET_KEY"),
        ({"DATABASE_URL": "sqlite:////tmp/x.sqlite3"}, "rebond.E001"),
        ({"REBOND_DEBUG": "1"}, "REBOND_DEBUG"),
        ({"REBOND_FIELD_KEYS": None}, "rebond.E003"),
    ],
)
def test_it_refuses_an_incomplete_hosted_configuration(tmp_path, change, message):
    env = hosted_environment(tmp_path)
    for key, value in change.items():
        if value is None:
            env.pop(key)
        else:
            env[key] = value
    result = run_django(env, "check", "--deploy")
    assert result.returncode != 0
    assert message in result.stderr + result.stdout


@pytest.mark.slow
def test_it_reads_secrets_from_files(tmp_path):
    env = hosted_environment(tmp_path)
    secret = tmp_path / "secret_key"
    secret.write_text(env.pop("REBOND_SECRET_KEY") + "\n")
    env["REBOND_SECRET_KEY_FILE"] = str(secret)
    assert run_django(env, "check", "--deploy").returncode == 0


def test_it_allows_exactly_the_inline_handlers_the_templates_use():
    found = set()
    for template in (ROOT / "src" / "rebond").rglob("templates/**/*.html"):
        found |= set(re.findall(r'\son[a-z]+="([^"]*)"', template.read_text(encoding="utf-8")))
    assert found <= set(INLINE_HANDLERS), "add the new inline handler to web/security.py"
    assert not [
        t
        for t in (ROOT / "src" / "rebond").rglob("templates/**/*.html")
        if re.search(r"<script(?![^>]*\bsrc=)", t.read_text(encoding="utf-8"))
    ], "inline <script> blocks are refused by the Content Security Policy"


def test_it_sends_a_strict_content_security_policy():
    from django.http import HttpResponse

    middleware = ContentSecurityPolicyMiddleware(lambda request: HttpResponse("x"))
    policy = middleware(RequestFactory().get("/"))["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "object-src 'none'" in policy
    assert "'unsafe-inline'" not in policy.split("style-src-attr")[0]


def test_it_logs_json_without_the_message_arguments():
    record = logging.LogRecord(
        "rebond.x", logging.INFO, __file__, 1, "saved %s", ("Je me sens nul",), None
    )
    record.status = 200
    entry = json.loads(JsonFormatter().format(record))
    assert entry["event"] == "saved %s" and entry["status"] == 200
    assert "nul" not in json.dumps(entry)


@pytest.mark.django_db
def test_it_answers_the_health_probe_without_a_session(client):
    response = client.get("/health/")
    assert response.status_code == 200 and response.content == b"ok\n"
