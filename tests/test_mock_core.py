"""The spec-driven mock core, seen through the Movalio mock: routing, auth, validation, error
shapes, replies checked against the spec, and the standalone server."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from typing import Any

import httpx
import pytest

from mocks import create_app
from mocks.core import Call, MockServer, ReplyOutsideSpec
from mocks.schemas import Problem
from mocks.transport import InProcessTransport
from scripts.vendors import ROOT, Vendor

KEY = {"Authentication": "mock-app-id:mock-client-key"}


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with httpx.Client(base_url="http://mock", transport=InProcessTransport(create_app("movalio"))) as client:
        yield client


def test_unsupported_method_is_405_with_allow(http: httpx.Client) -> None:
    response = http.delete("/", headers=KEY)
    assert response.status_code == 405
    assert response.headers["Allow"] == "POST"
    assert response.json() == {"message": "DELETE is not allowed here"}


def test_unknown_path_is_404_in_the_vendor_shape(http: httpx.Client) -> None:
    response = http.post("/nowhere", headers=KEY, json={})
    assert response.status_code == 404
    assert set(response.json()) == {"message"}


def test_missing_or_wrong_credentials_are_401(http: httpx.Client) -> None:
    body = {"action": "subscriber:details", "uuid": "x"}
    assert http.post("/", json=body).status_code == 401
    wrong = http.post("/", json=body, headers={"Authentication": "mock-app-id:nope"})
    assert wrong.status_code == 401
    assert wrong.json() == {"message": "missing or invalid credentials"}


@pytest.mark.parametrize(
    ("content", "content_type", "field", "fragment"),
    [
        (b"{not json", "application/json", "body", "Expecting property name"),
        (b"", "application/json", "body", "a request body is required"),
        (b'{"action": "subscribe", "type": "email"}', "application/json", "email", "'email' is a required"),
        (b'{"action": "teleport"}', "application/json", "action", "is not one of"),
    ],
)
def test_bad_input_is_400_naming_the_field(
    http: httpx.Client, content: bytes, content_type: str, field: str, fragment: str
) -> None:
    response = http.post("/", content=content, headers={**KEY, "Content-Type": content_type})
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert any(fragment in message for message in errors[field]), errors


def test_a_media_type_the_spec_does_not_accept_is_400(http: httpx.Client) -> None:
    response = http.post("/", content=b"action=subscribe", headers={**KEY, "Content-Type": "text/plain"})
    assert response.status_code == 400
    assert "text/plain" in response.json()["message"]


def test_the_served_spec_points_at_the_local_mock(http: httpx.Client) -> None:
    served = http.get("/openapi.json").json()
    assert served["servers"] == [{"url": "http://127.0.0.1:8801/", "description": "The local Movalio mock."}]
    assert Vendor("movalio").spec()["servers"] != served["servers"]


class WrongRules:
    """Rules answering a status the spec does not document."""

    validation_status = 400

    def error_body(self, status: int, message: str, problems: Sequence[Problem]) -> Any:
        return {"message": message}

    def handle(self, call: Call) -> Any:
        from mocks.core import Reply

        return Reply(418, {"message": "teapot"})


def test_a_reply_outside_the_spec_is_a_mock_bug() -> None:
    server = MockServer(Vendor("movalio").resolved_for_mock(), WrongRules, api_keys={"movalio_key": "k"})
    client = httpx.Client(base_url="http://mock", transport=InProcessTransport(server))
    with client, pytest.raises(ReplyOutsideSpec, match="418 is not documented"):
        client.post("/", json={"action": "unsubscribe", "uuid": "x"}, headers={"Authentication": "k"})


def test_reset_forgets_the_state(http: httpx.Client) -> None:
    transport = http._transport
    assert isinstance(transport, InProcessTransport)
    body = {"action": "subscribe", "type": "email", "email": "once@example.org"}
    assert http.post("/", json=body, headers=KEY).status_code == 201
    transport.server.reset()
    assert http.post("/", json=body, headers=KEY).status_code == 201


def test_the_standalone_server_serves_over_loopback() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "mocks", "movalio", "--port", str(port)]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        assert f"http://127.0.0.1:{port}/" in process.stdout.readline()
        deadline = time.monotonic() + 10
        while True:
            try:
                response = httpx.post(
                    f"http://127.0.0.1:{port}/", json={"action": "unsubscribe", "uuid": "x"}, headers=KEY
                )
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline, "the standalone mock did not start"
                time.sleep(0.05)
        assert response.status_code == 404
    finally:
        process.terminate()
        process.wait(timeout=10)
