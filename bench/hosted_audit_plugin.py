"""pytest plugin of bench/hosted_audit.py (not a benchmark): counts, per test module, the
requests Django answered and those that answered 5xx, and which tests failed; writes it all
as JSON to $REBOND_AUDIT_OUT when the session ends.

Every request goes through `BaseHandler.get_response`, whether it comes from Django's test
client (the cross-user matrix) or from schemathesis calling the WSGI application (the fuzz).
"""

from __future__ import annotations

import json
import os
from collections import Counter, defaultdict
from typing import Any

COUNTS: dict[str, Counter[str]] = defaultdict(Counter)
FAILED: dict[str, list[str]] = defaultdict(list)
SERVER_ERRORS: dict[str, list[str]] = defaultdict(list)
_current = {"module": "setup"}


def pytest_configure(config: Any) -> None:
    from django.core.handlers.base import BaseHandler

    original = BaseHandler.get_response

    def counted(self: Any, request: Any) -> Any:
        response = original(self, request)
        module = _current["module"]
        COUNTS[module]["requests"] += 1
        if response.status_code >= 500:
            COUNTS[module]["5xx"] += 1
            SERVER_ERRORS[module].append(f"{request.method} {request.path}")
        return response

    BaseHandler.get_response = counted


def pytest_runtest_setup(item: Any) -> None:
    _current["module"] = item.module.__name__.rsplit(".", 1)[-1]


def pytest_runtest_logreport(report: Any) -> None:
    module = report.nodeid.split("::")[0].rsplit("/", 1)[-1].removesuffix(".py")
    if report.when == "call" or report.outcome == "failed":
        COUNTS[module][report.outcome] += 1
    if report.outcome == "failed":
        FAILED[module].append(report.nodeid.split("::", 1)[-1])


def pytest_sessionfinish(session: Any) -> None:
    out = os.environ.get("REBOND_AUDIT_OUT")
    if out:
        data = {
            "counts": {k: dict(v) for k, v in COUNTS.items()},
            "failed": FAILED,
            "server_errors": {k: v[:50] for k, v in SERVER_ERRORS.items()},
        }
        with open(out, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=1)
