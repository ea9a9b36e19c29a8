"""Every Movio operation through the generated client, against the mock over loopback HTTP.

The client authenticates with the OAuth2 client-credentials grant of `movio_client.auth`, so
these tests also cover the token fetch, its reuse, its renewal on expiry and on 401, and the
failure on a wrong secret.
"""

from __future__ import annotations

import base64
import datetime
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
from movio_client import AuthenticatedClient
from movio_client.api.cinemas import delete_cinema, upsert_cinemas
from movio_client.api.contact_lists import update_contact_list_contacts
from movio_client.api.films import delete_film, upsert_films
from movio_client.api.items import delete_item, upsert_items
from movio_client.api.members import upsert_members
from movio_client.api.subscription_categories import list_subscription_categories
from movio_client.api.subscriptions import replace_member_subscriptions
from movio_client.api.tickets import delete_ticket, upsert_tickets
from movio_client.api.transactions import upsert_transactions
from movio_client.auth import ClientCredentials, TokenRequestFailed, connect_client_credentials
from movio_client.errors import UnprocessableEntityError
from movio_client.models import (
    BulkUpsertResult,
    Cinema,
    Contact,
    ContactListAction,
    Error,
    Film,
    Item,
    ItemTransactionLine,
    ItemType,
    LoyaltyCard,
    Member,
    MemberGender,
    MemberPreferences,
    MemberStatus,
    SessionTransactionLine,
    SubscriptionCategory,
    SubscriptionChannel,
    SubscriptionState,
    SubscriptionUpdate,
    Ticket,
    Transaction,
)
from movio_client.types import UNSET, Response

from mocks import create_app
from mocks.server import ServedMock, serving
from mocks.vendors.movio import CATEGORIES, Exhibitor

CLIENT_ID = "mock-client-id"
CLIENT_SECRET = "mock-client-secret"
TOKEN_PATH = "/oauth/token"
LIST_ID = "12345"


@dataclass
class Traffic:
    """Every request the client sends (token requests included) and every status it gets back."""

    requests: list[httpx.Request] = field(default_factory=list)
    authorizations: list[tuple[str, str]] = field(default_factory=list)
    statuses: list[tuple[str, int]] = field(default_factory=list)

    def on_request(self, request: httpx.Request) -> None:
        # The auth flow re-sends the same request object on a retry, so the header is read now.
        self.requests.append(request)
        self.authorizations.append((request.url.path, request.headers.get("Authorization", "")))

    def on_response(self, response: httpx.Response) -> None:
        self.statuses.append((response.request.url.path, response.status_code))

    def hooks(self) -> dict[str, list[Callable[..., Any]]]:
        return {"request": [self.on_request], "response": [self.on_response]}

    @property
    def token_requests(self) -> list[httpx.Request]:
        return [request for request in self.requests if request.url.path == TOKEN_PATH]

    @property
    def bearer_tokens(self) -> list[str]:
        """The bearer token of each API request, in order."""
        tokens = []
        for path, authorization in self.authorizations:
            if path != TOKEN_PATH:
                scheme, _, token = authorization.partition(" ")
                assert scheme == "Bearer", authorization
                tokens.append(token)
        return tokens


class FakeClock:
    """A clock the tests move by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def token_url(mock: ServedMock) -> str:
    return f"{mock.base_url}{TOKEN_PATH}"


@pytest.fixture(scope="module")
def served_movio() -> Iterator[ServedMock]:
    """The mock with tokens living 3600 s."""
    with serving(create_app("movio", env={}, token_lifetime=3600.0)) as mock:
        yield mock


@pytest.fixture(autouse=True)
def fresh_state(served_movio: ServedMock) -> None:
    """Each test starts from the mock's initial state (tokens already issued stay valid)."""
    served_movio.app.reset()


@pytest.fixture
def traffic() -> Traffic:
    return Traffic()


@pytest.fixture
def client(served_movio: ServedMock, traffic: Traffic) -> Iterator[AuthenticatedClient]:
    with connect_client_credentials(
        served_movio.base_url,
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        token_url=token_url(served_movio),
        raise_on_unexpected_status=True,
        httpx_args={"event_hooks": traffic.hooks()},
    ) as connected:
        yield connected


@pytest.fixture
def rules(served_movio: ServedMock, client: AuthenticatedClient) -> Exhibitor:
    state = served_movio.app.state()
    assert isinstance(state, Exhibitor)
    return state


def accepted(response: Response[Any]) -> BulkUpsertResult:
    """The parsed body of a 202 bulk answer."""
    assert response.status_code == HTTPStatus.ACCEPTED, response.content
    assert isinstance(response.parsed, BulkUpsertResult)
    return response.parsed


def counted(result: BulkUpsertResult) -> tuple[Any, Any, Any]:
    return result.total, result.created_count, result.updated_count


def deleted(response: Response[Any]) -> None:
    assert response.status_code == HTTPStatus.NO_CONTENT, response.content
    assert response.content == b""
    assert response.parsed is None


def failed(response: Response[Any], status: HTTPStatus) -> Error:
    assert response.status_code == status, response.content
    assert isinstance(response.parsed, Error)
    return response.parsed


# Contact lists


def update_contacts(
    client: AuthenticatedClient, action: ContactListAction, *contacts: Contact
) -> BulkUpsertResult:
    return accepted(
        update_contact_list_contacts.sync_detailed(LIST_ID, client=client, body=list(contacts), action=action)
    )


def contact(email: str, **attributes: str) -> Contact:
    made = Contact(email=email)
    made.additional_properties.update(attributes)
    return made


def test_contact_list_append_replace_delete(client: AuthenticatedClient, rules: Exhibitor) -> None:
    appended = update_contacts(
        client,
        ContactListAction.APPEND,
        contact("jane.doe@example.com", first_name="Jane"),
        contact("john.smith@example.com", first_name="John"),
    )
    assert counted(appended) == (2, 2, 0)
    again = update_contacts(
        client,
        ContactListAction.APPEND,
        contact("Jane.Doe@example.com", last_name="Doe"),
        contact("ann@example.com"),
    )
    assert counted(again) == (2, 1, 1)
    assert rules.contact_lists[LIST_ID] == {
        "jane.doe@example.com": {"email": "Jane.Doe@example.com", "first_name": "Jane", "last_name": "Doe"},
        "john.smith@example.com": {"email": "john.smith@example.com", "first_name": "John"},
        "ann@example.com": {"email": "ann@example.com"},
    }

    replaced = update_contacts(
        client, ContactListAction.REPLACE, contact("ann@example.com", tier="gold"), contact("new@example.com")
    )
    assert counted(replaced) == (2, 1, 1)
    assert rules.contact_lists[LIST_ID] == {
        "ann@example.com": {"email": "ann@example.com", "tier": "gold"},
        "new@example.com": {"email": "new@example.com"},
    }

    removed = update_contacts(
        client, ContactListAction.DELETE, contact("NEW@example.com"), contact("absent@example.com")
    )
    assert counted(removed) == (2, 0, 1)
    assert rules.contact_lists[LIST_ID] == {"ann@example.com": {"email": "ann@example.com", "tier": "gold"}}


# Bulk upserts


@dataclass(frozen=True)
class Kind:
    """One kind of record: its upsert operation and a record of it with a given id and label."""

    name: str
    upsert: Callable[..., Response[Any]]
    make: Callable[[str, str], Any]


def film(record_id: str, label: str) -> Film:
    return Film(
        film_id=record_id,
        title=label,
        distributor="Example Pictures",
        opening_date=datetime.date(2024, 6, 13),
        genres=["Drama"],
    )


def ticket(record_id: str, label: str) -> Ticket:
    return Ticket(ticket_id=record_id, name=label, tags=["adult", "2d"], type_="box_office")


def cinema(record_id: str, label: str) -> Cinema:
    return Cinema(cinema_id=record_id, name=label, timezone="Pacific/Auckland", tags=["city"])


def item(record_id: str, label: str) -> Item:
    return Item(item_id=record_id, name=label, type_=ItemType.OTHER, tags=["snacks"])


def transaction(record_id: str, label: str) -> Transaction:
    return Transaction(
        transaction_id=record_id,
        member_id="M-42",
        cinema_id="0001",
        sales_channel=label,
        transacted_at=datetime.datetime(2024, 6, 14, 7, 30, tzinfo=datetime.UTC),
        transaction_lines=[
            SessionTransactionLine(line_type="session", ticket_id="ADULT-2D", film_id="F1", quantity=2),
            ItemTransactionLine(line_type="item", item_id="POPCORN-L", quantity=1, total=9.5, discount=1.0),
        ],
    )


def member(record_id: str, label: str) -> Member:
    return Member(
        member_id=record_id,
        gender=MemberGender.FEMALE,
        status=MemberStatus.ACTIVATED,
        first_name=label,
        email="jane.doe@example.com",
        date_of_birth=datetime.date(1990, 2, 28),
        loyalty_cards=[LoyaltyCard(number="6001234567890", status="active")],
        preferences=MemberPreferences(cinema_ids=["0001"], genres=["Drama"]),
    )


KINDS = [
    Kind("film", upsert_films.sync_detailed, film),
    Kind("ticket", upsert_tickets.sync_detailed, ticket),
    Kind("cinema", upsert_cinemas.sync_detailed, cinema),
    Kind("item", upsert_items.sync_detailed, item),
    Kind("transaction", upsert_transactions.sync_detailed, transaction),
    Kind("member", upsert_members.sync_detailed, member),
]


@pytest.mark.parametrize("kind", KINDS, ids=[kind.name for kind in KINDS])
def test_upsert_creates_then_updates(client: AuthenticatedClient, rules: Exhibitor, kind: Kind) -> None:
    first = accepted(kind.upsert(client=client, body=[kind.make("A", "one"), kind.make("B", "two")]))
    assert counted(first) == (2, 2, 0)
    revised = kind.make("A", "revised")
    second = accepted(kind.upsert(client=client, body=[revised, kind.make("C", "three")]))
    assert counted(second) == (2, 1, 1)
    stored = rules.records[kind.name]
    assert sorted(stored.records) == ["A", "B", "C"]
    assert stored.records["A"] == revised.to_dict()
    assert type(revised).from_dict(stored.records["A"]) == revised


def test_a_repeated_id_counts_as_created_once(client: AuthenticatedClient, rules: Exhibitor) -> None:
    result = accepted(
        upsert_films.sync_detailed(client=client, body=[film("F1", "first"), film("F1", "second")])
    )
    assert counted(result) == (2, 1, 1)
    assert rules.records["film"].records["F1"]["title"] == "second"


def test_item_type_defaults_to_concession(client: AuthenticatedClient, rules: Exhibitor) -> None:
    accepted(upsert_items.sync_detailed(client=client, body=[Item(item_id="POPCORN-L", name="Popcorn")]))
    assert rules.records["item"].records["POPCORN-L"]["type"] == "CONCESSION"


# Deletes

DELETES = [
    ("film", upsert_films.sync_detailed, delete_film.sync_detailed, film),
    ("ticket", upsert_tickets.sync_detailed, delete_ticket.sync_detailed, ticket),
    ("cinema", upsert_cinemas.sync_detailed, delete_cinema.sync_detailed, cinema),
    ("item", upsert_items.sync_detailed, delete_item.sync_detailed, item),
]


@pytest.mark.parametrize(("kind", "upsert", "delete", "make"), DELETES, ids=[row[0] for row in DELETES])
def test_delete_then_404(
    client: AuthenticatedClient,
    rules: Exhibitor,
    kind: str,
    upsert: Callable[..., Response[Any]],
    delete: Callable[..., Response[Any]],
    make: Callable[[str, str], Any],
) -> None:
    accepted(upsert(client=client, body=[make("X-1", "kept"), make("X-2", "other")]))
    deleted(delete("X-1", client=client))
    assert rules.records[kind].deleted == {"X-1"}
    assert "X-1" in rules.records[kind].records, "a deleted record is kept for history"

    again = failed(delete("X-1", client=client), HTTPStatus.NOT_FOUND)
    assert again.message == f"{kind} 'X-1' is already deleted"
    assert again.entities == [{"field": f"{kind}_id", "message": again.message}]
    unknown = failed(delete("nope", client=client), HTTPStatus.NOT_FOUND)
    assert unknown.message == f"{kind} 'nope' does not exist"

    revived = accepted(upsert(client=client, body=[make("X-1", "back")]))
    assert counted(revived) == (1, 0, 1)
    assert rules.records[kind].deleted == set()
    deleted(delete("X-1", client=client))


def test_delete_quotes_the_id_in_the_path(client: AuthenticatedClient, rules: Exhibitor) -> None:
    accepted(upsert_tickets.sync_detailed(client=client, body=[ticket("Adult/2D 50%", "odd id")]))
    deleted(delete_ticket.sync_detailed("Adult/2D 50%", client=client))
    assert rules.records["ticket"].deleted == {"Adult/2D 50%"}


# Subscriptions and categories


def test_subscriptions_are_replaced_whole(client: AuthenticatedClient, rules: Exhibitor) -> None:
    first = [
        SubscriptionUpdate(
            category_id=1042, channel=SubscriptionChannel.EMAIL, state=SubscriptionState.SUBSCRIBED
        ),
        SubscriptionUpdate(category_id="1043", channel=SubscriptionChannel.SMS),
        SubscriptionUpdate(category_id=1044, channel=SubscriptionChannel.SMS, state=UNSET),
    ]
    deleted(replace_member_subscriptions.sync_detailed("M-42", client=client, body=first))
    assert rules.subscriptions == {
        "M-42": [
            {"category_id": 1042, "channel": "EMAIL", "state": "SUBSCRIBED"},
            {"category_id": "1043", "channel": "SMS", "state": "UNSUBSCRIBED"},
            {"category_id": 1044, "channel": "SMS", "state": "UNSUBSCRIBED"},
        ]
    }

    second = [
        SubscriptionUpdate(
            category_id=1043, channel=SubscriptionChannel.EMAIL, state=SubscriptionState.SUBSCRIBED
        )
    ]
    deleted(replace_member_subscriptions.sync_detailed("M-42", client=client, body=second))
    assert rules.subscriptions["M-42"] == [{"category_id": 1043, "channel": "EMAIL", "state": "SUBSCRIBED"}]

    deleted(replace_member_subscriptions.sync_detailed("M-42", client=client, body=[]))
    assert rules.subscriptions["M-42"] == []


def test_categories_are_listed_as_models(client: AuthenticatedClient) -> None:
    categories = list_subscription_categories.sync(client=client)
    assert isinstance(categories, list)
    assert all(isinstance(category, SubscriptionCategory) for category in categories)
    assert [(category.id, category.name, category.channels) for category in categories] == [
        (1042, "Newsletter", ["EMAIL", "SMS"]),
        (1043, "Offers", ["EMAIL", "SMS"]),
        (1044, "Session reminders", ["SMS"]),
    ]
    assert [category.to_dict() for category in categories] == list(CATEGORIES)


# Invalid input


def test_eleven_tags_is_a_422_error(client: AuthenticatedClient, rules: Exhibitor) -> None:
    too_many = Ticket(ticket_id="ADULT-2D", name="Adult 2D", tags=[f"tag{n}" for n in range(11)])
    error = failed(
        upsert_tickets.sync_detailed(client=client, body=[too_many]), HTTPStatus.UNPROCESSABLE_ENTITY
    )
    assert error.message == "invalid request"
    assert isinstance(error.entities, list)
    assert [entity["field"] for entity in error.entities] == ["0.tags"]
    assert "is too long" in error.entities[0]["message"]
    assert rules.records["ticket"].records == {}


def test_an_empty_bulk_body_is_a_422_error(client: AuthenticatedClient, rules: Exhibitor) -> None:
    error = failed(upsert_members.sync_detailed(client=client, body=[]), HTTPStatus.UNPROCESSABLE_ENTITY)
    assert error.message == "invalid request"
    assert rules.records["member"].records == {}


def test_an_unknown_subscription_channel_is_a_422_error(
    client: AuthenticatedClient, rules: Exhibitor
) -> None:
    entry = SubscriptionUpdate(category_id=1042)
    entry["channel"] = "PIGEON"
    error = failed(
        replace_member_subscriptions.sync_detailed("M-42", client=client, body=[entry]),
        HTTPStatus.UNPROCESSABLE_ENTITY,
    )
    assert error.message == "invalid request"
    assert rules.subscriptions == {}


# Authentication


def test_token_is_fetched_once_and_reused(
    served_movio: ServedMock, client: AuthenticatedClient, traffic: Traffic
) -> None:
    assert traffic.requests == [], "no token before the first call"
    list_subscription_categories.sync(client=client)
    accepted(upsert_films.sync_detailed(client=client, body=[film("F1", "one")]))
    deleted(delete_film.sync_detailed("F1", client=client))
    update_contacts(client, ContactListAction.APPEND, contact("a@example.com"))

    assert len(traffic.token_requests) == 1
    assert traffic.requests[0] is traffic.token_requests[0], "the token comes before the first call"
    tokens = traffic.bearer_tokens
    assert len(tokens) == 4
    assert len(set(tokens)) == 1
    assert tokens[0]
    assert (TOKEN_PATH, 200) in traffic.statuses


def test_token_request_is_the_client_credentials_grant(
    served_movio: ServedMock, client: AuthenticatedClient, traffic: Traffic
) -> None:
    list_subscription_categories.sync(client=client)
    [request] = traffic.token_requests
    assert request.method == "POST"
    assert str(request.url) == token_url(served_movio)
    scheme, _, encoded = request.headers["Authorization"].partition(" ")
    assert scheme == "Basic"
    assert base64.b64decode(encoded).decode() == f"{CLIENT_ID}:{CLIENT_SECRET}"
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    form = parse_qs(request.content.decode())
    assert form == {"grant_type": ["client_credentials"], "audience": [served_movio.base_url]}


def test_scope_and_audience_are_sent_when_given(served_movio: ServedMock, traffic: Traffic) -> None:
    with connect_client_credentials(
        served_movio.base_url,
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        token_url=token_url(served_movio),
        audience="https://api-eu.eq.movio.co",
        scope="films:write members:write",
        httpx_args={"event_hooks": traffic.hooks()},
    ) as connected:
        assert isinstance(list_subscription_categories.sync(client=connected), list)
    [request] = traffic.token_requests
    assert parse_qs(request.content.decode()) == {
        "grant_type": ["client_credentials"],
        "audience": ["https://api-eu.eq.movio.co"],
        "scope": ["films:write members:write"],
    }


def test_a_new_token_is_fetched_when_it_expires(served_movio: ServedMock, traffic: Traffic) -> None:
    clock = FakeClock()
    auth = ClientCredentials(token_url(served_movio), CLIENT_ID, CLIENT_SECRET, leeway=60.0, clock=clock)
    with AuthenticatedClient(
        base_url=served_movio.base_url,
        token="",
        prefix="",
        httpx_args={"auth": auth, "event_hooks": traffic.hooks()},
    ) as connected:
        assert isinstance(list_subscription_categories.sync(client=connected), list)
        clock.now += 3600 - 60 - 1  # the mock's tokens live 3600 s; renewal is `leeway` early
        assert isinstance(list_subscription_categories.sync(client=connected), list)
        assert len(traffic.token_requests) == 1
        clock.now += 1
        assert isinstance(list_subscription_categories.sync(client=connected), list)
        assert len(traffic.token_requests) == 2
        assert isinstance(list_subscription_categories.sync(client=connected), list)
    assert len(traffic.token_requests) == 2
    first, second, third, fourth = traffic.bearer_tokens
    assert first == second != third == fourth
    assert [status for path, status in traffic.statuses if path != TOKEN_PATH] == [200] * 4


def test_a_token_the_api_refuses_is_renewed_once(traffic: Traffic) -> None:
    server_clock = FakeClock()
    app = create_app("movio", env={}, token_lifetime=600.0, clock=server_clock)
    with (
        serving(app) as mock,
        connect_client_credentials(
            mock.base_url,
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            token_url=token_url(mock),
            httpx_args={"event_hooks": traffic.hooks()},
        ) as connected,
    ):
        assert isinstance(list_subscription_categories.sync(client=connected), list)
        server_clock.now += 600  # the token expires on the server, not on the client's clock
        response = upsert_films.sync_detailed(client=connected, body=[film("F1", "after expiry")])
    assert counted(accepted(response)) == (1, 1, 0)
    assert traffic.statuses == [
        (TOKEN_PATH, 200),
        ("/subscriptions/categories", 200),
        ("/films", 401),
        (TOKEN_PATH, 200),
        ("/films", 202),
    ]
    first, refused, renewed = traffic.bearer_tokens
    assert first == refused != renewed
    rules = app.state()
    assert isinstance(rules, Exhibitor)
    assert rules.records["film"].records["F1"]["title"] == "after expiry"


def test_a_wrong_secret_raises_token_request_failed(served_movio: ServedMock, traffic: Traffic) -> None:
    url = token_url(served_movio)
    with (
        connect_client_credentials(
            served_movio.base_url,
            client_id=CLIENT_ID,
            client_secret="wrong-secret",
            token_url=url,
            httpx_args={"event_hooks": traffic.hooks()},
        ) as wrong,
        pytest.raises(TokenRequestFailed) as raised,
    ):
        list_subscription_categories.sync_detailed(client=wrong)
    failure = raised.value
    assert failure.token_url == url
    assert failure.status_code == HTTPStatus.UNAUTHORIZED
    assert "invalid_client" in failure.body
    assert str(failure).startswith(f"token request to {url} failed with HTTP 401: ")
    assert [request.url.path for request in traffic.requests] == [TOKEN_PATH], "no API call is made"


def test_without_a_token_the_api_answers_401_as_an_error(served_movio: ServedMock) -> None:
    with AuthenticatedClient(base_url=served_movio.base_url, token="", prefix="") as anonymous:
        response = list_subscription_categories.sync_detailed(client=anonymous)
    error = failed(response, HTTPStatus.UNAUTHORIZED)
    assert error.message == "missing or invalid credentials"
    assert response.headers["WWW-Authenticate"] == "Bearer"


def test_credentials_with_reserved_characters_are_form_encoded() -> None:
    """RFC 6749 section 2.3.1: `+`, `%` and spaces survive the Basic client authentication."""
    secret = "s3cr+t %41"
    account = {"MOVIO_CLIENT_ID": "id:with+plus", "MOVIO_CLIENT_SECRET": secret}
    with serving(create_app("movio", accounts=[account])) as mock:
        token_url = f"{mock.base_url}/oauth/token"
        with connect_client_credentials(
            mock.base_url, client_id="id:with+plus", client_secret=secret, token_url=token_url
        ) as client:
            listed = list_subscription_categories.sync_detailed(client=client)
    assert listed.status_code == HTTPStatus.OK


def test_sync_raises_a_typed_error_for_an_invalid_upsert(client: AuthenticatedClient) -> None:
    too_many_tags = Ticket(ticket_id="T-1", name="Adult", tags=[f"tag{n}" for n in range(11)])
    with pytest.raises(UnprocessableEntityError) as raised:
        upsert_tickets.sync(client=client, body=[too_many_tags])
    assert raised.value.status_code == HTTPStatus.UNPROCESSABLE_ENTITY
    assert isinstance(raised.value.parsed, Error)
    assert "0.tags" in str(raised.value)
