"""The runtime every generated client gets from our templates: typed errors, retries, timeouts,
paging, auth and credential redaction, sync and async.

The client is generated (through `generate_package`, as `make generate` does) from a small spec
with each feature once: four security schemes, an operation paged by a response header, a POST
the spec marks `x-idempotent`, a rate-limit reset header. Calls go to `httpx.MockTransport`
answering from a script, or, where the socket matters (timeouts, what httpcore logs), to a
loopback HTTP server. Waits between retries are recorded by an injected `sleep`, not slept.
"""

from __future__ import annotations

import base64
import email.utils
import importlib
import json
import logging
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from scripts.generate import generate_package

BASE_URL = "https://api.example.test"
KEY = "key-s3cr3t-9f8e7d"
PASSWORD = "pw-s3cr3t-1a2b3c"
BEARER = "bearer-s3cr3t-7a7a7a"
CLIENT_SECRET = "client-s3cr3t-abcdef"
ISSUED_TOKEN = "issued-s3cr3t-token-42"

ERROR = {"$ref": "#/components/schemas/Error"}
THING = {"$ref": "#/components/schemas/Thing"}


def json_response(description: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


DOCUMENTED_ERRORS = {
    str(status): json_response("An error", ERROR) for status in (400, 401, 403, 404, 409, 422, 429)
}
SERVER_ERRORS = {str(status): json_response("An error", ERROR) for status in (500, 503)}
SECURITY: list[dict[str, list[str]]] = [{"key": []}]

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Sample API", "version": "2024-06"},
    "servers": [{"url": BASE_URL}],
    "x-retry-after-headers": ["X-Limit-Reset"],
    "paths": {
        "/things": {
            "get": {
                "operationId": "list_things",
                "summary": "List things",
                "tags": ["things"],
                "security": SECURITY,
                "x-paging": {
                    "offset-parameter": "startindex",
                    "limit-parameter": "maxrows",
                    "first-offset": 1,
                    "total-header": "TotalCount",
                },
                "parameters": [
                    {"name": "startindex", "in": "query", "schema": {"type": "integer", "minimum": 1}},
                    {"name": "maxrows", "in": "query", "schema": {"type": "integer", "default": 10}},
                    {"name": "name", "in": "query", "schema": {"type": "string"}},
                ],
                "responses": {
                    "200": json_response("Things", {"type": "array", "items": THING}),
                    **DOCUMENTED_ERRORS,
                },
            },
            "post": {
                "operationId": "create_thing",
                "summary": "Create a thing",
                "tags": ["things"],
                "security": SECURITY,
                "requestBody": {"required": True, "content": {"application/json": {"schema": THING}}},
                "responses": {"201": json_response("Created", THING), **DOCUMENTED_ERRORS, **SERVER_ERRORS},
            },
        },
        "/things/search": {
            "post": {
                "operationId": "search_things",
                "summary": "Search things",
                "tags": ["things"],
                "security": SECURITY,
                "x-idempotent": True,
                "responses": {
                    "200": json_response("Things", {"type": "array", "items": THING}),
                    **SERVER_ERRORS,
                },
            }
        },
        "/things/{thing_id}": {
            "get": {
                "operationId": "get_thing",
                "summary": "Get a thing",
                "tags": ["things"],
                "security": SECURITY,
                "parameters": [
                    {"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {"200": json_response("A thing", THING), **DOCUMENTED_ERRORS, **SERVER_ERRORS},
            }
        },
    },
    "components": {
        "securitySchemes": {
            "key": {"type": "apiKey", "in": "header", "name": "X-Key"},
            "basic": {
                "type": "http",
                "scheme": "basic",
                "description": "Any user name; the password is the key.",
            },
            "bearer": {"type": "http", "scheme": "bearer"},
            "oauth": {
                "type": "oauth2",
                "flows": {"clientCredentials": {"tokenUrl": "https://auth.example.test/token", "scopes": {}}},
            },
        },
        "schemas": {
            "Thing": {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}}},
            "Error": {
                "type": "object",
                "required": ["message"],
                "properties": {"message": {"type": "string"}},
            },
        },
    },
}


@dataclass(frozen=True)
class Sample:
    """The generated package's modules."""

    package: ModuleType
    auth: ModuleType
    errors: ModuleType
    models: ModuleType
    runtime: ModuleType
    list_things: ModuleType
    create_thing: ModuleType
    search_things: ModuleType
    get_thing: ModuleType
    project: Path


@pytest.fixture(scope="session")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sample]:
    project = generate_package(
        SPEC, "sample-client", "sample_client", tmp_path_factory.mktemp("sample"), "2.3.4"
    )
    sys.path.insert(0, str(project))
    try:

        def load(name: str) -> ModuleType:
            return importlib.import_module(f"sample_client{name}")

        yield Sample(
            package=load(""),
            auth=load(".auth"),
            errors=load(".errors"),
            models=load(".models"),
            runtime=load("._runtime"),
            list_things=load(".api.things.list_things"),
            create_thing=load(".api.things.create_thing"),
            search_things=load(".api.things.search_things"),
            get_thing=load(".api.things.get_thing"),
            project=project,
        )
    finally:
        sys.path.remove(str(project))
        for name in [name for name in sys.modules if name.split(".")[0] == "sample_client"]:
            del sys.modules[name]


# Scripted answers -------------------------------------------------------------------------------


@dataclass
class Recorded:
    """A MockTransport handler that answers through `handle` and records every request."""

    handle: Callable[[httpx.Request], httpx.Response]
    requests: list[httpx.Request] = field(default_factory=list)
    sent: list[tuple[str, str, str]] = field(default_factory=list)
    """Method, path and `Authorization` header of each request, read as it is sent (an auth flow
    sends the same request object again with another header)."""

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.sent.append((request.method, request.url.path, request.headers.get("Authorization", "")))
        return self.handle(request)

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


def scripted(answers: list[httpx.Response | Exception]) -> Recorded:
    """Answers (or raises) the next item of `answers` for each request."""

    def next_answer(request: httpx.Request) -> httpx.Response:
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    return Recorded(next_answer)


@dataclass
class Waits:
    """The sleep a client is given: records each wait instead of waiting."""

    seconds: list[float] = field(default_factory=list)

    def sleep(self, delay: float) -> None:
        self.seconds.append(delay)

    async def async_sleep(self, delay: float) -> None:
        self.seconds.append(delay)


def connect(sample: Sample, script: Recorded, waits: Waits, **client_args: Any) -> Any:
    """An API-key client answered by `script`, waiting through `waits`."""
    return sample.auth.connect_key(
        key=KEY,
        sleep=waits.sleep,
        async_sleep=waits.async_sleep,
        httpx_args={"transport": script.transport},
        **client_args,
    )


def answer(status: int, body: Any = None, **headers: str) -> httpx.Response:
    if body is None:
        return httpx.Response(status, headers=headers)
    if isinstance(body, str):
        return httpx.Response(status, text=body, headers=headers)
    return httpx.Response(status, json=body, headers=headers)


def problem(status: int) -> dict[str, str]:
    return {"message": f"problem {status}"}


def compact(value: Any) -> str:
    """JSON as httpx writes it."""
    return json.dumps(value, separators=(",", ":"))


# Errors -----------------------------------------------------------------------------------------

STATUS_ERRORS = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
    500: "InternalServerError",
    503: "InternalServerError",
    405: "APIStatusError",
}


@pytest.mark.parametrize("status", sorted(STATUS_ERRORS))
def test_each_error_status_raises_its_class(sample: Sample, status: int) -> None:
    script = scripted([answer(status, problem(status), **{"X-Request-Id": "r-1"})])
    with pytest.raises(sample.errors.APIStatusError) as raised:
        sample.get_thing.sync("7", client=connect(sample, script, Waits()), max_retries=0)
    error = raised.value
    assert type(error).__name__ == STATUS_ERRORS[status]
    assert isinstance(error, sample.errors.ApiError)
    assert error.status_code == status
    assert error.headers["X-Request-Id"] == "r-1"
    body = compact(problem(status))
    assert error.text == body
    documented = status != 405
    assert error.parsed == (sample.models.Error(message=f"problem {status}") if documented else None)
    phrase = HTTPStatus(status).phrase
    assert str(error) == f"GET {BASE_URL}/things/7: HTTP {status} {phrase}: {body}"
    assert (error.method, error.url) == ("GET", f"{BASE_URL}/things/7")


@pytest.mark.anyio
@pytest.mark.parametrize("status", [404, 429, 503])
async def test_each_error_status_raises_its_class_async(sample: Sample, status: int) -> None:
    script = scripted([answer(status, problem(status))])
    with pytest.raises(sample.errors.APIStatusError) as raised:
        await sample.get_thing.asyncio("7", client=connect(sample, script, Waits()), max_retries=0)
    assert type(raised.value).__name__ == STATUS_ERRORS[status]
    assert raised.value.parsed == sample.models.Error(message=f"problem {status}")


def test_an_error_body_that_is_not_json_keeps_the_status_and_the_text(sample: Sample) -> None:
    html = "<html><body>502 Bad Gateway</body></html>"
    script = scripted([answer(502, html, **{"Content-Type": "text/html"})])
    with pytest.raises(sample.errors.InternalServerError) as raised:
        sample.create_thing.sync(client=connect(sample, script, Waits()), body=sample.models.Thing(id=1))
    assert raised.value.status_code == 502
    assert raised.value.parsed is None
    assert raised.value.text == html
    assert str(raised.value) == f"POST {BASE_URL}/things: HTTP 502 Bad Gateway: {html}"
    detailed = sample.create_thing.sync_detailed(
        client=connect(sample, scripted([answer(500, html)]), Waits()), body=sample.models.Thing(id=1)
    )
    assert (detailed.status_code, detailed.parsed, detailed.content) == (500, None, html.encode())


def test_a_success_body_that_does_not_parse_is_a_response_validation_error(sample: Sample) -> None:
    for call in (sample.get_thing.sync, sample.get_thing.sync_detailed):
        script = scripted([answer(200, "<html>maintenance</html>")])
        with pytest.raises(sample.errors.APIResponseValidationError) as raised:
            call("7", client=connect(sample, script, Waits()))
        assert isinstance(raised.value, sample.errors.ApiError)
        assert raised.value.status_code == 200
        assert isinstance(raised.value.__cause__, json.JSONDecodeError)
        assert str(raised.value).startswith(
            f"GET {BASE_URL}/things/7: HTTP 200: the body does not parse as the spec"
        )
    wrong_shape = scripted([answer(200, {"name": "no id"})])
    with pytest.raises(sample.errors.APIResponseValidationError) as shaped:
        sample.get_thing.sync("7", client=connect(sample, wrong_shape, Waits()))
    assert isinstance(shaped.value.__cause__, KeyError)


def test_an_empty_success_body_is_none(sample: Sample) -> None:
    script = scripted([answer(200)])
    assert sample.get_thing.sync("7", client=connect(sample, script, Waits())) is None


def test_an_undocumented_status_raises_unexpected_status_when_asked(sample: Sample) -> None:
    script = scripted([answer(418, "teapot"), answer(418, "teapot")])
    client = connect(sample, script, Waits(), raise_on_unexpected_status=True)
    with pytest.raises(sample.errors.UnexpectedStatus) as raised:
        sample.get_thing.sync_detailed("7", client=client)
    assert (raised.value.status_code, raised.value.content) == (418, b"teapot")
    with pytest.raises(sample.errors.APIStatusError) as by_status:
        sample.get_thing.sync("7", client=client)
    assert type(by_status.value) is sample.errors.APIStatusError


def test_a_connection_failure_names_the_request(sample: Sample) -> None:
    script = scripted([httpx.ConnectError("[Errno 111] Connection refused")] * 3)
    waits = Waits()
    with pytest.raises(sample.errors.APIConnectionError) as raised:
        sample.get_thing.sync("7", client=connect(sample, script, waits))
    error = raised.value
    assert type(error) is sample.errors.APIConnectionError
    assert str(error) == f"GET {BASE_URL}/things/7: ConnectError: [Errno 111] Connection refused"
    assert (error.method, error.url) == ("GET", f"{BASE_URL}/things/7")
    assert isinstance(error.__cause__, httpx.ConnectError)
    assert len(script.requests) == 3, "the first attempt and the two default retries"
    assert len(waits.seconds) == 2


def test_the_token_endpoint_refusal_is_an_api_error(sample: Sample) -> None:
    assert issubclass(sample.auth.TokenRequestFailed, sample.errors.APIStatusError)


# Retries ----------------------------------------------------------------------------------------


def test_a_429_is_retried_after_its_retry_after_seconds(sample: Sample) -> None:
    script = scripted([answer(429, problem(429), **{"Retry-After": "1"}), answer(200, {"id": 7})])
    waits = Waits()
    assert sample.get_thing.sync("7", client=connect(sample, script, waits)) == sample.models.Thing(id=7)
    assert waits.seconds == [1.0]
    assert len(script.requests) == 2


@pytest.mark.anyio
async def test_a_429_is_retried_after_its_retry_after_seconds_async(sample: Sample) -> None:
    script = scripted([answer(429, problem(429), **{"Retry-After": "2"}), answer(200, {"id": 7})])
    waits = Waits()
    thing = await sample.get_thing.asyncio("7", client=connect(sample, script, waits))
    assert thing == sample.models.Thing(id=7)
    assert waits.seconds == [2.0]


def test_retry_after_as_an_http_date(sample: Sample) -> None:
    later = email.utils.formatdate(time.time() + 30, usegmt=True)
    script = scripted([answer(503, problem(503), **{"Retry-After": later}), answer(200, {"id": 7})])
    waits = Waits()
    sample.get_thing.sync("7", client=connect(sample, script, waits))
    [waited] = waits.seconds
    assert 28 < waited <= 30  # the date has a one-second resolution, and time passes


def test_a_429_without_retry_after_waits_for_the_specs_reset_header(sample: Sample) -> None:
    script = scripted([answer(429, problem(429), **{"X-Limit-Reset": "7"}), answer(200, {"id": 7})])
    waits = Waits()
    sample.get_thing.sync("7", client=connect(sample, script, waits))
    assert waits.seconds == [7.0]


def test_a_503_is_retried_with_exponential_backoff(sample: Sample) -> None:
    script = scripted(
        [answer(503, problem(503), **{"X-Limit-Reset": "7"}), answer(503, "busy"), answer(200, {"id": 7})]
    )
    waits = Waits()
    assert sample.get_thing.sync("7", client=connect(sample, script, waits)) == sample.models.Thing(id=7)
    first, second = waits.seconds  # 0.5 s then 1 s, each minus up to 25 % jitter; no reset header on a 503
    assert 0.375 <= first <= 0.5
    assert 0.75 <= second <= 1.0


def test_retries_end_with_the_error_of_the_last_answer(sample: Sample) -> None:
    script = scripted([answer(503, problem(503))] * 3)
    waits = Waits()
    with pytest.raises(sample.errors.InternalServerError):
        sample.get_thing.sync("7", client=connect(sample, script, waits))
    assert len(script.requests) == 3
    assert len(waits.seconds) == 2


def test_max_retries_per_client_and_per_call(sample: Sample) -> None:
    script = scripted([answer(503, problem(503))] * 6)
    client = connect(sample, script, Waits(), max_retries=4)
    with pytest.raises(sample.errors.InternalServerError):
        sample.get_thing.sync("7", client=client)
    assert len(script.requests) == 5
    with pytest.raises(sample.errors.InternalServerError):
        sample.get_thing.sync("7", client=client, max_retries=0)
    assert len(script.requests) == 6
    assert client.with_retries(0).max_retries == 0


def test_a_server_asking_for_too_long_a_wait_gets_no_retry(sample: Sample) -> None:
    script = scripted([answer(429, problem(429), **{"Retry-After": "120"})])
    waits = Waits()
    with pytest.raises(sample.errors.RateLimitError):
        sample.get_thing.sync("7", client=connect(sample, script, waits))
    assert (len(script.requests), waits.seconds) == (1, [])
    script = scripted([answer(429, problem(429), **{"Retry-After": "120"}), answer(200, {"id": 1})])
    sample.get_thing.sync("7", client=connect(sample, script, waits, max_retry_wait=300))
    assert waits.seconds == [120.0]


def test_a_post_is_not_retried_after_a_500_but_after_a_503(sample: Sample) -> None:
    body = sample.models.Thing(id=1)
    script = scripted([answer(500, problem(500))])
    with pytest.raises(sample.errors.InternalServerError):
        sample.create_thing.sync(client=connect(sample, script, Waits()), body=body)
    assert len(script.requests) == 1
    script = scripted([answer(503, problem(503)), answer(201, {"id": 1})])
    assert sample.create_thing.sync(client=connect(sample, script, Waits()), body=body) == body


def test_a_post_marked_idempotent_is_retried_after_a_500(sample: Sample) -> None:
    script = scripted([answer(500, problem(500)), answer(502, "bad gateway"), answer(200, [{"id": 1}])])
    found = sample.search_things.sync(client=connect(sample, script, Waits()))
    assert found == [sample.models.Thing(id=1)]
    assert [request.method for request in script.requests] == ["POST"] * 3


def test_no_retry_of_a_post_after_a_read_error(sample: Sample) -> None:
    script = scripted([httpx.ReadError("connection reset by peer")])
    with pytest.raises(sample.errors.APIConnectionError) as raised:
        sample.create_thing.sync(client=connect(sample, script, Waits()), body=sample.models.Thing(id=1))
    assert str(raised.value) == f"POST {BASE_URL}/things: ReadError: connection reset by peer"
    assert len(script.requests) == 1, "the body may have been processed"


@pytest.mark.anyio
async def test_no_retry_of_a_post_after_a_read_error_async(sample: Sample) -> None:
    script = scripted([httpx.ReadError("connection reset by peer")])
    with pytest.raises(sample.errors.APIConnectionError):
        await sample.create_thing.asyncio(
            client=connect(sample, script, Waits()), body=sample.models.Thing(id=1)
        )
    assert len(script.requests) == 1


def test_a_post_is_retried_when_the_connection_failed_before_sending(sample: Sample) -> None:
    script = scripted([httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), answer(201, {"id": 1})])
    created = sample.create_thing.sync(
        client=connect(sample, script, Waits()), body=sample.models.Thing(id=1)
    )
    assert created == sample.models.Thing(id=1)
    assert len(script.requests) == 3


def test_a_get_is_retried_after_a_read_error(sample: Sample) -> None:
    script = scripted(
        [httpx.ReadError("reset"), httpx.RemoteProtocolError("dropped"), answer(200, {"id": 7})]
    )
    assert sample.get_thing.sync("7", client=connect(sample, script, Waits())) == sample.models.Thing(id=7)
    assert len(script.requests) == 3


def test_each_retry_is_logged(sample: Sample, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="sample_client")
    script = scripted([answer(429, problem(429), **{"Retry-After": "1"}), answer(200, {"id": 7})])
    sample.get_thing.sync("7", client=connect(sample, script, Waits()))
    assert [(r.name, r.levelname, r.getMessage()) for r in caplog.records if r.name == "sample_client"] == [
        ("sample_client", "INFO", f"GET {BASE_URL}/things/7: HTTP 429; retry 1 of 2 in 1.00 s")
    ]


# Timeouts ---------------------------------------------------------------------------------------


def test_default_and_overridden_timeouts(sample: Sample) -> None:
    script = scripted([answer(200, {"id": 7}) for _ in range(3)])
    client = connect(sample, script, Waits())
    assert (client.timeout, client.connect_timeout) == (60.0, 5.0)
    sample.get_thing.sync("7", client=client)
    sample.get_thing.sync("7", client=client, timeout=2.5)
    sample.get_thing.sync("7", client=client.with_timeout(None, connect=1.0))
    assert [request.extensions["timeout"] for request in script.requests] == [
        {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0},
        {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5},
        {"connect": 1.0, "read": None, "write": None, "pool": None},
    ]


def test_a_read_timeout_is_an_api_timeout_error_after_the_retries(sample: Sample) -> None:
    script = scripted([httpx.ReadTimeout("timed out")] * 3)
    with pytest.raises(sample.errors.APITimeoutError) as raised:
        sample.get_thing.sync("7", client=connect(sample, script, Waits(), timeout=3.0))
    assert isinstance(raised.value, sample.errors.APIConnectionError)
    assert str(raised.value) == f"GET {BASE_URL}/things/7: ReadTimeout (timeout 3.0 s): timed out"
    assert len(script.requests) == 3


# Paging -----------------------------------------------------------------------------------------


def things_pages(
    total: int | None, *, empty_body_at: int | None = None, most_rows: int = 500
) -> Callable[[httpx.Request], httpx.Response]:
    """Things 1..`total` (25 when no total is sent), by `startindex` (1-based) and `maxrows` (at
    most `most_rows` a page), the total in the `TotalCount` header."""
    count = 25 if total is None else total

    def handle(request: httpx.Request) -> httpx.Response:
        start = int(request.url.params["startindex"])
        rows = min(int(request.url.params["maxrows"]), most_rows)
        if start == empty_body_at:
            return httpx.Response(200)
        headers = {} if total is None else {"TotalCount": str(total)}
        page = [{"id": n} for n in range(start, min(start + rows, count + 1))]
        return httpx.Response(200, json=page, headers=headers)

    return handle


def test_iterate_reads_every_page_up_to_the_total_header(sample: Sample) -> None:
    pages = Recorded(things_pages(25))
    client = sample.auth.connect_key(key=KEY, httpx_args={"transport": pages.transport})
    things = list(sample.list_things.iterate(client=client, name="x"))
    assert [thing.id for thing in things] == list(range(1, 26))
    assert [dict(request.url.params) for request in pages.requests] == [
        {"startindex": str(start), "maxrows": "10", "name": "x"} for start in (1, 11, 21)
    ]


@pytest.mark.anyio
async def test_aiterate_reads_every_page_up_to_the_total_header(sample: Sample) -> None:
    pages = things_pages(25)
    client = sample.auth.connect_key(key=KEY, httpx_args={"transport": httpx.MockTransport(pages)})
    things = [thing.id async for thing in sample.list_things.aiterate(client=client, maxrows=7)]
    assert things == list(range(1, 26))


def test_iterate_without_a_total_stops_at_a_short_page(sample: Sample) -> None:
    pages = Recorded(things_pages(None))
    client = sample.auth.connect_key(key=KEY, httpx_args={"transport": pages.transport})
    assert len(list(sample.list_things.iterate(client=client, startindex=6, maxrows=10))) == 20
    assert [request.url.params["startindex"] for request in pages.requests] == ["6", "16", "26"]


def test_iterate_follows_the_total_through_pages_shorter_than_asked(sample: Sample) -> None:
    pages = Recorded(things_pages(10, most_rows=4))
    client = sample.auth.connect_key(key=KEY, httpx_args={"transport": pages.transport})
    assert [thing.id for thing in sample.list_things.iterate(client=client)] == list(range(1, 11))
    assert [request.url.params["startindex"] for request in pages.requests] == ["1", "5", "9"]


def test_iterate_stops_at_an_empty_body(sample: Sample) -> None:
    pages = things_pages(25, empty_body_at=11)
    client = sample.auth.connect_key(key=KEY, httpx_args={"transport": httpx.MockTransport(pages)})
    assert [thing.id for thing in sample.list_things.iterate(client=client)] == list(range(1, 11))


def test_iterate_raises_as_sync_does(sample: Sample) -> None:
    script = scripted([answer(200, [{"id": 1}], TotalCount="2"), answer(401, problem(401))])
    client = sample.auth.connect_key(key=KEY, httpx_args={"transport": script.transport})
    items = sample.list_things.iterate(client=client, maxrows=1)
    assert next(items) == sample.models.Thing(id=1)
    with pytest.raises(sample.errors.AuthenticationError):
        next(items)


# Auth -------------------------------------------------------------------------------------------


def test_basic_auth_sends_the_password_as_the_key_under_any_user_name(sample: Sample) -> None:
    script = scripted([answer(200, {"id": 7})])
    client = sample.auth.connect_basic(
        username="anyone", password=PASSWORD, httpx_args={"transport": script.transport}
    )
    sample.get_thing.sync("7", client=client)
    [request] = script.requests
    expected = base64.b64encode(f"anyone:{PASSWORD}".encode()).decode()
    assert request.headers["Authorization"] == f"Basic {expected}"
    assert str(request.url) == f"{BASE_URL}/things/7"


def test_bearer_auth_sends_the_token(sample: Sample) -> None:
    script = scripted([answer(200, {"id": 7})])
    client = sample.auth.connect_bearer(token=BEARER, httpx_args={"transport": script.transport})
    sample.get_thing.sync("7", client=client)
    assert script.requests[0].headers["Authorization"] == f"Bearer {BEARER}"


def token_answer(token: str = ISSUED_TOKEN) -> httpx.Response:
    return httpx.Response(200, json={"access_token": token, "token_type": "Bearer", "expires_in": 3600})


@pytest.mark.anyio
async def test_client_credentials_under_the_async_client(sample: Sample) -> None:
    script = scripted(
        [
            httpx.Response(503, json={"error": "temporarily_unavailable"}, headers={"Retry-After": "3"}),
            token_answer("first-token"),
            answer(200, {"id": 1}),
            answer(200, {"id": 2}),
            answer(401, problem(401)),
            token_answer("second-token"),
            answer(200, {"id": 3}),
        ]
    )
    waits = Waits()
    client = sample.auth.connect_client_credentials(
        BASE_URL,
        client_id="the-client",
        client_secret=CLIENT_SECRET,
        async_sleep=waits.async_sleep,
        httpx_args={"transport": script.transport},
    )
    async with client:
        got = [await sample.get_thing.asyncio(str(n), client=client) for n in (1, 2, 3)]
    assert got == [sample.models.Thing(id=n) for n in (1, 2, 3)]
    assert waits.seconds == [3.0], "the refused token request is retried like a request never sent"
    token_basic = "Basic " + base64.b64encode(f"the-client:{CLIENT_SECRET}".encode()).decode()
    assert script.sent == [
        ("POST", "/token", token_basic),
        ("POST", "/token", token_basic),
        ("GET", "/things/1", "Bearer first-token"),
        ("GET", "/things/2", "Bearer first-token"),
        ("GET", "/things/3", "Bearer first-token"),
        ("POST", "/token", token_basic),
        ("GET", "/things/3", "Bearer second-token"),
    ]


def test_a_refused_token_request_is_not_retried(sample: Sample) -> None:
    script = scripted([httpx.Response(401, json={"error": "invalid_client"})])
    client = sample.auth.connect_client_credentials(
        BASE_URL, client_id="the-client", client_secret="wrong", httpx_args={"transport": script.transport}
    )
    with pytest.raises(sample.auth.TokenRequestFailed) as raised:
        sample.get_thing.sync("1", client=client)
    assert raised.value.status_code == 401
    assert str(raised.value) == (
        'token request to https://auth.example.test/token failed with HTTP 401: {"error":"invalid_client"}'
    )
    assert len(script.requests) == 1


# Redaction --------------------------------------------------------------------------------------


class LoopbackAPI(BaseHTTPRequestHandler):
    """A tiny API over a real socket: a token endpoint, `/things/ok`, `/things/slow` (answers after
    half a second), `/things/drip` (a body that trickles in), `/things/echo` (a 401 echoing the
    credentials it got, as a careless API might), `/things/busy` (429)."""

    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # the default writes to stderr
        pass

    def send_json(self, status: int, body: Any, **headers: str) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        for name, value in {
            "Content-Type": "application/json",
            "Content-Length": str(len(data)),
            **headers,
        }.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if (
            self.headers.get("Authorization")
            == "Basic " + base64.b64encode(f"cid:{CLIENT_SECRET}".encode()).decode()
        ):
            self.send_json(200, {"access_token": ISSUED_TOKEN, "expires_in": 3600})
        else:
            self.send_json(401, {"error": "invalid_client", "got": self.headers.get("Authorization")})

    def do_GET(self) -> None:
        name = self.path.rsplit("/", 1)[-1]
        if name == "slow":
            time.sleep(0.5)
        if name == "drip":  # a whole, valid answer, in ten pieces over half a second
            body = b'{"id": 7}'.ljust(100)
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            for start in range(0, len(body), 10):
                self.wfile.write(body[start : start + 10])
                self.wfile.flush()
                time.sleep(0.05)
            return
        credentials = {"key": self.headers.get("X-Key"), "authorization": self.headers.get("Authorization")}
        statuses = {"echo": 401, "busy": 429}
        self.send_json(
            statuses.get(name, 200), {"id": 7, "message": f"refused {credentials}"}, **{"Retry-After": "0"}
        )


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that timed out closed the socket the handler writes to: expected here."""


@pytest.fixture(scope="module")
def loopback() -> Iterator[str]:
    server = QuietServer(("127.0.0.1", 0), LoopbackAPI)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_a_stalled_answer_times_out(sample: Sample, loopback: str) -> None:
    with (
        sample.auth.connect_key(loopback, key=KEY, timeout=0.2, max_retries=0) as client,
        pytest.raises(sample.errors.APITimeoutError) as raised,
    ):
        sample.get_thing.sync("slow", client=client)
    assert str(raised.value).startswith(f"GET {loopback}/things/slow: ReadTimeout (timeout 0.2 s): ")


def test_an_answer_still_arriving_at_the_deadline_times_out(sample: Sample, loopback: str) -> None:
    with (
        sample.auth.connect_key(loopback, key=KEY, timeout=0.2, max_retries=0) as client,
        pytest.raises(sample.errors.APITimeoutError) as raised,
    ):
        sample.get_thing.sync("drip", client=client)
    assert str(raised.value) == (
        f"GET {loopback}/things/drip: ReadTimeout (timeout 0.2 s): "
        "the answer was still arriving at the deadline"
    )


@pytest.mark.anyio
async def test_an_answer_still_arriving_at_the_deadline_times_out_async(
    sample: Sample, loopback: str
) -> None:
    client = sample.auth.connect_key(loopback, key=KEY, timeout=0.2, max_retries=0)
    async with client:
        with pytest.raises(sample.errors.APITimeoutError):
            await sample.get_thing.asyncio("drip", client=client)


SECRETS = {
    "api key": KEY,
    "basic password": PASSWORD,
    "basic header": base64.b64encode(f"anyone:{PASSWORD}".encode()).decode(),
    "bearer token": BEARER,
    "client secret": CLIENT_SECRET,
    "client basic header": base64.b64encode(f"cid:{CLIENT_SECRET}".encode()).decode(),
    "wrong client basic header": base64.b64encode(f"cid:{PASSWORD}".encode()).decode(),
    "issued token": ISSUED_TOKEN,
}


def test_no_credential_in_reprs_errors_or_debug_logs(
    sample: Sample, loopback: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    waits = Waits()
    clients = [
        sample.auth.connect_key(loopback, key=KEY, sleep=waits.sleep),
        sample.auth.connect_basic(loopback, username="anyone", password=PASSWORD, sleep=waits.sleep),
        sample.auth.connect_bearer(loopback, token=BEARER, sleep=waits.sleep),
        sample.auth.connect_client_credentials(
            loopback,
            client_id="cid",
            client_secret=CLIENT_SECRET,
            token_url=f"{loopback}/token",
            sleep=waits.sleep,
        ),
    ]
    wrong_secret = sample.auth.connect_client_credentials(
        loopback, client_id="cid", client_secret=PASSWORD, token_url=f"{loopback}/token"
    )
    shown: list[str] = []
    raised: list[Exception] = []
    for client in [*clients, wrong_secret]:
        shown += [repr(client), str(client)]
        with client:
            for name in ("ok", "echo", "busy", "slow"):
                try:
                    sample.get_thing.sync(name, client=client, timeout=0.2)
                except sample.errors.ApiError as error:
                    raised.append(error)
    assert {type(failure).__name__ for failure in raised} == {
        "APITimeoutError",
        "AuthenticationError",
        "RateLimitError",
        "TokenRequestFailed",
    }
    for failure in raised:
        shown += [str(failure), repr(failure), *map(str, failure.args)]
        cause = failure.__cause__
        shown += [str(cause), repr(cause)] if cause else []
    records = [f"{record.name}: {record.getMessage()}" for record in caplog.records]
    assert any(record.startswith("httpcore.") for record in records), "httpcore's DEBUG records were scanned"
    assert any(record.startswith("httpx:") for record in records), "httpx's records were scanned"
    assert any(record.startswith("sample_client:") for record in records), "the retry records were scanned"
    assert [secret for secret in SECRETS.values() if any(secret in text for text in shown)] == []
    assert [secret for secret in SECRETS.values() if any(secret in text for text in records)] == []
    echoed = next(failure for failure in raised if type(failure).__name__ == "AuthenticationError")
    assert isinstance(echoed, sample.errors.APIStatusError)
    assert KEY in echoed.text and KEY not in str(echoed), "the API echoed the key; the message does not"


def test_repr_of_a_client_shows_its_settings_not_its_credentials(sample: Sample) -> None:
    client = sample.auth.connect_key(key=KEY, max_retries=3)
    assert repr(client) == (
        "AuthenticatedClient(base_url='https://api.example.test', auth_header_name='X-Key', "
        "token='[redacted]', timeout=60.0, connect_timeout=5.0, max_retries=3)"
    )
    credentials = sample.auth.connect_client_credentials(client_id="cid", client_secret=CLIENT_SECRET)
    assert repr(credentials) == (
        "AuthenticatedClient(base_url='https://api.example.test', auth_header_name='Authorization', "
        "token='[redacted]', timeout=60.0, connect_timeout=5.0, max_retries=2, "
        "auth=ClientCredentials(token_url='https://auth.example.test/token', client_id='cid'))"
    )


# Package -----------------------------------------------------------------------------------------


def test_the_package_version_is_the_clients_own_and_the_api_version_is_metadata(sample: Sample) -> None:
    assert (sample.package.__version__, sample.package.__api_version__) == ("2.3.4", "2024-06")
    pyproject = (sample.project / "pyproject.toml").read_text()
    assert 'version = "2.3.4"' in pyproject
    assert 'description = "A client library for accessing Sample API (API version 2024-06)"' in pyproject


def test_the_readme_is_written_from_the_spec(sample: Sample) -> None:
    readme = (sample.project / "README.md").read_text()
    for line in (
        "client = connect_key(key=API_KEY)",
        "- `sample_client.auth.connect_basic(username=USERNAME, password=PASSWORD)` (`basic`)",
        "from sample_client.api.things import list_things",
        "result = list_things.sync(client=client)",
        "for item in list_things.iterate(client=client):",
        "| `RateLimitError` | 429, after the retries |",
        "| `auth.TokenRequestFailed` | the token endpoint refused the client credentials",
        "The base URL defaults to `https://api.example.test`; pass another as the first argument.",
    ):
        assert line in readme
    assert "`search_things`, which the spec marks `x-idempotent`" in readme
    assert "on a 429 `X-Limit-Reset` (seconds until the limit resets)" in readme
    assert "returns parsed data (if successful) or `None`" not in readme, "the generator's stock text is gone"


def test_models_load_on_first_use_and_type_checkers_see_every_name(sample: Sample) -> None:
    source = (sample.project / "sample_client" / "models" / "__init__.py").read_text()
    assert "if TYPE_CHECKING:\n    from .error import Error\n    from .thing import Thing\n" in source
    assert sorted(sample.models.__all__) == ["Error", "Thing"]
    with pytest.raises(AttributeError, match="has no attribute 'Nothing'"):
        _ = sample.models.Nothing
