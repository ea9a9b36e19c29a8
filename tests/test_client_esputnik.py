"""Every eSputnik operation through the generated client, against the mock over loopback HTTP:
HTTP Basic with any user name, plain-text and empty answers, paging by `TotalCount`, typed errors."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from types import ModuleType

import esputnik_client.api
import httpx
import pytest
from esputnik_client import AuthenticatedClient
from esputnik_client.api.account import get_account_info, get_balance, get_version, get_version_v2
from esputnik_client.api.address_books import get_address_books
from esputnik_client.api.contacts import (
    add_contact,
    add_or_update_contacts,
    delete_contact,
    delete_contact_by_external_id,
    get_contact,
    get_contact_emails,
    get_import_status,
    search_contacts,
    subscribe_contact,
    update_contact,
    upload_contacts,
)
from esputnik_client.api.events import (
    add_past_events,
    add_past_events_v2,
    delete_past_events,
    generate_event,
    generate_event_v2,
)
from esputnik_client.api.messages import (
    get_message_status,
    send_email,
    send_prepared_message,
    send_prepared_message_old,
    send_sms,
    send_viber,
)
from esputnik_client.api.orders import add_orders, delete_orders
from esputnik_client.api.segments import (
    attach_segment_contacts,
    detach_segment_contacts,
    get_segment_contacts,
    list_segments,
)
from esputnik_client.api.unsubscribed import add_unsubscribed_emails, delete_unsubscribed_emails
from esputnik_client.auth import connect_basic
from esputnik_client.errors import AuthenticationError, BadRequestError, NotFoundError
from esputnik_client.models import (
    AccountInfo,
    BooleanString,
    Channel,
    ChannelType,
    Contact,
    ContactAddress,
    ContactFieldValue,
    ContactsBulkRequest,
    ContactsUploadRequest,
    DedupeOn,
    EmailList,
    Event,
    EventParam,
    FieldGroup,
    MessageStatus,
    Order,
    OrdersInfo,
    OrdersRequest,
    OrderStatus,
    PastEvent,
    PastEvents,
    Segment,
    SegmentMembers,
    SegmentType,
    SendEmailRequest,
    SendMessageResponse,
    SendMessageResult,
    SendPreparedMessageRequest,
    SendSmsRequest,
    SendStatus,
    SendViberRequest,
    SmartSendRecipient,
    SmartSendRequest,
    SubscribeRequest,
)
from esputnik_client.types import UNSET

from mocks.server import ServedMock
from mocks.vendors.esputnik import FIRST_CONTACT_ID, FIRST_SEGMENT_ID, Organisation

KEY = "mock-api-key"
FIRST, SECOND = FIRST_CONTACT_ID, FIRST_CONTACT_ID + 1


@pytest.fixture(autouse=True)
def fresh_state(served_esputnik: ServedMock) -> None:
    served_esputnik.app.reset()


@pytest.fixture
def requests() -> list[httpx.Request]:
    return []


@pytest.fixture
def client(served_esputnik: ServedMock, requests: list[httpx.Request]) -> Iterator[AuthenticatedClient]:
    hooks = {"request": [requests.append]}
    with connect_basic(
        served_esputnik.base_url, username="shop", password=KEY, httpx_args={"event_hooks": hooks}
    ) as connected:
        yield connected


@pytest.fixture
def org(served_esputnik: ServedMock) -> Organisation:
    state = served_esputnik.app.state()
    assert isinstance(state, Organisation)
    return state


def email(address: str) -> Channel:
    return Channel(type_=ChannelType.EMAIL, value=address)


def sms(number: str) -> Channel:
    return Channel(type_=ChannelType.SMS, value=number)


def results(answer: SendMessageResponse | None) -> list[SendMessageResult]:
    assert isinstance(answer, SendMessageResponse)
    return answer.results if isinstance(answer.results, list) else [answer.results]


def test_every_operation_of_the_client_is_called_here() -> None:
    """Each operation module of the package is imported by this file (and called below)."""
    modules = {
        f"{tag.name}.{operation.name}"
        for tag in pkgutil.iter_modules(esputnik_client.api.__path__)
        for operation in pkgutil.iter_modules(
            importlib.import_module(f"esputnik_client.api.{tag.name}").__path__
        )
    }
    used = {
        value.__name__.removeprefix("esputnik_client.api.")
        for value in globals().values()
        if isinstance(value, ModuleType) and value.__name__.startswith("esputnik_client.api.")
    }
    assert len(modules) == 35
    assert modules <= used


# Account


def test_account_reads(client: AuthenticatedClient) -> None:
    info = get_account_info.sync(client=client)
    assert info == AccountInfo(user_email="api-user162065", organisation_name="ExamleName")
    balance = get_balance.sync(client=client)
    assert balance is not None
    assert (balance.current_balance, balance.currency, balance.bonus_emails) == ("0.0", "UAH", "2500")
    for read in (get_version, get_version_v2):
        version = read.sync(client=client)
        assert version is not None
        assert (version.version, version.protocol_version) == ("20417", "1.0")


def test_the_address_book_has_one_field_group(client: AuthenticatedClient) -> None:
    answer = get_address_books.sync(client=client)
    assert answer is not None
    book = answer.address_book
    assert (book.address_book_id, book.name) == ("7200", "Main")
    assert isinstance(book.field_groups, FieldGroup)
    fields = book.field_groups.fields
    assert isinstance(fields, list)
    assert [(field.id, field.name) for field in fields] == [("15867", "Date of birth"), ("15868", "Gender")]


def test_a_wrong_key_is_an_authentication_error(served_esputnik: ServedMock) -> None:
    wrong = connect_basic(served_esputnik.base_url, username="shop", password="wrong-key")
    with wrong, pytest.raises(AuthenticationError) as raised:
        get_account_info.sync(client=wrong)
    assert raised.value.status_code == 401
    assert raised.value.text == "missing or invalid credentials"
    assert "wrong-key" not in str(raised.value)


def test_any_user_name_opens_the_account(served_esputnik: ServedMock) -> None:
    with connect_basic(served_esputnik.base_url, username="anything at all", password=KEY) as other:
        assert get_version.sync(client=other) is not None


# Contacts


def test_contact_add_read_update_delete_with_plain_text_answers(client: AuthenticatedClient) -> None:
    sent = Contact(
        channels=[email("john@example.com")],
        first_name="John",
        external_customer_id="C1",
        address=ContactAddress(town="London"),
        fields=[ContactFieldValue(id=15868, value="M")],
    )
    created = add_contact.sync(client=client, body=sent)
    assert created is not None and created.id == FIRST
    found = get_contact.sync(FIRST, client=client)
    assert found is not None
    assert (found.id, found.first_name, found.external_customer_id, found.address_book_id) == (
        FIRST,
        "John",
        "C1",
        7200,
    )
    assert found.address == ContactAddress(town="London")
    assert found.fields == [ContactFieldValue(id=15868, value="M")]
    assert found.channels == [email("john@example.com")]

    updated = update_contact.sync(
        FIRST, client=client, body=Contact(channels=[sms("380501234567")], last_name="Smith")
    )
    assert updated == f"Contact with id='{FIRST}' has been updated"
    after = get_contact.sync(FIRST, client=client)
    assert after is not None and (after.last_name, after.channels) == ("Smith", [sms("380501234567")])

    assert delete_contact.sync(FIRST, client=client) == f"Contact with id='{FIRST}' has been deleted"
    with pytest.raises(NotFoundError) as raised:
        get_contact.sync(FIRST, client=client)
    assert raised.value.text == f"Contact with id='{FIRST}' not found"
    assert raised.value.parsed == f"Contact with id='{FIRST}' not found"


def test_delete_by_external_customer_id(client: AuthenticatedClient) -> None:
    add_contact.sync(
        client=client, body=Contact(channels=[email("a@example.com")], external_customer_id="C7")
    )
    answer = delete_contact_by_external_id.sync(client=client, external_customer_id="C7", erase=True)
    assert answer == f"Contact with id='{FIRST}' has been deleted"
    with pytest.raises(NotFoundError):
        delete_contact_by_external_id.sync(client=client, external_customer_id="C7")


def test_bulk_upsert_import_status_and_upload(client: AuthenticatedClient) -> None:
    body = ContactsBulkRequest(
        contacts=[Contact(channels=[email("a@example.com")]), Contact(channels=[])],
        dedupe_on=DedupeOn.EMAIL,
        group_names=["Shop customers"],
    )
    started = add_or_update_contacts.sync(client=client, body=body)
    assert started is not None and isinstance(started.async_session_id, str)
    assert started.failed_contacts == [{"channels": []}]
    status = get_import_status.sync(started.async_session_id, client=client)
    assert status is not None
    assert status.additional_properties == {
        "asyncSessionId": started.async_session_id,
        "status": "FINISHED",
        "total": 2,
        "created": 1,
        "updated": 0,
        "failed": 1,
    }
    uploaded = upload_contacts.sync(
        client=client, body=ContactsUploadRequest(link="https://example.com/c.csv")
    )
    assert uploaded is not None and isinstance(uploaded.async_session_id, str)
    with pytest.raises(NotFoundError):
        get_import_status.sync("unknown", client=client)


def test_search_iterates_three_pages_by_total_count(
    client: AuthenticatedClient, requests: list[httpx.Request]
) -> None:
    contacts = [Contact(channels=[email(f"p{n}@example.com")], last_name="Page") for n in range(7)]
    add_or_update_contacts.sync(client=client, body=ContactsBulkRequest(contacts=contacts))
    first_page = search_contacts.sync_detailed(client=client, lastname="page", maxrows=3)
    assert first_page.headers["TotalCount"] == "7"
    assert isinstance(first_page.parsed, list)
    assert [c.id for c in first_page.parsed] == [FIRST, FIRST + 1, FIRST + 2]
    requests.clear()
    found = list(search_contacts.iterate(client=client, lastname="page", maxrows=3))
    assert [c.id for c in found] == list(range(FIRST, FIRST + 7))
    assert [(r.url.params["startindex"], r.url.params["maxrows"]) for r in requests] == [
        ("1", "3"),
        ("4", "3"),
        ("7", "3"),
    ]


def test_over_500_rows_is_a_bad_request(client: AuthenticatedClient) -> None:
    with pytest.raises(BadRequestError) as raised:
        search_contacts.sync(client=client, maxrows=501)
    assert raised.value.text == "invalid request: maxrows: 501 is greater than the maximum of 500"


def test_contact_emails(client: AuthenticatedClient) -> None:
    add_contact.sync(client=client, body=Contact(channels=[email("a@example.com")]))
    answer = get_contact_emails.sync(client=client, ids=f"{FIRST},1")
    assert answer is not None
    assert [(r.contact_id, r.email) for r in answer.results] == [(FIRST, "a@example.com")]


# Subscribe and segments


def test_subscribe_and_segment_membership(client: AuthenticatedClient) -> None:
    form = SubscribeRequest(
        contact=Contact(channels=[email("fan@example.com")]), groups=["Newsletter"], form_type="footer"
    )
    subscribed = subscribe_contact.sync(client=client, body=form)
    assert subscribed is not None and subscribed.id == FIRST
    add_contact.sync(
        client=client, body=Contact(channels=[email("b@example.com")], external_customer_id="C2")
    )
    segments = list_segments.sync(client=client, name="news")
    assert segments == [Segment(id=FIRST_SEGMENT_ID, name="Newsletter", type_=SegmentType.STATIC)]
    assert list(list_segments.iterate(client=client, maxrows=1)) == segments

    attached = attach_segment_contacts.sync_detailed(
        FIRST_SEGMENT_ID, client=client, body=SegmentMembers(external_customer_ids=["C2"])
    )
    assert (attached.status_code, attached.content, attached.parsed) == (200, b"", None)
    members = get_segment_contacts.sync_detailed(FIRST_SEGMENT_ID, client=client)
    assert members.headers["TotalCount"] == "2"
    assert isinstance(members.parsed, list)
    assert [c.id for c in members.parsed] == [FIRST, SECOND]
    detach_segment_contacts.sync(FIRST_SEGMENT_ID, client=client, body=SegmentMembers(contact_ids=[FIRST]))
    assert [c.id for c in get_segment_contacts.iterate(FIRST_SEGMENT_ID, client=client)] == [SECOND]
    assert detach_segment_contacts.sync(FIRST_SEGMENT_ID, client=client, body=SegmentMembers()) is None
    assert get_segment_contacts.sync(FIRST_SEGMENT_ID, client=client) == []
    with pytest.raises(NotFoundError):
        attach_segment_contacts.sync(1, client=client, body=SegmentMembers(contact_ids=[FIRST]))


# The unsubscribed list


def test_unsubscribed_add_and_delete(client: AuthenticatedClient, org: Organisation) -> None:
    assert (
        add_unsubscribed_emails.sync(client=client, body=EmailList(emails=["A@example.com", "b@example.com"]))
        is None
    )
    assert org.unsubscribed == {"a@example.com", "b@example.com"}
    assert delete_unsubscribed_emails.sync(client=client, body=EmailList(emails=["a@example.com"])) is None
    assert org.unsubscribed == {"b@example.com"}


# Events


def test_events_answer_an_empty_200(client: AuthenticatedClient, org: Organisation) -> None:
    params = [EventParam(name="EmailAddress", value="a@example.com"), EventParam(name="discount", value="5%")]
    answer = generate_event.sync_detailed(
        client=client, body=Event(event_type_key="testEvent", key_value="k", params=params)
    )
    assert (answer.status_code, answer.content, answer.parsed) == (200, b"", None)
    nested = [
        EventParam(name="externalCustomerId", value="C1"),
        EventParam(name="items", value=[{"sku": "1"}]),
    ]
    assert (
        generate_event_v2.sync(client=client, body=Event(event_type_key="cartUpdated", params=nested)) is None
    )
    past = PastEvents(events=[PastEvent(event_type_key="purchase", key_value="k", occurred="2024-03-08")])
    assert add_past_events.sync(client=client, body=past) is None
    assert add_past_events_v2.sync(client=client, body=past) is None
    assert [(e.type_key, e.key_value, e.source) for e in org.events] == [
        ("testEvent", "k", "v1"),
        ("cartUpdated", "C1", "v2"),
        ("purchase", "k", "past"),
        ("purchase", "k", "past"),
    ]
    assert delete_past_events.sync(client=client) is None
    assert [e.type_key for e in org.events] == ["testEvent", "cartUpdated"]


def test_a_v2_event_without_a_key_is_a_bad_request(client: AuthenticatedClient) -> None:
    with pytest.raises(BadRequestError) as raised:
        generate_event_v2.sync(client=client, body=Event(event_type_key="pageViewed"))
    assert raised.value.text == (
        "keyValue is not set and no contactId, externalCustomerId, email, phone or pushToken param is given"
    )


# Orders


def test_orders_add_and_delete(client: AuthenticatedClient, org: Organisation) -> None:
    order = Order(
        external_order_id="100500",
        total_cost=1000,
        status=OrderStatus.INITIALIZED,
        date="2024-03-08T09:30:00+02:00",
        currency="USD",
        email="buyer@example.com",
    )
    assert add_orders.sync(client=client, body=OrdersRequest(orders=[order])) is None
    buyer = get_contact.sync(FIRST, client=client)
    assert buyer is not None and isinstance(buyer.orders_info, OrdersInfo)
    assert (buyer.orders_info.count, buyer.orders_info.last_date) == (1, "2024-03-08T09:30:00+02:00")
    assert delete_orders.sync(client=client, external_order_id="100500") is None
    assert org.orders == {}
    with pytest.raises(BadRequestError) as raised:
        delete_orders.sync(client=client, from_="2024-03-08T00:00:00", to="2024-03-10T00:00:00")
    assert raised.value.text == "from and to must be at most 24 hours apart"


# Messages


def test_sends_and_their_message_status(client: AuthenticatedClient) -> None:
    mail = SendEmailRequest(
        from_='"Shop" <news@example.com>',
        subject="Hi",
        html_text="<p>Hi</p>",
        emails=["a@example.com", "bad"],
    )
    sent = results(send_email.sync(client=client, body=mail))
    assert [(r.locator, r.status, r.message) for r in sent] == [
        ("a@example.com", SendStatus.OK, UNSET),
        ("bad", SendStatus.ERROR, "Invalid email"),
    ]
    one = send_sms.sync(
        client=client, body=SendSmsRequest(from_="ADS", text="Hi", phone_numbers=["380501234567"])
    )
    assert one is not None and isinstance(one.results, SendMessageResult)
    viber = results(
        send_viber.sync(client=client, body=SendViberRequest(text="Hi", phone_numbers=["380501234567"]))
    )
    smart = SmartSendRequest(
        recipients=[SmartSendRecipient(locator="x@example.com", json_param='{"a":"1"}')], email=True
    )
    smartsent = results(send_prepared_message.sync(4567, client=client, body=smart))
    request_ids = [r.request_id for r in (sent[0], one.results, viber[0], smartsent[0])]
    assert all(isinstance(request_id, str) for request_id in request_ids)

    single = get_message_status.sync(client=client, ids=str(request_ids[0]))
    assert single is not None and isinstance(single.results, MessageStatus)
    assert (single.results.status, single.results.delivered, single.results.failed) == (
        "DELIVERED",
        BooleanString.TRUE,
        BooleanString.FALSE,
    )
    every = get_message_status.sync(client=client, ids=",".join(str(r) for r in request_ids))
    assert every is not None and isinstance(every.results, list)
    assert [status.request_id for status in every.results] == request_ids


def test_prepared_messages(client: AuthenticatedClient) -> None:
    old = SendPreparedMessageRequest(recipients=["a@example.com"], email=True)
    answer = send_prepared_message_old.sync_detailed(4567, client=client, body=old)
    assert (answer.status_code, answer.content) == (200, b"")
    with pytest.raises(NotFoundError) as raised:
        send_prepared_message.sync(0, client=client, body=SmartSendRequest(recipients=[]))
    assert raised.value.text == "Message with id='0' not found"
    refused = results(
        send_prepared_message.sync(
            4567, client=client, body=SmartSendRequest(recipients=[SmartSendRecipient(contact_id=1)])
        )
    )
    assert [(r.locator, r.status, r.message) for r in refused] == [
        ("1", SendStatus.ERROR, "Contact not found")
    ]
