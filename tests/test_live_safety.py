"""Contract runs against live APIs are safe: read-only by default, writing only to records they
create when writes are allowed, and waiting out rate limits. Each test poses a mock as the live
API (a `Journal` around it records what reached it)."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from schemathesis.checks import CHECKS, load_all_checks
from schemathesis.core.errors import HookExecutionError

from mocks import MockServer, create_app
from mocks.credentials import CredentialPlan, accounts_from
from mocks.rules import Call, Rejected, Reply, VendorRules
from scripts.live_safety import RecordKeeping, WriteRefused, fuzzable
from scripts.stateful import run_stateful
from scripts.targets import Target, load_schema, mock_target

LIVE_MOVIO = {"MOVIO_CLIENT_ID": "live-client-id", "MOVIO_CLIENT_SECRET": "live-client-secret"}
LIVE_MOVALIO = {"MOVALIO_APP_ID": "live-app-id", "MOVALIO_CLIENT_KEY": "live-client-key"}


def _skipped(report: Path) -> list[str]:
    suite = ET.parse(report).getroot().find("testsuite")
    assert suite is not None
    return sorted(case.get("name", "") for case in suite.iter("testcase") if case.find("skipped") is not None)


def test_a_read_only_live_run_sends_no_write(
    run_contract: Callable[..., subprocess.CompletedProcess[str]], journal: Any, tmp_path: Path
) -> None:
    """`make contract` with live credentials: only reads (and the token request) reach the
    APIs; the sequences and scenarios, which write, are skipped, and so is the fuzzing of an API
    with no safe operation."""
    movio = journal(create_app("movio", accounts=[LIVE_MOVIO]))
    movalio = journal(create_app("movalio", accounts=[LIVE_MOVALIO]))
    with movio.served() as served_movio, movalio.served() as served_movalio:
        env = {
            **LIVE_MOVIO,
            "MOVIO_URL": served_movio.base_url,
            "MOVIO_TOKEN_URL": served_movio.origin + "/oauth/token",
            **LIVE_MOVALIO,
            "MOVALIO_URL": served_movalio.base_url,
        }
        result = run_contract("-k", "live", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert sorted(set(movio.requests)) == [
        ("GET", "/subscriptions/categories"),
        ("OPTIONS", "/subscriptions/categories"),
        ("POST", "/oauth/token"),
    ]
    assert movalio.requests == []
    assert _skipped(tmp_path / "reports" / "movio-live.xml") == [
        "test_movio_contact_list_append_replace_delete[movio-live]",
        "test_movio_upsert_twice_counts_updates[movio-live]",
        "test_stateful[movio-live]",
    ]
    assert _skipped(tmp_path / "reports" / "movalio-live.xml") == [
        "test_movalio_subscriber_lifecycle[movalio-live]",
        "test_operation[movalio-live]",
        "test_stateful[movalio-live]",
    ]


def _error(status: int, message: str, problems: Any) -> dict[str, str]:
    return {"message": message}


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


NOTE = {
    "type": "object",
    "required": ["id", "text"],
    "properties": {"id": {"type": "string"}, "text": {"type": "string"}},
}
TEXT = {
    "required": True,
    **_json({"type": "object", "required": ["text"], "properties": {"text": {"type": "string"}}}),
}
NOT_FOUND = {
    "description": "No such note",
    **_json({"type": "object", "properties": {"message": {"type": "string"}}}),
}
NOTE_ID = [{"name": "note_id", "in": "path", "required": True, "schema": {"type": "string"}}]
BY_ID = {"note_id": "$response.body#/id"}
NOTES_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Notes", "version": "1"},
    "servers": [{"url": "https://notes.invalid"}],
    "x-credentials": {
        "url": "NOTES_URL",
        "variables": {"NOTES_KEY": "mock-notes-key"},
        "schemes": {"key": "{NOTES_KEY}"},
    },
    "components": {"securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}}},
    "security": [{"key": []}],
    "paths": {
        "/notes": {
            "get": {
                "operationId": "list_notes",
                "responses": {
                    "200": {"description": "Every note", **_json({"type": "array", "items": NOTE})}
                },
            },
            "post": {
                "operationId": "create_note",
                "requestBody": TEXT,
                "responses": {
                    "201": {
                        "description": "Created",
                        **_json(NOTE),
                        "links": {
                            "Read": {"operationId": "read_note", "parameters": BY_ID},
                            "Update": {"operationId": "update_note", "parameters": BY_ID},
                            "Delete": {"operationId": "delete_note", "parameters": BY_ID},
                        },
                    }
                },
            },
        },
        "/notes/search": {
            "post": {
                "operationId": "search_notes",
                "x-safe": True,
                "requestBody": TEXT,
                "responses": {"200": {"description": "Matches", **_json({"type": "array", "items": NOTE})}},
            }
        },
        "/notes/{note_id}": {
            "parameters": NOTE_ID,
            "get": {
                "operationId": "read_note",
                "responses": {"200": {"description": "The note", **_json(NOTE)}, "404": NOT_FOUND},
            },
            "put": {
                "operationId": "update_note",
                "requestBody": TEXT,
                "responses": {"200": {"description": "Updated", **_json(NOTE)}, "404": NOT_FOUND},
            },
            "delete": {
                "operationId": "delete_note",
                "responses": {"204": {"description": "Deleted"}, "404": NOT_FOUND},
            },
        },
    },
}
"""A small API with server-assigned ids, each create linked to its delete."""


@dataclass
class Notes:
    """A notes account: "n0" was there before any run."""

    texts: dict[str, str] = field(default_factory=lambda: {"n0": "not the run's"})
    created: int = 0


def _note(notes: Notes, call: Call) -> str:
    note_id = str(call.path["note_id"])
    if note_id not in notes.texts:
        raise Rejected(404, f"no note {note_id}")
    return note_id


def _create(notes: Notes, call: Call) -> Reply:
    notes.created += 1
    note_id = f"n{notes.created}"
    notes.texts[note_id] = call.body["text"]
    return Reply(201, {"id": note_id, "text": call.body["text"]})


def _update(notes: Notes, call: Call) -> Reply:
    note_id = _note(notes, call)
    notes.texts[note_id] = call.body["text"]
    return Reply(200, {"id": note_id, "text": call.body["text"]})


def _delete(notes: Notes, call: Call) -> Reply:
    del notes.texts[_note(notes, call)]
    return Reply(204)


def _listed(notes: Notes, wanted: str = "") -> list[dict[str, str]]:
    return [{"id": key, "text": text} for key, text in notes.texts.items() if wanted in text]


NOTES_RULES = VendorRules[Notes](
    new_state=lambda clock: Notes(),
    handlers={
        "list_notes": lambda notes, call: Reply(200, _listed(notes)),
        "search_notes": lambda notes, call: Reply(200, _listed(notes, call.body["text"])),
        "create_note": _create,
        "read_note": lambda notes, call: Reply(
            200, {"id": _note(notes, call), "text": notes.texts[call.path["note_id"]]}
        ),
        "update_note": _update,
        "delete_note": _delete,
    },
    error_body=_error,
)


def _notes_app() -> MockServer[Notes]:
    return MockServer(NOTES_SPEC, NOTES_RULES, accounts_from(CredentialPlan.of(NOTES_SPEC), {}))


@pytest.fixture
def notes(journal: Any) -> Iterator[tuple[Any, Any]]:
    """The notes API served as if live, and its journal."""
    live = journal(_notes_app())
    with live.served() as served:
        yield live, served


def _target(served: Any, **env: str) -> Target:
    return Target("notes", served.base_url, NOTES_SPEC, None, {"NOTES_KEY": "mock-notes-key", **env})


NO_CHECKS: dict[str, Any] = {"excluded_checks": [], "additional_checks": []}


def test_with_writes_allowed_sequences_write_only_records_they_created(notes: tuple[Any, Any]) -> None:
    """CONTRACT_ALLOW_WRITES=1: every write names a note the run's creates returned (never
    "n0"), and every created note is deleted at the end of its sequence."""
    live, served = notes
    target = _target(served, CONTRACT_ALLOW_WRITES="1")
    load_all_checks()
    checks = {"excluded_checks": CHECKS.get_all(), "additional_checks": []}
    kept = RecordKeeping(load_schema(target, target.credentials()))
    assert kept.keeper.creates == {"POST /notes"}
    run_stateful(
        kept, checks, lambda: None, settings(max_examples=15, deadline=None, derandomize=True, database=None)
    )
    state = live.app.state()
    created = {f"n{n}" for n in range(1, state.created + 1)}
    assert state.texts == {"n0": "not the run's"}
    assert created
    writes = [(method, path) for method, path in live.requests if method in ("PUT", "DELETE")]
    assert {path.rsplit("/", 1)[1] for _, path in writes} <= created
    assert {path.rsplit("/", 1)[1] for method, path in writes if method == "DELETE"} == created


@dataclass
class Throttle:
    """Answers the first `times` requests with 429 and Retry-After."""

    times: int

    def __call__(self, scope: dict[str, Any]) -> tuple[int, dict[str, str], bytes] | None:
        self.times -= 1
        return (429, {"Retry-After": "0"}, b"") if self.times >= 0 else None


def _schema(served: Any, **env: str) -> Any:
    target = _target(served, **env)
    return load_schema(target, target.credentials())


def _case(schema: Any, path: str, method: str, **parts: Any) -> Any:
    return schema[path][method].Case(headers=dict(schema.config.headers), **parts)


def test_a_429_is_sent_again_after_its_retry_after(journal: Any) -> None:
    """Two 429s with Retry-After, then the API answers: the run sees the answer."""
    live = journal(_notes_app(), Throttle(2))
    with live.served() as served:
        response = _case(_schema(served), "/notes", "GET").call()
    assert response.status_code == 200
    assert response.json() == [{"id": "n0", "text": "not the run's"}]
    assert live.requests == [("GET", "/notes")] * 3


def test_a_read_only_live_api_gets_no_write_even_by_hand(notes: tuple[Any, Any]) -> None:
    """A write built by hand (as a scenario would) is refused before it is sent; an `x-safe`
    POST goes through."""
    live, served = notes
    schema = _schema(served)
    with pytest.raises(HookExecutionError) as refused:
        _case(schema, "/notes", "POST", body={"text": "new"}, media_type="application/json").call()
    assert isinstance(refused.value.__cause__, WriteRefused)
    assert str(refused.value.__cause__) == (
        "POST /notes: the live API is read-only "
        "(CONTRACT_ALLOW_WRITES=1 allows the stateful sequences to write)"
    )
    search = _case(
        schema, "/notes/search", "POST", body={"text": "not"}, media_type="application/json"
    ).call()
    assert search.status_code == 200
    assert live.requests == [("POST", "/notes/search")]


def test_a_live_api_is_fuzzed_only_through_its_safe_operations(notes: tuple[Any, Any]) -> None:
    """Reads and `x-safe` operations, with writes allowed too; a mock's every operation."""
    _, served = notes
    for schema in (_schema(served), _schema(served, CONTRACT_ALLOW_WRITES="1")):
        fuzzed = [result.ok().label for result in schema.include(func=fuzzable).get_all_operations()]
        assert fuzzed == ["GET /notes", "POST /notes/search", "GET /notes/{note_id}"]
        assert schema.config.phases.coverage.unexpected_methods == {"get", "options"}
    mock = load_schema(mock_target("movio"), mock_target("movio").credentials())
    assert len(list(mock.include(func=fuzzable).get_all_operations())) == 13


def test_a_live_api_is_rate_limited_as_its_spec_says(notes: tuple[Any, Any]) -> None:
    _, served = notes
    target = replace(_target(served), spec={**NOTES_SPEC, "x-rate-limit": "10/s"})
    schema = load_schema(target, target.credentials())
    limiter = schema.config.rate_limit_for()
    assert [(rate.limit, rate.interval) for bucket in limiter.buckets() for rate in bucket.rates] == [
        (10, 1000)
    ]
    assert _schema(served).config.rate_limit_for() is None
