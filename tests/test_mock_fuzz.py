"""Arbitrary bytes, headers and paths thrown at every vendor's mock: never a 5xx, every error in
the vendor's shape, and the server still answering afterwards (hypothesis, derandomized)."""

from __future__ import annotations

import json
import re
import socket
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.datastructures import Headers

from mocks import known_vendors
from mocks.core import MockServer
from mocks.harness import HARNESS_PREFIX
from mocks.routing import Operation, declared_parameters, operations
from mocks.schemas import Problem
from mocks.server import ServedMock, serving
from scripts.targets import Credentials, mock_target

FUZZ = settings(
    max_examples=150,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
VENDORS = known_vendors()
METHODS = st.sampled_from(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]) | st.text(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ-", min_size=1, max_size=12
)
RAW = st.binary(max_size=300)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)
HEADER_NAMES = st.sampled_from(
    ["content-type", "authorization", "authentication", "apikey", "cookie", "accept", "x-anything"]
)


@pytest.fixture(scope="module", params=VENDORS)
def mock(request: pytest.FixtureRequest) -> tuple[MockServer[Any], Credentials]:
    """A vendor's mock and the credentials of its first account."""
    target = mock_target(request.param, env={})
    assert target.app is not None
    return target.app, target.credentials()


def vendor_shaped(app: MockServer[Any], status: int, content_type: str, body: bytes) -> bool:
    """Whether an error body has the vendor's shape: the type and members of its error body."""
    shapes = [
        app.rules.error_body(status, "m", []),
        app.rules.error_body(status, "m", [Problem("body", "f", "m")]),
    ]
    if all(isinstance(shape, str) for shape in shapes):
        return content_type.startswith("text/plain")
    parsed = json.loads(body)
    return any(
        type(parsed) is type(shape) and (not isinstance(shape, dict) or set(parsed) == set(shape))
        for shape in shapes
    )


def examples(operation: Operation) -> list[Any]:
    """The JSON examples of an operation's request body (valid input, to reach its handler)."""
    content = operation.definition.get("requestBody", {}).get("content", {}).get("application/json", {})
    found = [example["value"] for example in content.get("examples", {}).values() if "value" in example]
    return found + ([content["example"]] if "example" in content else [])


class _AnyValue(dict[str, str]):
    """Every path parameter gets the same value."""

    def __init__(self, value: str) -> None:
        super().__init__()
        self.value = value

    def __missing__(self, key: str) -> str:
        return self.value


PARAMETER_VALUES = st.text(max_size=30).map(lambda text: quote(text, safe="")) | st.sampled_from(
    ["1", "abc", "0"]
)


@st.composite
def requests(draw: st.DrawFn, app: MockServer[Any]) -> tuple[str, str, bytes, bytes]:
    """Method, path, query and body: mostly aimed at an operation, sometimes at nothing."""
    operation = draw(st.sampled_from(list(operations(app.spec))))
    method = draw(st.just(operation.method.upper()) | METHODS)
    filled = app.base_path + operation.template.format_map(_AnyValue(draw(PARAMETER_VALUES)))
    anywhere = RAW.map(lambda raw: "/" + raw.decode("latin-1"))
    path = draw(st.just(filled) | anywhere | st.sampled_from(["/openapi.json", HARNESS_PREFIX + "journal"]))
    names = [parameter["name"] for _, parameter in declared_parameters(app.schemas, operation)] or ["q"]
    query = draw(
        RAW
        | st.dictionaries(st.sampled_from(names), PARAMETER_VALUES).map(
            lambda chosen: "&".join(f"{name}={value}" for name, value in chosen.items()).encode()
        )
    )
    bodies = RAW | JSON_VALUES.map(lambda value: json.dumps(value).encode())
    valid = [json.dumps(example).encode() for example in examples(operation)]
    body = draw(st.sampled_from(valid) | bodies if valid else bodies)
    return method, path, query, body


@given(data=st.data())
@FUZZ
def test_anything_in_process_gets_no_5xx_and_the_vendors_error_body(
    mock: tuple[MockServer[Any], Credentials], data: st.DataObject
) -> None:
    app, credentials = mock
    method, path, query, body = data.draw(requests(app), "request")
    sent = data.draw(st.lists(st.tuples(HEADER_NAMES, RAW), max_size=3), "headers")
    if data.draw(st.booleans(), "JSON"):
        sent.append(("content-type", b"application/json"))
    if data.draw(st.booleans(), "authenticated"):
        sent += [(name.lower(), value.encode("latin-1")) for name, value in credentials.headers.items()]
    headers = Headers(raw=[(name.encode(), value) for name, value in sent])
    response = app.respond(method, path, headers, query, body, origin="http://mock")
    assert response.status_code < 500, response.body
    own_answer = path == "/openapi.json" or path.startswith(HARNESS_PREFIX) or path in app.token_paths
    if response.status_code >= 400 and not own_answer:
        content_type = response.headers.get("content-type", "")
        assert vendor_shaped(app, response.status_code, content_type, bytes(response.body)), response.body
    app.harness.clear_journal()


@pytest.fixture(scope="module")
def served(mock: tuple[MockServer[Any], Credentials]) -> Iterator[ServedMock]:
    with serving(mock[0]) as running:
        yield running


def exchange(port: int, raw: bytes) -> bytes:
    """Send raw bytes, read until the server answers and closes or goes quiet."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as connection:
        connection.sendall(raw)
        connection.shutdown(socket.SHUT_WR)
        answer = b""
        try:
            while chunk := connection.recv(65536):
                answer += chunk
        except (TimeoutError, ConnectionResetError):
            pass
    return answer


REQUEST_LINES = st.sampled_from([b"GET / HTTP/1.1\r\n", b"POST / HTTP/1.1\r\n", b"PUT /x HTTP/1.1\r\n", b""])


@given(head=REQUEST_LINES, raw=st.binary(max_size=500))
@settings(FUZZ, max_examples=40)
def test_any_bytes_over_a_socket_get_no_5xx_and_the_server_goes_on(
    served: ServedMock, head: bytes, raw: bytes
) -> None:
    port = int(served.origin.rsplit(":", 1)[1])
    answer = exchange(port, head + raw)
    assert b"5" not in re.findall(rb"HTTP/1.1 (\d)\d\d ", answer), answer
    alive = exchange(port, b"GET /openapi.json HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    assert alive.startswith(b"HTTP/1.1 200 OK\r\n")
