"""The Movio mock in-process: OAuth2 tokens, contact lists, bulk records, subscriptions, errors."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from mocks import create_app
from mocks.core import MockServer
from mocks.transport import InProcessTransport
from mocks.vendors.movio import CATEGORIES, Exhibitor

BASE_URL = "http://127.0.0.1:8802"
CLIENT = ("test-client", "test-secret")
LIFETIME = 3600.0
RECORDS: dict[str, dict[str, Any]] = {
    "films": {"film_id": "F1", "title": "The Grand Premiere"},
    "tickets": {"ticket_id": "ADULT-2D", "name": "Adult 2D", "tags": ["adult"]},
    "cinemas": {"cinema_id": "0001", "name": "Queen Street", "timezone": "Pacific/Auckland"},
    "items": {"item_id": "POPCORN-L", "name": "Large popcorn", "type": "CONCESSION"},
    "transactions": {
        "transaction_id": "T1",
        "member_id": "M-42",
        "cinema_id": "0001",
        "transactionLines": [{"line_type": "item", "item_id": "POPCORN-L", "quantity": 1}],
    },
    "members": {"member_id": "M-42", "gender": "FEMALE", "status": "ACTIVATED"},
}
DELETABLE = ["films", "tickets", "cinemas", "items"]


class FakeClock:
    """A clock the tests move by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def app(clock: FakeClock) -> MockServer[Any]:
    account = {"MOVIO_CLIENT_ID": CLIENT[0], "MOVIO_CLIENT_SECRET": CLIENT[1]}
    return create_app("movio", accounts=[account], token_lifetime=LIFETIME, clock=clock)


@pytest.fixture
def anonymous(app: MockServer[Any]) -> Iterator[httpx.Client]:
    """A client without a token."""
    with httpx.Client(base_url=BASE_URL, transport=InProcessTransport(app)) as client:
        yield client


@pytest.fixture
def client(anonymous: httpx.Client) -> httpx.Client:
    """A client holding a fresh bearer token."""
    anonymous.headers["Authorization"] = f"Bearer {fetch_token(anonymous)}"
    return anonymous


def fetch_token(client: httpx.Client, auth: tuple[str, str] = CLIENT) -> str:
    response = client.post("/oauth/token", data={"grant_type": "client_credentials"}, auth=auth)
    assert response.status_code == 200, response.text
    token: str = response.json()["access_token"]
    return token


def rules(app: MockServer[Any]) -> Exhibitor:
    state = app.state()
    assert isinstance(state, Exhibitor)
    return state


def counts(total: int, created: int, updated: int) -> dict[str, int]:
    return {"total": total, "created_count": created, "updated_count": updated}


def fields(response: httpx.Response) -> list[str]:
    """The fields the entities of an error body name."""
    return [entity["field"] for entity in response.json()["entities"]]


# The token endpoint


def test_token_endpoint_issues_bearer_tokens_to_basic_auth(anonymous: httpx.Client) -> None:
    response = anonymous.post(
        "/oauth/token",
        data={"grant_type": "client_credentials", "audience": BASE_URL},
        auth=CLIENT,
    )
    assert response.status_code == 200
    assert response.headers["cache-control"] == "no-store"
    body = response.json()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == int(LIFETIME)
    assert body["access_token"]


def test_token_endpoint_refuses_a_wrong_secret(anonymous: httpx.Client) -> None:
    response = anonymous.post(
        "/oauth/token", data={"grant_type": "client_credentials"}, auth=(CLIENT[0], "wrong")
    )
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_client"


def test_token_endpoint_refuses_other_grant_types(anonymous: httpx.Client) -> None:
    response = anonymous.post("/oauth/token", data={"grant_type": "password"}, auth=CLIENT)
    assert response.status_code == 400
    assert response.json()["error"] == "unsupported_grant_type"


def test_token_endpoint_accepts_credentials_in_the_form(anonymous: httpx.Client) -> None:
    form = {"grant_type": "client_credentials", "client_id": CLIENT[0], "client_secret": CLIENT[1]}
    response = anonymous.post("/oauth/token", data=form)
    assert response.status_code == 200
    token = response.json()["access_token"]
    listed = anonymous.get("/subscriptions/categories", headers={"Authorization": f"Bearer {token}"})
    assert listed.status_code == 200


def test_client_credentials_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOVIO_CLIENT_ID", "env-id")
    monkeypatch.setenv("MOVIO_CLIENT_SECRET", "env-secret")
    with httpx.Client(base_url=BASE_URL, transport=InProcessTransport(create_app("movio"))) as client:
        fetch_token(client, ("env-id", "env-secret"))


def test_each_comma_separated_credential_is_an_account_of_its_own() -> None:
    """Two OAuth clients append to the same list id; each account keeps only its own contacts."""
    app = create_app(
        "movio", env={"MOVIO_CLIENT_ID": "shop-a,shop-b", "MOVIO_CLIENT_SECRET": "secret-a,secret-b"}
    )
    assert [account.id for account in app.accounts] == ["account-1", "account-2"]
    with httpx.Client(base_url=BASE_URL, transport=InProcessTransport(app)) as client:
        for credentials, email in ((("shop-a", "secret-a"), "a@x.org"), (("shop-b", "secret-b"), "b@x.org")):
            response = client.put(
                "/contact-lists/shared/contacts",
                params={"action": "append"},
                json=[{"email": email}],
                headers={"Authorization": f"Bearer {fetch_token(client, credentials)}"},
            )
            assert response.json() == counts(1, 1, 0)
        crossed = client.post(
            "/oauth/token", data={"grant_type": "client_credentials"}, auth=("shop-a", "secret-b")
        )
        assert crossed.status_code == 401
    for account, email in (("account-1", "a@x.org"), ("account-2", "b@x.org")):
        state = app.state(account)
        assert isinstance(state, Exhibitor)
        assert state.contact_lists == {"shared": {email: {"email": email}}}
    app.reset("account-1")
    assert app.state("account-1").contact_lists == {}
    assert app.state("account-2").contact_lists == {"shared": {"b@x.org": {"email": "b@x.org"}}}


def test_default_client_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MOVIO_CLIENT_ID", raising=False)
    monkeypatch.delenv("MOVIO_CLIENT_SECRET", raising=False)
    with httpx.Client(base_url=BASE_URL, transport=InProcessTransport(create_app("movio", env={}))) as client:
        fetch_token(client, ("mock-client-id", "mock-client-secret"))


# Bearer tokens


@pytest.mark.parametrize(
    "authorization",
    [None, "Bearer not-a-token", "Basic dGVzdC1jbGllbnQ6dGVzdC1zZWNyZXQ="],
    ids=["none", "unknown token", "basic"],
)
def test_operations_need_a_bearer_token(anonymous: httpx.Client, authorization: str | None) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    response = anonymous.get("/subscriptions/categories", headers=headers)
    assert response.status_code == 401
    assert set(response.json()) == {"message", "entities"}


def test_tokens_expire_after_their_lifetime(client: httpx.Client, clock: FakeClock) -> None:
    clock.now += LIFETIME - 1
    assert client.get("/subscriptions/categories").status_code == 200
    clock.now += 1
    response = client.get("/subscriptions/categories")
    assert response.status_code == 401
    assert response.json()["entities"] == []


# Contact lists


def update_contacts(client: httpx.Client, action: str, contacts: list[dict[str, str]]) -> httpx.Response:
    return client.put("/contact-lists/12345/contacts", params={"action": action}, json=contacts)


def test_contact_lists_append_replace_delete(client: httpx.Client, app: MockServer[Any]) -> None:
    contacts = rules(app).contact_lists

    appended = update_contacts(
        client, "append", [{"email": "jane@example.com", "first_name": "Jane"}, {"email": "bo@example.com"}]
    )
    assert (appended.status_code, appended.json()) == (202, counts(2, 2, 0))

    merged = update_contacts(
        client, "append", [{"email": "Jane@Example.com", "last_name": "Doe"}, {"email": "al@example.com"}]
    )
    assert merged.json() == counts(2, 1, 1)
    assert contacts["12345"]["jane@example.com"] == {
        "email": "Jane@Example.com",
        "first_name": "Jane",
        "last_name": "Doe",
    }
    assert set(contacts["12345"]) == {"jane@example.com", "bo@example.com", "al@example.com"}

    replaced = update_contacts(
        client, "replace", [{"email": "jane@example.com", "first_name": "J"}, {"email": "cy@example.com"}]
    )
    assert (replaced.status_code, replaced.json()) == (202, counts(2, 1, 1))
    assert contacts["12345"] == {
        "jane@example.com": {"email": "jane@example.com", "first_name": "J"},
        "cy@example.com": {"email": "cy@example.com"},
    }

    deleted = update_contacts(client, "delete", [{"email": "CY@example.com"}, {"email": "no@example.com"}])
    assert (deleted.status_code, deleted.json()) == (202, counts(2, 0, 1))
    assert list(contacts["12345"]) == ["jane@example.com"]


def test_every_contact_list_id_names_its_own_empty_list(client: httpx.Client, app: MockServer[Any]) -> None:
    update_contacts(client, "append", [{"email": "jane@example.com"}])
    response = client.put("/contact-lists/777/contacts?action=append", json=[{"email": "jane@example.com"}])
    assert response.json() == counts(1, 1, 0)
    assert set(rules(app).contact_lists) == {"12345", "777"}


def test_repeated_contacts_in_one_request_merge(client: httpx.Client, app: MockServer[Any]) -> None:
    response = update_contacts(
        client, "replace", [{"email": "a@example.com", "x": "1"}, {"email": "A@example.com", "y": "2"}]
    )
    assert response.json() == counts(2, 1, 1)
    assert rules(app).contact_lists["12345"] == {
        "a@example.com": {"email": "A@example.com", "x": "1", "y": "2"}
    }


# Bulk records


@pytest.mark.parametrize("resource", list(RECORDS))
def test_upserting_again_updates(client: httpx.Client, app: MockServer[Any], resource: str) -> None:
    record = RECORDS[resource]
    first = client.put(f"/{resource}", json=[record])
    assert (first.status_code, first.json()) == (202, counts(1, 1, 0))
    changed = {**record, "extra": "kept as sent"}
    second = client.put(f"/{resource}", json=[changed])
    assert (second.status_code, second.json()) == (202, counts(1, 0, 1))
    kind = resource.removesuffix("s")
    assert rules(app).records[kind].records == {record[f"{kind}_id"]: changed}


def test_a_repeated_id_counts_as_created_once_and_the_last_copy_wins(
    client: httpx.Client, app: MockServer[Any]
) -> None:
    films = [{"film_id": "F1", "title": "One"}, {"film_id": "F2", "title": "Two"}]
    response = client.put("/films", json=[*films, {"film_id": "F1", "title": "One again"}])
    assert response.json() == counts(3, 2, 1)
    assert rules(app).records["film"].records["F1"]["title"] == "One again"


@pytest.mark.parametrize("resource", DELETABLE)
def test_delete_then_404(client: httpx.Client, app: MockServer[Any], resource: str) -> None:
    kind = resource.removesuffix("s")
    record_id = RECORDS[resource][f"{kind}_id"]
    client.put(f"/{resource}", json=[RECORDS[resource]])
    assert client.delete(f"/{resource}/{record_id}").status_code == 204
    assert record_id in rules(app).records[kind].records
    again = client.delete(f"/{resource}/{record_id}")
    assert again.status_code == 404
    assert fields(again) == [f"{kind}_id"]
    unknown = client.delete(f"/{resource}/never-sent")
    assert unknown.status_code == 404
    assert "never-sent" in unknown.json()["message"]


def test_an_upsert_revives_a_deleted_record(client: httpx.Client, app: MockServer[Any]) -> None:
    film = RECORDS["films"]
    client.put("/films", json=[film])
    client.delete("/films/F1")
    revived = client.put("/films", json=[film])
    assert revived.json() == counts(1, 0, 1)
    assert rules(app).records["film"].deleted == set()
    assert client.delete("/films/F1").status_code == 204


def test_deletes_are_per_resource(client: httpx.Client) -> None:
    client.put("/films", json=[{"film_id": "X", "title": "X"}])
    assert client.delete("/items/X").status_code == 404


# Subscriptions and categories


def test_subscriptions_are_replaced_whole(client: httpx.Client, app: MockServer[Any]) -> None:
    first = [
        {"category_id": 1042, "channel": "EMAIL", "state": "SUBSCRIBED"},
        {"category_id": 1043, "channel": "SMS", "state": "SUBSCRIBED"},
    ]
    assert client.patch("/members/never-upserted/subscriptions", json=first).status_code == 204
    assert rules(app).subscriptions["never-upserted"] == first
    response = client.patch("/members/never-upserted/subscriptions", json=[{"category_id": "1044"}])
    assert (response.status_code, response.content) == (204, b"")
    assert rules(app).subscriptions["never-upserted"] == [{"category_id": "1044", "state": "UNSUBSCRIBED"}]


def test_subscription_categories_are_seeded(client: httpx.Client) -> None:
    response = client.get("/subscriptions/categories")
    assert response.status_code == 200
    assert response.json() == list(CATEGORIES)
    assert {"Newsletter", "Offers"} <= {category["name"] for category in response.json()}


# Errors


def test_malformed_json_is_400(client: httpx.Client, app: MockServer[Any]) -> None:
    response = client.put("/films", content=b'[{"film_id": ', headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json()["message"] == "the request body is not valid JSON"
    assert rules(app).records["film"].records == {}


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/contact-lists/1/contacts?action=append", [{"first_name": "Jane"}], "0.email"),
        ("/contact-lists/1/contacts?action=append", [{"email": "a@example.com", "age": 3}], "0.age"),
        ("/contact-lists/1/contacts?action=merge", [{"email": "a@example.com"}], "action"),
        ("/contact-lists/1/contacts", [{"email": "a@example.com"}], "action"),
        ("/films", [{"film_id": str(n), "title": "t"} for n in range(5001)], "body"),
        ("/films", [], "body"),
        ("/tickets", [{"ticket_id": "T", "name": "T", "tags": [str(n) for n in range(11)]}], "0.tags"),
        ("/items", [{"item_id": "I", "name": "I", "type": "FOOD"}], "0.type"),
        ("/transactions", [{**RECORDS["transactions"], "transactionLines": [{}]}], "0.transactionLines.0"),
    ],
    ids=[
        "missing email",
        "non-string attribute",
        "unknown action",
        "missing action",
        "5001 films",
        "no films",
        "11 tags",
        "item type",
        "line without type",
    ],
)
def test_schema_violations_are_422_naming_the_field(
    client: httpx.Client, app: MockServer[Any], path: str, body: Any, field: str
) -> None:
    response = client.put(path, json=body)
    assert response.status_code == 422
    assert field in fields(response)
    state = rules(app)
    assert state.contact_lists == {}
    assert all(not records.records for records in state.records.values())


def test_reset_forgets_the_state_but_keeps_the_seeded_categories(
    client: httpx.Client, app: MockServer[Any]
) -> None:
    client.put("/films", json=[RECORDS["films"]])
    update_contacts(client, "append", [{"email": "jane@example.com"}])
    app.reset()
    assert rules(app).records["film"].records == {}
    assert rules(app).contact_lists == {}
    assert client.get("/subscriptions/categories").json() == list(CATEGORIES)


def test_a_wrong_method_is_405_with_allow(client: httpx.Client) -> None:
    response = client.post("/films")
    assert response.status_code == 405
    assert response.headers["allow"] == "PUT"
    assert set(response.json()) == {"message", "entities"}
    assert client.get("/films/F1").headers["allow"] == "DELETE"


def test_the_served_spec_points_at_the_mock(anonymous: httpx.Client) -> None:
    spec = anonymous.get("/openapi.json").json()
    assert spec["servers"] == [{"url": "http://127.0.0.1:8802", "description": "This mock."}]
    token_urls = {
        scheme["flows"]["clientCredentials"]["tokenUrl"]
        for scheme in spec["components"]["securitySchemes"].values()
    }
    assert token_urls == {"http://127.0.0.1:8802/oauth/token"}
