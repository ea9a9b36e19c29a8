"""The test-harness API under /__mock/ (reset, journal, faults, coverage), over HTTP and from
Python, through the Movio and Movalio mocks; and the coverage table `make contract` prints."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from mocks import create_app
from mocks.core import MockServer
from mocks.credentials import Account
from mocks.harness import Fault, HarnessError, JournalEntry, RateLimit, coverage_table
from mocks.registry import load_spec, rules_of
from mocks.server import serving
from mocks.transport import InProcessTransport

MOVALIO_KEY = {"Authentication": "mock-app-id:mock-client-key"}
MOVALIO_ACCOUNT = Account(
    "account-1", {"MOVALIO_APP_ID": "mock-app-id", "MOVALIO_CLIENT_KEY": "mock-client-key"}
)
SUBSCRIBE = {"action": "subscribe", "type": "email", "email": "ann@example.org"}
FILMS = [{"film_id": "F1", "title": "One"}]


NOW = 1_700_000_000.0


@pytest.fixture
def movalio() -> MockServer[Any]:
    return create_app("movalio", env={}, clock=lambda: NOW)


@pytest.fixture
def http(movalio: MockServer[Any]) -> Iterator[httpx.Client]:
    with httpx.Client(base_url="http://mock", transport=InProcessTransport(movalio)) as client:
        yield client


def test_the_journal_lists_each_request_with_its_operation_status_and_account(http: httpx.Client) -> None:
    http.post("/", json=SUBSCRIBE, headers=MOVALIO_KEY)
    http.post("/", json=SUBSCRIBE, headers={"Authentication": "mock-app-id:wrong"})
    http.get("/nowhere")
    http.get("/__mock/coverage")
    assert http.get("/__mock/journal").json() == [
        {
            "method": "POST",
            "path": "/",
            "operation_id": "perform_action",
            "status": 201,
            "account": "account-1",
            "time": NOW,
            "fault": False,
        },
        {
            "method": "POST",
            "path": "/",
            "operation_id": "perform_action",
            "status": 401,
            "account": None,
            "time": NOW,
            "fault": False,
        },
        {
            "method": "GET",
            "path": "/nowhere",
            "operation_id": None,
            "status": 404,
            "account": None,
            "time": NOW,
            "fault": False,
        },
    ]
    assert http.delete("/__mock/journal").json() == []
    assert http.get("/__mock/journal").json() == []


def test_the_journal_names_the_account_never_its_credential(movio_http: httpx.Client) -> None:
    movio_http.put("/films", json=FILMS)
    journal = movio_http.get("/__mock/journal").json()
    assert [
        (entry["path"], entry["operation_id"], entry["status"], entry["account"]) for entry in journal
    ] == [
        ("/oauth/token", None, 200, None),
        ("/films", "upsert_films", 202, "account-1"),
    ]
    assert "mock-client" not in str(journal)


def test_reset_forgets_every_account_or_the_one_named() -> None:
    accounts = [
        {"MOVALIO_APP_ID": "a", "MOVALIO_CLIENT_KEY": "1"},
        {"MOVALIO_APP_ID": "b", "MOVALIO_CLIENT_KEY": "2"},
    ]
    app = create_app("movalio", accounts=accounts)
    with httpx.Client(base_url="http://mock", transport=InProcessTransport(app)) as client:

        def subscribe(key: str) -> int:
            return client.post("/", json=SUBSCRIBE, headers={"Authentication": key}).status_code

        assert (subscribe("a:1"), subscribe("b:2")) == (201, 201)
        assert client.post("/__mock/reset", params={"account": "account-2"}).json() == {"reset": "account-2"}
        assert (subscribe("a:1"), subscribe("b:2")) == (400, 201)
        assert client.post("/__mock/reset").json() == {"reset": "all"}
        assert (subscribe("a:1"), subscribe("b:2")) == (201, 201)
        unknown = client.post("/__mock/reset", params={"account": "account-9"})
        assert (unknown.status_code, unknown.json()) == (
            404,
            {"error": "no account 'account-9'; accounts: account-1, account-2"},
        )


def test_a_fault_fails_the_next_requests_before_any_state_changes(movio_http: httpx.Client) -> None:
    armed = movio_http.post(
        "/__mock/faults", json={"status": 503, "times": 2, "operation_id": "upsert_films"}
    )
    assert (armed.status_code, armed.json()) == (
        201,
        {"status": 503, "operation_id": "upsert_films", "times": 2, "delay_ms": 0, "drop": False},
    )
    assert movio_http.get("/subscriptions/categories").status_code == 200
    failed = [movio_http.put("/films", json=FILMS) for _ in range(2)]
    assert [response.status_code for response in failed] == [503, 503]
    assert failed[0].json() == {
        "message": "Service unavailable (a fault injected by the mock harness)",
        "entities": [],
    }
    assert movio_http.get("/__mock/faults").json() == []
    stored = movio_http.put("/films", json=FILMS)
    assert stored.json() == {"total": 1, "created_count": 1, "updated_count": 0}
    faulted = [entry["fault"] for entry in movio_http.get("/__mock/journal").json()]
    assert faulted == [False, False, True, True, False]  # the token, the categories, the films


def test_a_429_carries_retry_after(movio_http: httpx.Client) -> None:
    movio_http.post("/__mock/faults", json={"status": 429, "retry_after": 7})
    response = movio_http.put("/films", json=FILMS)
    assert (response.status_code, response.headers["Retry-After"]) == (429, "7")


def with_rate_limit_headers(spec: dict[str, Any]) -> dict[str, Any]:
    """Movio's spec with a documented 429 declaring rate-limit headers, one of them a reset delay."""
    changed = copy.deepcopy(spec)
    changed["x-retry-after-headers"] = ["X-Limit-Reset"]
    changed["paths"]["/films"]["put"]["responses"]["429"] = {
        "description": "Too many requests.",
        "headers": {
            "X-Limit-Reset": {"schema": {"type": "integer"}},
            "X-Limit-Total": {"schema": {"type": "integer"}, "example": 100},
            "X-Limit-Left": {"schema": {"type": "integer", "minimum": 0}},
        },
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }
    return changed


def test_a_429_carries_the_rate_limit_headers_the_spec_declares() -> None:
    account = Account("account-1", {"MOVIO_CLIENT_ID": "id", "MOVIO_CLIENT_SECRET": "secret"})
    app = MockServer(with_rate_limit_headers(load_spec("movio")), rules_of("movio"), [account])
    app.harness.add_fault(Fault(429, retry_after=3))
    with httpx.Client(base_url="http://mock", transport=InProcessTransport(app)) as client:
        answer = client.post("/oauth/token", data={"grant_type": "client_credentials"}, auth=("id", "secret"))
        client.headers["Authorization"] = f"Bearer {answer.json()['access_token']}"
        response = client.put("/films", json=FILMS)
    assert response.status_code == 429
    assert {
        name: response.headers[name]
        for name in ("Retry-After", "X-Limit-Reset", "X-Limit-Total", "X-Limit-Left")
    } == {
        "Retry-After": "3",
        "X-Limit-Reset": "3",
        "X-Limit-Total": "100",
        "X-Limit-Left": "0",
    }


def test_a_ratio_fault_fails_that_share_of_requests_until_cleared(http: httpx.Client) -> None:
    http.post("/__mock/faults", json={"status": 500, "ratio": 1})
    assert [http.post("/", json=SUBSCRIBE, headers=MOVALIO_KEY).status_code for _ in range(3)] == [500] * 3
    assert http.delete("/__mock/faults").json() == []
    http.post("/__mock/faults", json={"status": 500, "ratio": 0})
    assert http.post("/", json=SUBSCRIBE, headers=MOVALIO_KEY).status_code == 201


def test_a_fault_for_another_operation_leaves_this_one_alone(movio_http: httpx.Client) -> None:
    movio_http.post("/__mock/faults", json={"status": 502, "operation_id": "delete_film"})
    assert movio_http.put("/films", json=FILMS).status_code == 202
    assert movio_http.delete("/films/F1").status_code == 502
    assert movio_http.delete("/films/F1").status_code == 204


def test_a_delay_alone_answers_normally(http: httpx.Client) -> None:
    http.post("/__mock/faults", json={"delay_ms": 1})
    assert http.post("/", json=SUBSCRIBE, headers=MOVALIO_KEY).status_code == 201
    assert http.get("/__mock/journal").json()[0]["fault"] is True


def test_a_dropped_connection_gets_no_answer_in_process_or_over_http(movalio: MockServer[Any]) -> None:
    movalio.harness.add_fault(Fault(drop=True))
    with (
        httpx.Client(base_url="http://mock", transport=InProcessTransport(movalio)) as client,
        pytest.raises(httpx.RemoteProtocolError, match="dropped the connection"),
    ):
        client.post("/", json=SUBSCRIBE, headers=MOVALIO_KEY)
    with serving(movalio) as mock, httpx.Client(base_url=mock.base_url, headers=MOVALIO_KEY) as client:
        assert client.post("/__mock/faults", json={"drop": True, "times": 1}).status_code == 201
        with pytest.raises(httpx.RemoteProtocolError, match="Server disconnected without sending a response"):
            client.post("/", json=SUBSCRIBE)
        assert client.post("/", json=SUBSCRIBE).status_code == 201
    assert [(entry.status, entry.fault) for entry in movalio.harness.journal()] == [
        (0, True),
        (0, True),
        (201, False),
    ]


@pytest.mark.parametrize(
    ("fault", "status", "message"),
    [
        ({"status": 418}, 400, "status must be one of [429, 500, 502, 503, 504]"),
        ({}, 400, "a fault needs a status, drop or delay_ms"),
        ({"status": 500, "times": 0}, 400, "times must be at least 1"),
        ({"status": 500, "ratio": 1.5}, 400, "ratio must be between 0 and 1"),
        ({"status": 500, "delay_ms": -1}, 400, "retry_after and delay_ms cannot be negative"),
        ({"status": "500"}, 400, "status must be int"),
        ({"status": 500, "times": True}, 400, "times must be int"),
        ({"drop": 1}, 400, "drop must be bool"),
        (
            {"status": 500, "when": "now"},
            400,
            "unknown fault member 'when'; known: status, operation_id, times, ",
        ),
        ({"status": 500, "operation_id": "teleport"}, 400, "no operation 'teleport' in the spec"),
        ([], 400, "a fault is a JSON object"),
    ],
)
def test_a_fault_that_makes_no_sense_is_refused(
    http: httpx.Client, fault: Any, status: int, message: str
) -> None:
    response = http.post("/__mock/faults", json=fault)
    assert response.status_code == status
    assert response.json()["error"].startswith(message)
    assert http.get("/__mock/faults").json() == []


def test_unknown_harness_endpoints_and_methods(http: httpx.Client) -> None:
    assert http.put("/__mock/journal").json() == {"error": "PUT /__mock/journal: use DELETE or GET"}
    assert http.put("/__mock/journal").status_code == 405
    missing = http.get("/__mock/teleport")
    assert missing.status_code == 404
    assert missing.json()["error"].startswith(
        "no harness endpoint /__mock/teleport; known: DELETE /__mock/faults"
    )
    garbled = http.post("/__mock/faults", content=b"{")
    assert garbled.status_code == 400
    assert garbled.json()["error"].startswith("the body is not JSON: Expecting property name")


def test_coverage_lists_documented_and_answered_statuses(http: httpx.Client) -> None:
    http.post("/", json=SUBSCRIBE, headers=MOVALIO_KEY)
    http.post("/", json=SUBSCRIBE, headers=MOVALIO_KEY)
    http.post("/", json=SUBSCRIBE)
    assert http.get("/__mock/coverage").json() == {
        "perform_action": {
            "documented": ["200", "201", "400", "401", "404", "500"],
            "answered": [201, 400, 401],
        }
    }
    http.delete("/__mock/journal")
    assert http.get("/__mock/coverage").json()["perform_action"]["answered"] == []


def test_the_python_api_is_the_http_api(movalio: MockServer[Any], http: httpx.Client) -> None:
    movalio.harness.add_fault(Fault(500, times=1))
    assert http.get("/__mock/faults").json() == [{"status": 500, "times": 1, "delay_ms": 0, "drop": False}]
    assert http.post("/", json=SUBSCRIBE, headers=MOVALIO_KEY).status_code == 500
    assert movalio.harness.journal() == [
        JournalEntry("POST", "/", "perform_action", 500, "account-1", NOW, True)
    ]
    assert movalio.harness.coverage()["perform_action"]["answered"] == [500]
    with pytest.raises(HarnessError, match="no account 'nobody'"):
        movalio.harness.reset("nobody")


def test_the_coverage_table_counts_operations_and_documented_statuses() -> None:
    movio = create_app("movio", env={})
    movio.harness.record(JournalEntry("PUT", "/films", "upsert_films", 202, "account-1", NOW))
    movio.harness.record(JournalEntry("PUT", "/films", "upsert_films", 422, "account-1", NOW))
    movio.harness.record(JournalEntry("DELETE", "/films/x", "delete_film", 404, "account-1", NOW))
    movalio = create_app("movalio", env={})
    movalio.harness.record(JournalEntry("POST", "/", "perform_action", 418, "account-1", NOW))
    idle = create_app("movalio", env={})
    assert coverage_table([movio.harness, movalio.harness, idle.harness], shown=3).splitlines() == [
        "",
        "mock coverage (from the journals)",
        "API                            operations   statuses  never called",
        f"{load_spec('movalio')['info']['title']:<30}     1/1        0/6     none",
        f"{load_spec('movio')['info']['title']:<30}     2/13       3/56    "
        "delete_cinema, delete_item, delete_ticket (+8 more)",
    ]


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = NOW + 0.25

    def __call__(self) -> float:
        return self.now


def test_the_documented_rate_limit_is_enforced_when_asked() -> None:
    spec = copy.deepcopy(load_spec("movalio")) | {"x-rate-limit": "2/s"}
    clock = Clock()
    app = MockServer(spec, rules_of("movalio"), [MOVALIO_ACCOUNT], clock=clock)
    with httpx.Client(
        base_url="http://mock", transport=InProcessTransport(app), headers=MOVALIO_KEY
    ) as client:

        def subscribe(number: int) -> httpx.Response:
            return client.post("/", json={**SUBSCRIBE, "email": f"r{number}@example.org"})

        assert [subscribe(n).status_code for n in range(3)] == [201, 201, 201]
        assert client.post("/__mock/rate-limit", json={"enforce": True}).json() == {
            "enforce": True,
            "limit": "2/s",
        }
        answers = [subscribe(n) for n in range(3, 6)]
        assert [answer.status_code for answer in answers] == [201, 201, 429]
        assert answers[2].headers["Retry-After"] == "1"
        assert answers[2].json() == {"message": "Too many requests: over the rate limit of 2/s"}
        clock.now += 1
        assert subscribe(5).status_code == 201
        assert client.post("/__mock/rate-limit", json={"enforce": False}).json()["enforce"] is False
        assert [subscribe(n).status_code for n in range(6, 9)] == [201, 201, 201]
        assert client.get("/__mock/rate-limit").json() == {"enforce": False, "limit": "2/s"}


def test_a_spec_without_a_rate_limit_has_none_to_enforce(http: httpx.Client) -> None:
    assert http.get("/__mock/rate-limit").json() == {"enforce": False, "limit": None}
    refused = http.post("/__mock/rate-limit", json={"enforce": True})
    assert (refused.status_code, refused.json()) == (400, {"error": "the spec documents no x-rate-limit"})
    wrong = http.post("/__mock/rate-limit", json={"enforce": 1})
    assert wrong.json() == {"error": 'send {"enforce": true} or {"enforce": false}'}


@pytest.mark.parametrize(("text", "limit"), [("50/s", RateLimit(50, 1)), (" 600/m", RateLimit(600, 60))])
def test_rate_limits_read_as_requests_per_window(text: str, limit: RateLimit) -> None:
    assert RateLimit.parse(text) == limit
    assert str(limit) == text.strip()
    with pytest.raises(ValueError, match="x-rate-limit '50 per second' is not N/s, N/m or N/h"):
        RateLimit.parse("50 per second")
