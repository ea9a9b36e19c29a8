"""Every Movalio action through the generated client, against the mock over loopback HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from http import HTTPStatus
from typing import Any

import pytest
from movalio_client import AuthenticatedClient
from movalio_client.api.actions import perform_action
from movalio_client.auth import connect_movalio_key
from movalio_client.errors import BadRequestError, NotFoundError
from movalio_client.models import (
    ActionSucceeded,
    CampaignQueued,
    CampaignSendAction,
    CampaignSendActionTemplateData,
    CartContent,
    CartItem,
    CartSyncAction,
    Error,
    NotificationClickAction,
    NotificationCloseAction,
    NotificationShowAction,
    ProductEventAction,
    ProductEventType,
    ResubscribeAction,
    SubscribeAction,
    SubscriberCreated,
    SubscriberDeleteAction,
    SubscriberDetails,
    SubscriberDetailsAction,
    SubscriberEventAction,
    SubscriberRemoveTagAction,
    SubscriberTagAction,
    SubscriberType,
    SubscriberUpdateAction,
    Tags,
    UnsubscribeAction,
    ValidationError,
)

from mocks import create_app
from mocks.server import ServedMock, serving
from mocks.vendors.movalio import DUPLICATE_EMAIL, Subscribers

KEY = "mock-app-id:mock-client-key"
START = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


class FakeClock:
    """A clock the tests move by hand (seconds since the epoch)."""

    def __init__(self) -> None:
        self.now = START.timestamp()

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="module")
def served_movalio(clock: FakeClock) -> Iterator[ServedMock]:
    with serving(create_app("movalio", env={}, clock=clock)) as mock:
        yield mock


def tags(**values: Any) -> Tags:
    return Tags.from_dict(values)


@pytest.fixture
def client(served_movalio: ServedMock, clock: FakeClock) -> Iterator[AuthenticatedClient]:
    served_movalio.app.reset()
    clock.now = START.timestamp()
    with connect_movalio_key(served_movalio.base_url, key=KEY, raise_on_unexpected_status=True) as connected:
        yield connected


@pytest.fixture
def rules(served_movalio: ServedMock, client: AuthenticatedClient) -> Subscribers:
    state = served_movalio.app.state()
    assert isinstance(state, Subscribers)
    return state


def subscribe(client: AuthenticatedClient, email: str, **fields: Any) -> str:
    created = perform_action.sync(
        client=client, body=SubscribeAction(type_=SubscriberType.EMAIL, email=email, **fields)
    )
    assert isinstance(created, SubscriberCreated)
    return created.uuid


def details(client: AuthenticatedClient, uuid: str) -> SubscriberDetails:
    found = perform_action.sync(client=client, body=SubscriberDetailsAction(uuid=uuid))
    assert isinstance(found, SubscriberDetails)
    return found


def succeeds(client: AuthenticatedClient, body: Any) -> None:
    assert isinstance(perform_action.sync(client=client, body=body), ActionSucceeded)


def test_subscribe_then_details(client: AuthenticatedClient) -> None:
    uuid = subscribe(client, "bob@email.com", firstname="Bob", tags=tags(plan="gold", visits=3))
    found = details(client, uuid)
    assert found.email == "bob@email.com"
    assert found.unsubscribed == 0
    assert {(tag.name, tag.value) for tag in found.tags} == {("plan", "gold"), ("visits", "3")}


def test_duplicate_email_is_the_documented_400(client: AuthenticatedClient) -> None:
    subscribe(client, "dup@email.com")
    response = perform_action.sync_detailed(
        client=client, body=SubscribeAction(type_=SubscriberType.EMAIL, email="DUP@email.com")
    )
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert isinstance(response.parsed, ValidationError)
    assert response.parsed.errors.additional_properties["email"] == [DUPLICATE_EMAIL]


def test_wrong_key_is_401(served_movalio: ServedMock) -> None:
    with connect_movalio_key(served_movalio.base_url, key="mock-app-id:wrong") as wrong:
        response = perform_action.sync_detailed(client=wrong, body=SubscriberDetailsAction(uuid="x"))
    assert response.status_code == HTTPStatus.UNAUTHORIZED
    assert isinstance(response.parsed, Error)


def test_update_links_user_id_and_tags_follow_it(client: AuthenticatedClient) -> None:
    uuid = subscribe(client, "ann@email.com")
    succeeds(client, SubscriberUpdateAction(uuid=uuid, user_id=4212451, lastname="Lee", language="en-US"))
    succeeds(client, SubscriberTagAction(user_id=4212451, tags=tags(tier="vip", extra="x")))
    succeeds(client, SubscriberRemoveTagAction(user_id="4212451", tags=["extra"]))
    succeeds(client, SubscriberEventAction(user_id=4212451.0, event="seen"))  # type: ignore[arg-type]
    assert [(tag.name, tag.value) for tag in details(client, uuid).tags] == [("tier", "vip")]


def test_unsubscribe_and_resubscribe(client: AuthenticatedClient) -> None:
    uuid = subscribe(client, "un@email.com")
    succeeds(client, UnsubscribeAction(uuid=uuid))
    assert details(client, uuid).unsubscribed == 1
    succeeds(client, ResubscribeAction(uuid=uuid, campaign_id=0))
    assert details(client, uuid).unsubscribed == 0


def test_events_and_cart_are_recorded(client: AuthenticatedClient, rules: Subscribers) -> None:
    uuid = subscribe(client, "ev@email.com")
    succeeds(
        client,
        SubscriberEventAction(uuid=uuid, event="search_results_viewed", value=100, tags=tags(seen="yes")),
    )
    for action in (NotificationShowAction, NotificationCloseAction, NotificationClickAction):
        succeeds(client, action(uuid=uuid, n_id=167))
    succeeds(
        client,
        ProductEventAction(
            uuid=uuid, event=ProductEventType.ADDED_TO_CART, product_id=12321, variant_id=323321
        ),
    )
    cart = CartContent(items=[CartItem(id=6979750199462, title="Red shirt", quantity=2)], item_count=2)
    succeeds(client, CartSyncAction(uuid=uuid, content=cart))
    after = details(client, uuid)
    assert ("seen", "yes") in {(tag.name, tag.value) for tag in after.tags}
    recorded = rules.subscribers[uuid]
    assert [event["action"] for event in recorded.events] == [
        "subscriber:event",
        "notification:show",
        "notification:close",
        "notification:click",
        "product:event",
    ]
    assert recorded.cart == {
        "items": [{"id": 6979750199462, "title": "Red shirt", "quantity": 2}],
        "itemCount": 2,
    }


def test_updated_at_moves_on_changes_only(client: AuthenticatedClient, clock: FakeClock) -> None:
    """Writes stamp the mock's clock; reading the details and sending a campaign change nothing."""
    uuid = subscribe(client, "clock@email.com")
    assert details(client, uuid).updated_at == START
    clock.now += 60
    assert details(client, uuid).updated_at == START
    succeeds(client, SubscriberEventAction(uuid=uuid, event="seen"))
    assert details(client, uuid).updated_at == datetime(2026, 3, 1, 9, 31, tzinfo=UTC)
    clock.now += 60
    perform_action.sync(client=client, body=CampaignSendAction(uuid=uuid, campaign_id=1))
    assert details(client, uuid).updated_at == datetime(2026, 3, 1, 9, 31, tzinfo=UTC)
    succeeds(client, SubscriberTagAction(uuid=uuid, tags=tags(tier="vip")))
    assert details(client, uuid).updated_at == datetime(2026, 3, 1, 9, 32, tzinfo=UTC)


def test_campaign_send_is_queued(client: AuthenticatedClient, rules: Subscribers) -> None:
    uuid = subscribe(client, "tx@email.com")
    queued = perform_action.sync(
        client=client,
        body=CampaignSendAction(
            uuid=uuid,
            campaign_id=1212313,
            template_data=CampaignSendActionTemplateData.from_dict({"first_name": "Timo"}),
        ),
    )
    assert isinstance(queued, CampaignQueued)
    assert queued.message == "Campaign was queued for sending."
    assert rules.subscribers[uuid].campaigns_sent[0]["template_data"] == {"first_name": "Timo"}


def test_deleted_subscriber_is_404(client: AuthenticatedClient) -> None:
    uuid = subscribe(client, "gone@email.com")
    succeeds(client, SubscriberDeleteAction(uuid=uuid))
    response = perform_action.sync_detailed(client=client, body=SubscriberDetailsAction(uuid=uuid))
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert isinstance(response.parsed, Error)


def test_sync_raises_a_typed_error_naming_the_problem(client: AuthenticatedClient) -> None:
    subscribe(client, "taken@email.com")
    with pytest.raises(BadRequestError) as raised:
        perform_action.sync(
            client=client, body=SubscribeAction(type_=SubscriberType.EMAIL, email="taken@email.com")
        )
    assert raised.value.status_code == HTTPStatus.BAD_REQUEST
    assert isinstance(raised.value.parsed, ValidationError)
    assert DUPLICATE_EMAIL in str(raised.value)
    with pytest.raises(NotFoundError) as missing:
        perform_action.sync(client=client, body=SubscriberDetailsAction(uuid="no-such-subscriber"))
    assert missing.value.status_code == HTTPStatus.NOT_FOUND
    assert isinstance(missing.value.parsed, Error)
