"""The stateful contract run forwards schemathesis' scenario recorder, so its stateful checks can
fail: a mock that still serves a deleted resource is caught by `use_after_free`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest
import schemathesis
from hypothesis import settings
from schemathesis.core.failures import FailureGroup
from schemathesis.openapi.checks import UseAfterFree

from mocks.core import MockServer
from mocks.credentials import Account
from mocks.rules import Call, Clock, Rejected, Reply, VendorRules
from mocks.schemas import Problem
from scripts.stateful import run_stateful

KEY = {"X-Key": "k"}
SETTINGS = settings(max_examples=40, stateful_step_count=6, deadline=None, derandomize=True, database=None)
ERROR = {"$ref": "#/components/responses/Error"}
THING_ID = {"name": "thing_id", "in": "path", "required": True, "schema": {"type": "integer", "minimum": 1}}
SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Things", "version": "1"},
    "servers": [{"url": "https://things.test"}],
    "x-credentials": {"variables": {"THINGS_KEY": "k"}, "schemes": {"key": "{THINGS_KEY}"}},
    "paths": {
        "/things": {
            "post": {
                "operationId": "create_thing",
                "security": [{"key": []}],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                },
                "responses": {
                    "201": {
                        "description": "created",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                        "links": {
                            "read": {
                                "operationId": "read_thing",
                                "parameters": {"thing_id": "$response.body#/id"},
                            },
                            "delete": {
                                "operationId": "delete_thing",
                                "parameters": {"thing_id": "$response.body#/id"},
                            },
                        },
                    },
                    "400": ERROR,
                    "401": ERROR,
                },
            }
        },
        "/things/{thing_id}": {
            "parameters": [THING_ID],
            "get": {
                "operationId": "read_thing",
                "security": [{"key": []}],
                "responses": {
                    "200": {
                        "description": "found",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    },
                    "400": ERROR,
                    "401": ERROR,
                    "404": ERROR,
                },
            },
            "delete": {
                "operationId": "delete_thing",
                "security": [{"key": []}],
                "responses": {
                    "204": {
                        "description": "deleted",
                        "links": {
                            "read": {
                                "operationId": "read_thing",
                                "parameters": {"thing_id": "$request.path.thing_id"},
                            }
                        },
                    },
                    "400": ERROR,
                    "401": ERROR,
                    "404": ERROR,
                },
            },
        },
    },
    "components": {
        "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}},
        "schemas": {
            "Thing": {
                "type": "object",
                "properties": {"id": {"type": "integer", "readOnly": True}, "name": {"type": "string"}},
                "required": ["name"],
                "additionalProperties": False,
            }
        },
        "responses": {
            "Error": {
                "description": "an error",
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "properties": {"message": {"type": "string"}},
                            "required": ["message"],
                        }
                    }
                },
            }
        },
    },
}


class Things:
    def __init__(self, clock: Clock, *, forgets_deletes: bool) -> None:
        self.things: dict[int, dict[str, Any]] = {}
        self.deleted: set[int] = set()
        self.forgets_deletes = forgets_deletes

    def create(self, call: Call) -> Reply:
        thing = {"id": len(self.things) + 1, "name": call.body["name"]}
        self.things[thing["id"]] = thing
        return Reply(201, thing)

    def read(self, call: Call) -> Reply:
        found = self.things.get(call.path["thing_id"])
        if found is None or (call.path["thing_id"] in self.deleted and not self.forgets_deletes):
            raise Rejected(404, "no such thing")
        return Reply(200, found)

    def delete(self, call: Call) -> Reply:
        if call.path["thing_id"] not in self.things or call.path["thing_id"] in self.deleted:
            raise Rejected(404, "no such thing")
        self.deleted.add(call.path["thing_id"])
        return Reply(204)


def error_body(status: int, message: str, problems: Sequence[Problem]) -> Any:
    return {"message": message}


def things_mock(*, forgets_deletes: bool) -> MockServer[Things]:
    rules = VendorRules(
        lambda clock: Things(clock, forgets_deletes=forgets_deletes),
        {"create_thing": Things.create, "read_thing": Things.read, "delete_thing": Things.delete},
        error_body,
    )
    return MockServer(SPEC, rules, [Account("account-1", {"THINGS_KEY": "k"})])


def run(app: MockServer[Things]) -> None:
    loaded = schemathesis.openapi.from_asgi("/openapi.json", app)
    loaded.config.update(headers=KEY)
    checks: dict[str, Any] = {"excluded_checks": [], "additional_checks": []}
    run_stateful(loaded, checks, app.reset, SETTINGS)


def test_a_deleted_resource_still_readable_fails_the_stateful_run() -> None:
    with pytest.raises(FailureGroup) as raised:
        run(things_mock(forgets_deletes=True))
    [failure] = raised.value.exceptions
    assert isinstance(failure, UseAfterFree)
    assert failure.operation == "DELETE /things/{thing_id}"


def test_a_mock_that_forgets_nothing_passes_the_stateful_run() -> None:
    run(things_mock(forgets_deletes=False))
