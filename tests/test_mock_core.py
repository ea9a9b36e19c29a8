"""The spec-driven mock core, seen through the Movalio mock: routing, auth, validation, error
shapes, replies checked against the spec, and the standalone server."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from typing import Any

import httpx
import pytest

from mocks import UnknownVendor, create_app, known_vendors
from mocks.core import IncompleteRules, MockServer, ReplyOutsideSpec
from mocks.credentials import Account
from mocks.registry import load_spec
from mocks.rules import Call, Reply, VendorRules
from mocks.schemas import Problem
from mocks.server import bind
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


def test_the_served_spec_names_the_origin_serving_it(http: httpx.Client) -> None:
    served = http.get("/openapi.json").json()
    assert served["servers"] == [{"url": "http://mock", "description": "This mock."}]
    assert Vendor("movalio").spec()["servers"] != served["servers"]
    other = http.get("http://other.test:9000/openapi.json").json()
    assert other["servers"] == [{"url": "http://other.test:9000", "description": "This mock."}]


def teapot(state: Any, call: Call) -> Reply:
    return Reply(418, {"message": "teapot"})


def error_body(status: int, message: str, problems: Sequence[Problem]) -> Any:
    return {"message": message}


ACCOUNT = Account("account-1", {"MOVALIO_APP_ID": "app", "MOVALIO_CLIENT_KEY": "k"})


def test_a_reply_outside_the_spec_is_a_mock_bug() -> None:
    rules = VendorRules(lambda clock: None, {"perform_action": teapot}, error_body)
    server = MockServer(load_spec("movalio"), rules, [ACCOUNT])
    client = httpx.Client(base_url="http://mock", transport=InProcessTransport(server))
    with client, pytest.raises(ReplyOutsideSpec, match="418 is not documented"):
        client.post("/", json={"action": "unsubscribe", "uuid": "x"}, headers={"Authentication": "app:k"})


def test_an_operation_without_a_handler_fails_at_start() -> None:
    rules = VendorRules(lambda clock: None, {"perform_action": teapot, "perform_actoin": teapot}, error_body)
    with pytest.raises(
        IncompleteRules, match=r"handlers for operations the spec lacks: \['perform_actoin'\]"
    ):
        MockServer(load_spec("movalio"), rules, [ACCOUNT])
    with pytest.raises(IncompleteRules, match=r"no handler for \['perform_action'\]"):
        MockServer(load_spec("movalio"), VendorRules(lambda clock: None, {}, error_body), [ACCOUNT])


def test_every_vendor_module_answers_every_operation_of_its_spec() -> None:
    for vendor in known_vendors():
        create_app(vendor, env={})  # raises IncompleteRules otherwise


def test_the_registry_serves_the_vendors_with_a_spec_and_rules() -> None:
    """The registry serves exactly the vendors with a resolved spec and a rules module."""
    assert set(known_vendors()) <= {path.stem for path in (ROOT / "mocks" / "specs").glob("*.json")}
    with pytest.raises(UnknownVendor, match="no mock for 'nobody'; known: "):
        create_app("nobody")


def test_reset_forgets_the_state(http: httpx.Client) -> None:
    transport = http._transport
    assert isinstance(transport, InProcessTransport)
    body = {"action": "subscribe", "type": "email", "email": "once@example.org"}
    assert http.post("/", json=body, headers=KEY).status_code == 201
    transport.server.reset()
    assert http.post("/", json=body, headers=KEY).status_code == 201


def free_port() -> int:
    with bind("127.0.0.1", 0) as probe:
        port: int = probe.getsockname()[1]
        return port


def mock_command(*arguments: str) -> list[str]:
    return [sys.executable, "-m", "mocks", *arguments]


def test_the_standalone_server_serves_over_loopback() -> None:
    port = free_port()
    process = subprocess.Popen(
        mock_command("movalio", "--port", str(port)), cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline() == (
            f"movalio mock on http://127.0.0.1:{port}/ (spec at http://127.0.0.1:{port}/openapi.json)\n"
        )
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
        spec = httpx.get(f"http://127.0.0.1:{port}/openapi.json").json()
        assert spec["servers"] == [{"url": f"http://127.0.0.1:{port}", "description": "This mock."}]
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_a_busy_port_fails_before_announcing_anything() -> None:
    with bind("127.0.0.1", 0) as taken:
        port = taken.getsockname()[1]
        result = subprocess.run(
            mock_command("movalio", "--port", str(port)), capture_output=True, text=True, timeout=30
        )
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith(f"python -m mocks: cannot listen on 127.0.0.1:{port}: ")
    assert result.stderr.count("\n") == 1


def test_an_unknown_vendor_gets_one_line_naming_the_known_ones() -> None:
    result = subprocess.run(mock_command("nobody"), capture_output=True, text=True, timeout=30)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == f"python -m mocks: no mock for 'nobody'; known: {', '.join(known_vendors())}\n"


def test_members_a_notification_does_not_name_are_kept_not_applied(http: httpx.Client) -> None:
    """The spec lets unknown members through; a `tags` list on a notification is no tag update."""
    created = http.post("/", json={"action": "subscribe", "type": "email", "email": "n@x.org"}, headers=KEY)
    uuid = created.json()["uuid"]
    body = {"action": "notification:show", "uuid": uuid, "n_id": 1, "tags": ["plan"]}
    assert http.post("/", json=body, headers=KEY).json() == {}
    details = http.post("/", json={"action": "subscriber:details", "uuid": uuid}, headers=KEY).json()
    assert details["tags"] == []
