"""Bad input never gets a 5xx from a mock: every class of it answers the vendor's 4xx error body
naming the problem (the core, seen through the Movio and Movalio mocks)."""

from __future__ import annotations

import base64
import copy
import dataclasses
import json
import re
import socket
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from starlette.datastructures import Headers

from mocks import create_app
from mocks.core import INLINE_BODY_BYTES, MockServer
from mocks.credentials import Account
from mocks.limits import DEFAULT_MAX_BODY_BYTES, body_limit
from mocks.registry import load_spec, rules_of
from mocks.rules import Call, Reply, VendorRules
from mocks.server import serving
from mocks.strict_json import loads
from mocks.transport import InProcessTransport

MOVALIO_KEY = {"Authentication": "mock-app-id:mock-client-key"}


@pytest.fixture
def movalio_http() -> Iterator[httpx.Client]:
    app = create_app("movalio", env={})
    with httpx.Client(base_url="http://mock", transport=InProcessTransport(app)) as client:
        client.headers.update(MOVALIO_KEY)
        yield client


def test_every_missing_required_property_is_named(movio_http: httpx.Client) -> None:
    response = movio_http.put("/films", json=[{}, {"film_id": "F2"}])
    assert response.status_code == 422
    assert response.json()["entities"] == [
        {"field": "0.film_id", "message": "'film_id' is a required property"},
        {"field": "0.title", "message": "'title' is a required property"},
        {"field": "1.title", "message": "'title' is a required property"},
    ]


def movalio_with(change: Callable[[dict[str, Any]], None], rules: VendorRules[Any] | None = None) -> Any:
    """The Movalio mock on a changed copy of its spec (a vendor-neutral core feature to try)."""
    spec = copy.deepcopy(load_spec("movalio"))
    change(spec)
    return MockServer(spec, rules or rules_of("movalio"), [MOVALIO_ACCOUNT, OTHER_ACCOUNT])


MOVALIO_ACCOUNT = Account(
    "account-1", {"MOVALIO_APP_ID": "mock-app-id", "MOVALIO_CLIENT_KEY": "mock-client-key"}
)
OTHER_ACCOUNT = Account("account-2", {"MOVALIO_APP_ID": "other", "MOVALIO_CLIENT_KEY": "key"})
DETAILS = {"action": "subscriber:details", "uuid": "nobody"}


def in_process(app: MockServer[Any]) -> httpx.Client:
    return httpx.Client(base_url="http://mock", transport=InProcessTransport(app), headers=MOVALIO_KEY)


NESTING = [129, 999, 1000, 100_000]


@pytest.mark.parametrize("depth", NESTING)
def test_deep_nesting_is_a_400_naming_the_body(movalio_http: httpx.Client, depth: int) -> None:
    content = b"[" * depth + b"]" * depth
    response = movalio_http.post("/", content=content, headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json()["errors"] == {
        "body": ["the document is nested deeper than 128 arrays and objects"]
    }


def test_nesting_up_to_the_limit_is_parsed() -> None:
    assert loads(b"[" * 128 + b"]" * 128) == json.loads("[" * 128 + "]" * 128)


@pytest.mark.parametrize(
    ("literal", "message"),
    [
        (b"NaN", "NaN is not a JSON number (RFC 8259 section 6)"),
        (b"Infinity", "Infinity is not a JSON number (RFC 8259 section 6)"),
        (b"-Infinity", "-Infinity is not a JSON number (RFC 8259 section 6)"),
        (b"1e400", "1e400 is out of the range of a JSON number this API can hold"),
    ],
)
def test_non_finite_numbers_are_refused(movalio_http: httpx.Client, literal: bytes, message: str) -> None:
    content = b'{"action": "subscriber:event", "uuid": "u", "value": ' + literal + b"}"
    response = movalio_http.post("/", content=content, headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json() == {"message": "Validation error", "errors": {"body": [message]}}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xef\xbb\xbf" + json.dumps(DETAILS).encode(), "a byte order mark is not allowed before JSON text"),
        (json.dumps(DETAILS).encode("utf-16"), "the body is not UTF-8 (RFC 8259 section 8.1): byte 0"),
        (json.dumps(DETAILS).encode("utf-16-le"), "Expecting property name enclosed in double quotes"),
        (b'{"action": "subscriber:details", "uuid": "caf\xe9"}', "the body is not UTF-8"),
    ],
)
def test_bodies_that_are_not_utf8_json_are_refused(
    movalio_http: httpx.Client, content: bytes, message: str
) -> None:
    response = movalio_http.post("/", content=content, headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json()["errors"]["body"][0].startswith(message)


def test_a_lone_surrogate_sent_in_a_string_comes_back_escaped(movalio_http: httpx.Client) -> None:
    content = b'{"action": "subscribe", "type": "email", "email": "\\ud800@example.org"}'
    created = movalio_http.post("/", content=content, headers={"Content-Type": "application/json"})
    assert created.status_code == 201
    details = movalio_http.post("/", json={"action": "subscriber:details", "uuid": created.json()["uuid"]})
    assert b'"email":"\\ud800@example.org"' in details.content
    assert details.json()["email"] == "\ud800@example.org"


def test_non_ascii_credentials_are_refused_not_crashed() -> None:
    app = create_app("movalio", env={})
    with httpx.Client(base_url="http://mock", transport=InProcessTransport(app)) as http:
        header = [(b"Authentication", "mock-app-id:ключ".encode())]
        response = http.post("/", json=DETAILS, headers=header)
    assert response.status_code == 401
    assert response.json() == {"message": "missing or invalid credentials"}


def test_a_non_ascii_client_secret_opens_its_account_by_form_and_by_basic() -> None:
    app = create_app("movio", accounts=[{"MOVIO_CLIENT_ID": "clïent", "MOVIO_CLIENT_SECRET": "sécret"}])
    with httpx.Client(base_url="http://mock", transport=InProcessTransport(app)) as http:
        form = {"grant_type": "client_credentials", "client_id": "clïent", "client_secret": "sécret"}
        assert http.post("/oauth/token", data=form).status_code == 200
        wrong = http.post("/oauth/token", data={**form, "client_secret": "secret"})
        assert (wrong.status_code, wrong.json()["error"]) == (401, "invalid_client")
        basic = base64.b64encode(b"cl%C3%AFent:s%C3%A9cret").decode()
        by_basic = http.post(
            "/oauth/token",
            data={"grant_type": "client_credentials"},
            headers={"Authorization": f"Basic {basic}"},
        )
        assert by_basic.status_code == 200
        latin1 = base64.b64encode("clïent:sécret".encode("latin-1")).decode()
        refused = http.post(
            "/oauth/token",
            data={"grant_type": "client_credentials"},
            headers={"Authorization": f"Basic {latin1}"},
        )
        assert refused.status_code == 401


def in_cookie(spec: dict[str, Any]) -> None:
    spec["components"]["securitySchemes"]["movalio_key"] |= {"in": "cookie", "name": "session"}


def test_a_cookie_api_key_is_read_from_the_cookie_only() -> None:
    with httpx.Client(base_url="http://mock", transport=InProcessTransport(movalio_with(in_cookie))) as http:
        cookie = {"Cookie": "theme=dark; session=mock-app-id:mock-client-key"}
        assert http.post("/", json=DETAILS, headers=cookie).status_code == 404
        in_query = http.post("/", json=DETAILS, params={"session": "mock-app-id:mock-client-key"})
        assert in_query.status_code == 401


def test_a_long_url_is_trimmed_in_the_error_body(movalio_http: httpx.Client) -> None:
    app = create_app("movalio", env={})
    path = "/" + "a" * 100_000
    response = app.respond("GET", path, Headers(), b"", b"", origin="http://mock")
    assert response.status_code == 404
    assert json.loads(bytes(response.body)) == {
        "message": f"no operation at {path[:200]}... (99801 more characters)"
    }


def test_head_of_the_spec_answers_its_headers_without_a_body(movalio_http: httpx.Client) -> None:
    whole = movalio_http.get("/openapi.json")
    head = movalio_http.head("/openapi.json")
    assert (head.status_code, head.content) == (200, b"")
    assert head.headers["content-length"] == whole.headers["content-length"] == str(len(whole.content))


def cap_actions(limit: int) -> Callable[[dict[str, Any]], None]:
    def change(spec: dict[str, Any]) -> None:
        spec["paths"]["/"]["post"]["x-max-body-bytes"] = limit

    return change


def test_a_body_over_the_operation_cap_is_413_within_it_is_answered() -> None:
    body = json.dumps(DETAILS).encode()
    with in_process(movalio_with(cap_actions(len(body)))) as http:
        assert http.post("/", content=body).status_code == 404
        over = http.post("/", content=body + b" ")
    assert over.status_code == 413
    assert over.json() == {"message": f"the request body is over the limit of {len(body)} bytes"}


def test_the_spec_wide_cap_applies_where_an_operation_has_none() -> None:
    with in_process(movalio_with(lambda spec: spec.update({"x-max-body-bytes": 10}))) as http:
        assert http.post("/", content=b'{"action":"x"}').status_code == 413
    assert body_limit({"x-max-body-bytes": 10}, {"x-max-body-bytes": 20}) == 20
    assert body_limit({}, {}) == DEFAULT_MAX_BODY_BYTES == 20 * 1024 * 1024


def raw_request(port: int, head: bytes) -> socket.socket:
    connection = socket.create_connection(("127.0.0.1", port), timeout=10)
    connection.sendall(head)
    return connection


def read_answer(connection: socket.socket) -> bytes:
    answer = b""
    while b"\r\n\r\n" not in answer or not answer.endswith(b"}"):
        chunk = connection.recv(65536)
        if not chunk:
            break
        answer += chunk
    return answer


def test_a_declared_length_over_the_cap_is_413_before_the_body_is_sent() -> None:
    """The answer comes while the client has sent no byte of the body: nothing is buffered."""
    with serving(create_app("movalio", env={})) as mock:
        port = int(mock.origin.rsplit(":", 1)[1])
        head = (
            "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            "Authentication: mock-app-id:mock-client-key\r\n"
            f"Content-Length: {DEFAULT_MAX_BODY_BYTES + 1}\r\n\r\n"
        )
        with raw_request(port, head.encode()) as connection:
            answer = read_answer(connection)
    assert answer.startswith(b"HTTP/1.1 413 ")
    assert answer.endswith(b'{"message":"the request body is over the limit of 20971520 bytes"}')


def test_a_small_request_is_answered_while_a_large_body_is_still_arriving() -> None:
    app = create_app("movalio", env={})
    with serving(app) as mock, httpx.Client(base_url=mock.base_url, headers=MOVALIO_KEY) as http:
        port = int(mock.origin.rsplit(":", 1)[1])
        body = json.dumps({**DETAILS, "padding": "x" * 1_000_000}).encode()
        head = (
            f"POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            f"Authentication: mock-app-id:mock-client-key\r\nContent-Length: {len(body)}\r\n\r\n"
        ).encode()
        with raw_request(port, head + body[:500_000]) as connection:
            assert http.post("/", json=DETAILS).status_code == 404
            connection.sendall(body[500_000:])
            answer = read_answer(connection)
    assert answer.startswith(b"HTTP/1.1 404 ")
    assert [entry.status for entry in app.harness.journal()] == [404, 404]


def test_a_handler_busy_with_a_large_request_does_not_hold_up_another_account() -> None:
    """account-2's large request (parsed, validated and handled in a worker thread) is held in
    its handler until account-1's small request has been answered."""
    entered, release = threading.Event(), threading.Event()
    movalio = rules_of("movalio")

    def perform(state: Any, call: Call) -> Reply:
        if call.account == "account-2":
            entered.set()
            release.wait(timeout=10)
        return movalio.handlers["perform_action"](state, call)

    rules = dataclasses.replace(movalio, handlers={"perform_action": perform})
    app = movalio_with(lambda spec: None, rules)
    with serving(app) as mock, httpx.Client(base_url=mock.base_url, timeout=60) as http:
        large = {**DETAILS, "padding": "x" * (INLINE_BODY_BYTES + 1)}
        with ThreadPoolExecutor(1) as pool:
            pending = pool.submit(http.post, "/", json=large, headers={"Authentication": "other:key"})
            assert entered.wait(timeout=10)
            assert http.post("/", json=DETAILS, headers=MOVALIO_KEY).status_code == 404
            assert not pending.done()
            release.set()
            assert pending.result().status_code == 404
    assert [(entry.account, entry.status) for entry in app.harness.journal()] == [
        ("account-1", 404),
        ("account-2", 404),
    ]


def test_the_vendor_headers_of_a_busy_account_do_not_hold_up_the_server() -> None:
    """While account-2's large request is held in its handler, account-2's malformed request is
    answered with the vendor's headers (`VendorRules.reply_headers`, counted per account), and so
    is account-1's, before the large one ends."""
    entered, release = threading.Event(), threading.Event()
    movalio = rules_of("movalio")
    counted: dict[int, int] = {}

    def perform(state: Any, call: Call) -> Reply:
        if call.account == "account-2":
            entered.set()
            release.wait(timeout=10)
        return movalio.handlers["perform_action"](state, call)

    def counter(state: Any) -> dict[str, str]:
        counted[id(state)] = counted.get(id(state), 0) + 1
        return {"X-Answers": str(counted[id(state)])}

    rules = dataclasses.replace(movalio, handlers={"perform_action": perform}, reply_headers=counter)
    app = movalio_with(lambda spec: None, rules)
    other = {"Authentication": "other:key"}
    with serving(app) as mock, httpx.Client(base_url=mock.base_url, timeout=60) as http:
        large = {**DETAILS, "padding": "x" * (INLINE_BODY_BYTES + 1)}
        with ThreadPoolExecutor(1) as pool:
            pending = pool.submit(http.post, "/", json=large, headers=other)
            assert entered.wait(timeout=10)
            malformed = http.post("/", content=b"{", headers={**other, "Content-Type": "application/json"})
            small = http.post("/", json=DETAILS, headers=MOVALIO_KEY)
            assert not pending.done()
            release.set()
            held = pending.result()
    assert [(r.status_code, r.headers["X-Answers"]) for r in (malformed, small, held)] == [
        (400, "1"),
        (404, "1"),
        (404, "2"),
    ]


def crashing(state: Any, call: Call) -> Reply:
    raise KeyError("a bug in a handler")


def test_a_handler_crash_is_raised_in_process() -> None:
    rules = dataclasses.replace(rules_of("movalio"), handlers={"perform_action": crashing})
    with in_process(movalio_with(lambda spec: None, rules)) as http, pytest.raises(KeyError, match="a bug"):
        http.post("/", json=DETAILS)


def test_a_handler_crash_served_over_http_is_a_logged_500_and_the_server_goes_on(
    caplog: pytest.LogCaptureFixture,
) -> None:
    rules = dataclasses.replace(rules_of("movalio"), handlers={"perform_action": crashing})
    app = movalio_with(lambda spec: None, rules)
    with serving(app) as mock, httpx.Client(base_url=mock.base_url, headers=MOVALIO_KEY) as http:
        first = http.post("/", json=DETAILS)
        second = http.post("/", json=DETAILS)
    assert first.status_code == second.status_code == 500
    assert first.json() == {"message": "the mock failed on this request (a bug in the mock; see its log)"}
    assert "KeyError: 'a bug in a handler'" in caplog.text
    assert [entry.status for entry in app.harness.journal()] == [500, 500]


def post_head(length: int, *extra: str) -> bytes:
    lines = ["POST / HTTP/1.1", "Host: x", "Content-Type: application/json", *extra]
    lines += ["Authentication: mock-app-id:mock-client-key", f"Content-Length: {length}"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def test_pipelined_requests_are_answered_in_order() -> None:
    """A large request (answered in a worker thread) then a small one on the same connection."""
    large = json.dumps({**DETAILS, "padding": "x" * (INLINE_BODY_BYTES + 1)}).encode()
    small = json.dumps({"action": "subscribe", "type": "email", "email": "p@example.org"}).encode()
    with serving(create_app("movalio", env={})) as mock:
        port = int(mock.origin.rsplit(":", 1)[1])
        with raw_request(port, post_head(len(large)) + large + post_head(len(small)) + small) as connection:
            answers = b""
            while answers.count(b"HTTP/1.1 ") < 2 or not answers.endswith(b"}"):
                answers += connection.recv(65536)
    assert re.findall(rb"HTTP/1.1 (\d{3}) ", answers) == [b"404", b"201"]


def test_a_client_expecting_100_continue_gets_it_before_sending_the_body() -> None:
    body = json.dumps(DETAILS).encode()
    with serving(create_app("movalio", env={})) as mock:
        port = int(mock.origin.rsplit(":", 1)[1])
        with raw_request(port, post_head(len(body), "Expect: 100-continue")) as connection:
            assert connection.recv(65536) == b"HTTP/1.1 100 Continue\r\n\r\n"
            connection.sendall(body)
            answer = read_answer(connection)
    assert answer.startswith(b"HTTP/1.1 404 Not Found\r\n")
    assert answer.endswith(b'{"message":"Subscriber not found."}')
