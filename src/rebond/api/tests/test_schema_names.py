"""The OpenAPI schema names each component after its class: two classes with the same name in
two API modules would share one component, and one endpoint would document the other's body
(GET /api/v1/documents/message once documented the feedback message draft this way)."""

from __future__ import annotations

import typing
from collections import defaultdict

from pydantic import BaseModel

from rebond.api.urls import api

# Wrappers ninja builds per operation; they are never components of their own.
WRAPPERS = {"NinjaResponseSchema", "QueryParams", "BodyParams", "PathParams", "FormParams"}


def _models(annotation: object, found: set[type[BaseModel]]) -> None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        if annotation in found:
            return
        found.add(annotation)
        for field in annotation.model_fields.values():
            _models(field.annotation, found)
        return
    for argument in typing.get_args(annotation):
        _models(argument, found)


def api_models() -> set[type[BaseModel]]:
    found: set[type[BaseModel]] = set()
    for _prefix, router in api._routers:
        for path_view in router.path_operations.values():
            for operation in path_view.operations:
                for model in [*operation.response_models.values(), *operation.models]:
                    _models(model, found)
    return {model for model in found if model.__name__ not in WRAPPERS}


def test_the_walk_reaches_the_models_of_nested_and_list_responses():
    names = {model.__name__ for model in api_models()}
    assert {"CentralMessageOut", "CentralMessageIn", "ErrorOut"} <= names
    assert {"FeedbackDueOut", "NetworkDueOut"} <= names  # only ever inside list[...]


def test_no_two_api_models_share_a_component_name():
    by_name: dict[str, set[str]] = defaultdict(set)
    for model in api_models():
        by_name[model.__name__].add(f"{model.__module__}.{model.__qualname__}")
    shared = {name: sorted(paths) for name, paths in by_name.items() if len(paths) > 1}
    assert shared == {}


def test_the_central_message_is_documented_with_its_own_fields(client):
    schema = client.get("/api/v1/openapi.json").json()
    body = schema["paths"]["/api/v1/documents/message"]["get"]["responses"]["200"]["content"]
    reference = body["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
    fields = schema["components"]["schemas"][reference]["properties"]
    assert set(fields) == {"value_proposition", "source", "drift"}
