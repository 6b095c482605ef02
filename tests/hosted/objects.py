"""Per-URL fixture registry for the isolation test (tests/hosted/test_isolation.py).

Every URL whose path takes an argument must appear here: either in OBJECTS (a factory that
creates the owner's object and returns the URL's kwargs) or in NOT_AN_OBJECT (the argument is
not a row id: a step name, a report kind, a secret token), with the reason. A URL in neither
makes the isolation test fail with its name, so a new URL cannot slip through unchecked.
Factories reuse each app's own test factories. Coaching URLs (`coaching:*`) are registered in
`coaching_objects.COACHING_URLS` instead, each with the check that applies to it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from django.urls import URLPattern, URLResolver, get_resolver

Kwargs = dict[str, Any]


def _application(user: Any) -> Any:
    from rebond.jobs.tests.factories import make_application

    return make_application(user, stages=("interview_1",))


def _rejected(user: Any) -> Any:
    from rebond.debrief.tests.factories import make_rejected

    return make_rejected(user)


def _interview(user: Any) -> Any:
    from rebond.prep.tests.factories import make_interview

    return make_interview(user)


def _debrief(user: Any) -> Any:
    from rebond.debrief.tests.factories import make_debrief

    return make_debrief(user)


def _thought(user: Any) -> Any:
    from rebond.debrief.tests.factories import make_thought

    return make_thought(user)


def _bin_entry(user: Any) -> Any:
    from rebond.debrief.tests.factories import make_thought
    from rebond.trash.services import discard

    return discard(user, make_thought(user))


def _feedback(user: Any) -> Any:
    from rebond.feedback.tests.factories import make_feedback

    return make_feedback(user)


def _message(user: Any) -> Any:
    from rebond.feedback.tests.factories import make_message

    return make_message(user)


def _action(user: Any) -> Any:
    from rebond.plan.tests.factories import make_action

    return make_action(user)


def _review(user: Any) -> Any:
    from rebond.plan.tests.factories import make_review

    return make_review(user)


def _experiment(user: Any) -> Any:
    from rebond.insights.tests.factories import make_experiment

    return make_experiment(user)


def _contact(user: Any) -> Any:
    from rebond.network.tests.factories import contact

    return contact(user)


def _info(user: Any) -> Any:
    from rebond.network.tests.factories import info

    return info(_contact(user))


def _target(user: Any) -> Any:
    from rebond.network.tests.factories import target

    return target(user)


def _keep_warm(user: Any) -> Any:
    from rebond.network.tests.factories import rejected_plan

    return rejected_plan(user)


def _story(user: Any) -> Any:
    from rebond.prep.tests.factories import make_story

    return make_story(user)


def _pitch_drill(user: Any) -> Any:
    from rebond.prep.models import Drill

    return Drill.objects.create(user=user, question="Tell me about yourself.")


def _session(user: Any) -> Any:
    from rebond.prep.tests.factories import make_session

    return make_session(user)


def _session_with_recording(user: Any) -> Any:
    from django.core.files.base import ContentFile

    session = _session(user)
    session.recording.save("recording.webm", ContentFile(b"\x1aE\xdf\xa3webm"))
    return session


def _cv(user: Any) -> Any:
    from rebond.documents.tests.factories import make_cv

    return make_cv(user)


def _check(user: Any) -> Any:
    from rebond.documents.tests.factories import make_check

    return make_check(user)


def _text(user: Any) -> Any:
    from rebond.documents.tests.factories import make_text

    return make_text(user)


def _proof(user: Any) -> Any:
    from rebond.documents.tests.factories import make_proof

    return make_proof(user)


def _statement(user: Any) -> Any:
    return _feedback(user).statements.first()


def _feedback_with_aside(user: Any) -> Any:
    """A piece of feedback with a set-aside greeting (index 0) to bring back."""
    from rebond.feedback.tests.factories import make_feedback

    return make_feedback(user, text="Bonjour Léa,\n\nVos exemples restaient trop généraux.")


def _pk(make: Callable[[Any], Any]) -> Callable[[Any], Kwargs]:
    return lambda user: {"pk": make(user).pk}


def _pk_and(make: Callable[[Any], Any], **extra: Any) -> Callable[[Any], Kwargs]:
    return lambda user: {"pk": make(user).pk, **extra}


OBJECTS: dict[str, Callable[[Any], Kwargs]] = {
    # jobs
    "jobs:application": _pk(_application),
    "jobs:edit": _pk(_application),
    "jobs:move": _pk(_application),
    "jobs:interview-create": _pk(_application),
    "jobs:reject": _pk(_application),
    "jobs:company": lambda user: {"pk": _application(user).company_id},
    # debrief
    "debrief:start": lambda user: {"application_pk": _application(user).pk},
    "debrief:summary": _pk(_debrief),
    "debrief:resume": _pk(_debrief),
    "debrief:delete": _pk(_debrief),
    "debrief:step": _pk_and(_debrief, key="checkin"),
    "debrief:thought": _pk(_thought),
    "debrief:delete-item": _pk_and(_thought, kind="thought"),
    # feedback
    "feedback:item": _pk(_feedback),
    "feedback:item-delete": _pk(_feedback),
    "feedback:correct": _pk(_statement),
    "feedback:answer": _pk(_statement),
    "feedback:restore": _pk_and(_feedback_with_aside, index=0),
    "feedback:draft": _pk(_application),
    "feedback:message": _pk(_message),
    "feedback:message-eml": _pk(_message),
    "feedback:message-send": _pk(_message),
    "feedback:message-sent": _pk(_message),
    # plan
    "plan:action": _pk(_action),
    "plan:action-done": _pk(_action),
    "plan:action-status": _pk(_action),
    "plan:review": _pk(_review),
    # insights
    "insights:experiment": _pk(_experiment),
    "insights:experiment-stop": _pk(_experiment),
    "insights:experiment-delete": _pk(_experiment),
    # network
    "network:contact": _pk(_contact),
    "network:contact-edit": _pk(_contact),
    "network:contact-log": _pk(_contact),
    "network:contact-give": _pk(_contact),
    "network:contact-draft": _pk(_contact),
    "network:contact-draft-eml": _pk(_contact),
    "network:info-create": _pk(_contact),
    "network:info": _pk(_info),
    "network:info-step": _pk_and(_info, step="questions"),
    "network:target-done": _pk(_target),
    "network:interviewer-add": _pk(_interview),
    "network:company-plan": lambda user: {"pk": _keep_warm(user).application_id},
    "network:company-plan-update": _pk_and(_keep_warm, step="connected"),
    # prep
    "prep:story": _pk(_story),
    "prep:story-edit": _pk(_story),
    "prep:story-delete": _pk(_story),
    "trash:restore": _pk(_bin_entry),
    "trash:delete": _pk(_bin_entry),
    "prep:drill": _pk(_pitch_drill),
    "prep:mock": _pk(_session),
    "prep:mock-reanalyze": _pk(_session),
    "prep:mock-recording": _pk(_session_with_recording),
    "prep:mock-delete": _pk(_session),
    "prep:checklist": _pk(_interview),
    "prep:ritual-done": _pk(_interview),
    "prep:brief": _pk(_interview),
    # documents
    "documents:cv": _pk(_cv),
    "documents:cv-file": _pk(_cv),
    "documents:cv-send": _pk(_cv),
    "documents:cv-unlink": lambda user: {
        "pk": _cv(user).pk,
        "application_pk": _application(user).pk,
    },
    "documents:cv-delete": _pk(_cv),
    "documents:check-create": _pk(_cv),
    "documents:check": _pk(_check),
    "documents:check-dismiss": _pk(_check),
    "documents:text-edit": _pk(_text),
    "documents:text-delete": _pk(_text),
    "documents:proof-edit": _pk(_proof),
    "documents:proof-delete": _pk(_proof),
    "documents:proof-attach": _pk(_proof),
    "documents:proof-detach": lambda user: {
        "pk": _proof(user).pk,
        "application_pk": _application(user).pk,
    },
}

# Arguments that are not row ids: each person gets their own content for the same URL.
NOT_AN_OBJECT: dict[str, str] = {
    "plan:review-new": "cadence name (weekly, monthly)",
    "plan:feed": "secret calendar token, checked by the feed itself",
    "insights:report": "report kind (weekly, monthly)",
    "insights:report-pdf": "report kind (weekly, monthly)",
    "feedback:point-action": "index of the person's own recurring point",
    "accounts:login-token": "one-time login token (local mode)",
    "account_invitation": "invitation token",
    "privacy:erasure": "secret of an erasure's progress page, checked by the page itself",
}

# Pages anyone may open (no argument, no personal data).
PUBLIC = {
    "accounts:login",
    "accounts:logout",
    "accounts:login-token",
    "set_language",
    "health",
    "plan:feed",
    "account_invitation",
    "privacy:erasure",
}

# API paths (OpenAPI templates) -> factory of the path's parameters.
API_OBJECTS: dict[str, Callable[[Any], Kwargs]] = {
    "/api/v1/applications/{pk}": _pk(_application),
    "/api/v1/applications/{pk}/stages": _pk(_application),
    "/api/v1/applications/{pk}/interviews": _pk(_application),
    "/api/v1/applications/{pk}/outcome": _pk(_rejected),
    "/api/v1/experiments/{pk}": _pk(_experiment),
    "/api/v1/experiments/{pk}/stop": _pk(_experiment),
    "/api/v1/prep/stories/{pk}": _pk(_story),
    "/api/v1/prep/mock-sessions/{pk}": _pk(_session),
    "/api/v1/prep/interviews/{pk}/checklist": _pk(_interview),
    "/api/v1/plan/actions/{pk}": _pk(_action),
    "/api/v1/plan/actions/{pk}/done": _pk(_action),
    "/api/v1/contacts/{pk}": _pk(_contact),
    "/api/v1/contacts/{pk}/interactions": _pk(_contact),
    "/api/v1/documents/cvs/{cv_id}": lambda user: {"cv_id": _cv(user).pk},
    "/api/v1/documents/cvs/{cv_id}/applications": lambda user: {"cv_id": _cv(user).pk},
    "/api/v1/documents/cvs/{cv_id}/checks": lambda user: {"cv_id": _cv(user).pk},
    "/api/v1/documents/checks/{check_id}": lambda user: {"check_id": _check(user).pk},
    "/api/v1/documents/proofs/{proof_id}": lambda user: {"proof_id": _proof(user).pk},
    "/api/v1/documents/proofs/{proof_id}/applications": lambda user: {"proof_id": _proof(user).pk},
    "/api/v1/feedback/items/{pk}": _pk(_feedback),
    "/api/v1/feedback/statements/{pk}": _pk(_statement),
    "/api/v1/feedback/statements/{pk}/answer": _pk(_statement),
    "/api/v1/feedback/items/{pk}/restore/{index}": _pk_and(_feedback_with_aside, index=0),
    "/api/v1/feedback/messages/{pk}": _pk(_message),
    "/api/v1/debriefs/{pk}": _pk(_debrief),
    "/api/v1/thoughts/{pk}": _pk(_thought),
    "/api/v1/assets/{pk}": lambda user: {"pk": _asset(user).pk},
    "/api/v1/bin/{pk}": _pk(_bin_entry),
    "/api/v1/bin/{pk}/restore": _pk(_bin_entry),
}
API_NOT_AN_OBJECT: dict[str, str] = {
    "/api/v1/reports/{kind}": "report kind",
    "/api/v1/plan/reviews/{cadence}/draft": "cadence name",
    "/api/v1/plan/reviews/{cadence}": "cadence name",
}


def _asset(user: Any) -> Any:
    from rebond.debrief.models import Asset

    return Asset.objects.create(
        user=user, kind=Asset._meta.get_field("kind").choices[0][0], text="SQL"
    )


# Namespaces and names outside the person's data: Django's admin (staff only, its own checks),
# the API (enumerated from its schema below), allauth's pages about the signed-in account.
SKIPPED_NAMESPACES = ("admin", "api")
SKIPPED_PREFIXES = ("account_", "mfa_", "usersessions_", "socialaccount_")


def _walk(
    resolver: URLResolver, namespace: str = "", route: str = ""
) -> Iterator[tuple[str, str, dict]]:
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            inner = (
                f"{namespace}:{entry.namespace}"
                if namespace and entry.namespace
                else (entry.namespace or namespace)
            )
            yield from _walk(entry, inner, route + str(entry.pattern))
        elif isinstance(entry, URLPattern) and entry.name:
            name = f"{namespace}:{entry.name}" if namespace else entry.name
            yield name, route + str(entry.pattern), dict(entry.pattern.converters)


def site_urls() -> list[tuple[str, str, dict]]:
    """(name, route, converters) of every named URL of the site, the person's data only."""
    found = {}
    for name, route, converters in _walk(get_resolver()):
        if name.split(":")[0] in SKIPPED_NAMESPACES or name.startswith(SKIPPED_PREFIXES):
            continue
        if route.startswith("static/"):
            continue
        found.setdefault(name, (name, route, converters))
    return sorted(found.values())


# Names that are not pages a person reads: files, feeds, sign-out.
NOT_PAGES = ("-eml", "-file", "-pdf", ":feed", ":export", "logout", "login-token")


def owner_pages(client: Any, user: Any, skipped: tuple[str, ...] = ()) -> Iterator[tuple]:
    """(name, url, response) of every page that answers 200 with HTML to `user`'s GET, each
    object page with the user's own object (OBJECTS), coaching and public pages left out."""
    from django.urls import reverse

    for name, _route, converters in site_urls():
        if name in PUBLIC or name.startswith("coaching:") or name.endswith(NOT_PAGES):
            continue
        if any(part in name for part in skipped) or (converters and name not in OBJECTS):
            continue
        url = reverse(name, kwargs=OBJECTS[name](user) if converters else None)
        response = client.get(url)
        if response.status_code == 200 and response["Content-Type"].startswith("text/html"):
            yield name, url, response
