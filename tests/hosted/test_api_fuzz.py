"""The API fuzzed against its own OpenAPI schema (schemathesis): no 5xx, no response that
breaks the schema. Bounded: a few examples per operation (REBOND_FUZZ_EXAMPLES, default 8),
so the whole run stays around a minute on two cores."""

from __future__ import annotations

import os

import pytest
import schemathesis
from django.conf import settings as settings_module
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import FailureGroup
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
)

from rebond.wsgi import application

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]
EXAMPLES = int(os.environ.get("REBOND_FUZZ_EXAMPLES", "8"))

# Found by this test, reported to the app's owner; listed so the rest stays guarded meanwhile.
KNOWN: dict[str, str] = {}

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)


@pytest.fixture
def session_cookie(client, owner):
    from tests.hosted import objects

    for factory in (objects.OBJECTS["jobs:application"], objects.OBJECTS["plan:action"]):
        factory(owner)  # ids 1.. exist, so some generated paths reach real rows
    client.force_login(owner)
    name = settings_module.SESSION_COOKIE_NAME
    cookies = {name: client.cookies[name].value}
    # The fuzzing is worth something only if the requests are signed in.
    from werkzeug.test import Client

    signed_in = Client(application)
    signed_in.set_cookie(name, cookies[name], domain="localhost")
    assert signed_in.get("/api/v1/applications").status_code == 200
    return cookies


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_it_answers_every_generated_request_within_its_schema(case, session_cookie):
    try:
        case.call_and_validate(
            cookies=session_cookie,
            checks=[not_a_server_error, response_schema_conformance, content_type_conformance],
        )
    except FailureGroup:
        if case.operation.label in KNOWN:
            pytest.xfail(KNOWN[case.operation.label])
        raise
