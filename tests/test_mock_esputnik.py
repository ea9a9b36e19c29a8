"""The eSputnik mock in-process: its rules with exact values (matching, dedupe, plain texts,
segments, the unsubscribed list, events, orders, sends, limits)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from mocks import create_app
from mocks.core import MockServer
from mocks.transport import InProcessTransport
from mocks.vendors.esputnik import FIRST_CONTACT_ID, FIRST_SEGMENT_ID, Event, Organisation

KEY = "mock-api-key"
FIRST, SECOND, THIRD = FIRST_CONTACT_ID, FIRST_CONTACT_ID + 1, FIRST_CONTACT_ID + 2
UTC_DATE_TIME = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}$"


@pytest.fixture
def app() -> MockServer[Any]:
    return create_app("esputnik", env={})


@pytest.fixture
def api(app: MockServer[Any]) -> Iterator[httpx.Client]:
    """Any user name with the key, as eSputnik accepts."""
    transport = InProcessTransport(app)
    with httpx.Client(base_url="http://mock.local/api", transport=transport, auth=("shop", KEY)) as client:
        yield client


@pytest.fixture
def org(app: MockServer[Any]) -> Organisation:
    state = app.state()
    assert isinstance(state, Organisation)
    return state


def email(address: str) -> dict[str, str]:
    return {"type": "email", "value": address}


def sms(number: str) -> dict[str, str]:
    return {"type": "sms", "value": number}


def ok(response: httpx.Response) -> Any:
    """The JSON body of a 200 (None when it has no body)."""
    assert response.status_code == 200, response.text
    return response.json() if response.content else None


def refused(response: httpx.Response, status: int) -> str:
    """The plain-text body of an error."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "text/plain; charset=utf-8"
    return response.text


def bulk(api: httpx.Client, *contacts: dict[str, Any], **options: Any) -> dict[str, Any]:
    answer: dict[str, Any] = ok(api.post("/v1/contacts", json={"contacts": list(contacts), **options}))
    return answer


def imported(api: httpx.Client, answer: dict[str, Any]) -> dict[str, Any]:
    status: dict[str, Any] = ok(api.get(f"/v1/importstatus/{answer['asyncSessionId']}"))
    return {name: status[name] for name in ("created", "updated", "failed", "total")}


def contact(api: httpx.Client, contact_id: int) -> dict[str, Any]:
    found: dict[str, Any] = ok(api.get(f"/v1/contact/{contact_id}"))
    return found


def event(found: Event) -> tuple[str, str | None, int | None, str]:
    return found.type_key, found.key_value, found.contact_id, found.source


# Credentials and the account


def test_any_user_name_with_the_key_is_accepted_and_a_wrong_key_is_401(api: httpx.Client) -> None:
    assert ok(api.get("/v1/account/info")) == {
        "userEmail": "api-user162065",
        "organisationName": "ExamleName",
    }
    assert ok(api.get("/v1/account/info", auth=("someone-else", KEY)))["userEmail"] == "api-user162065"
    response = api.get("/v1/account/info", auth=("shop", "wrong-key"))
    assert refused(response, 401) == "missing or invalid credentials"
    assert response.headers["www-authenticate"] == "Bearer"  # the operation also takes bearer tokens
    basic_only = api.get("/v1/balance", auth=("shop", "wrong-key"))
    assert refused(basic_only, 401) == "missing or invalid credentials"
    assert basic_only.headers["www-authenticate"] == 'Basic realm="api"'


def test_version_balance_and_the_seeded_address_book(api: httpx.Client) -> None:
    assert (
        ok(api.get("/v1/version"))
        == ok(api.get("/v2/version"))
        == {"version": "20417", "protocolVersion": "1.0"}
    )
    assert ok(api.get("/v1/balance")) == {
        "currentBalance": "0.0",
        "creditLimit": "0.0",
        "currency": "UAH",
        "bonusEmails": "2500",
        "bonusSmses": "0",
    }
    book = ok(api.get("/v1/addressbooks"))["addressBook"]
    assert (book["addressBookId"], book["name"], book["fieldGroups"]["name"]) == ("7200", "Main", "Personal")
    assert [(f["id"], f["name"]) for f in book["fieldGroups"]["fields"]] == [
        ("15867", "Date of birth"),
        ("15868", "Gender"),
    ]


# Contacts: matching and dedupe


def test_a_bulk_resend_updates_instead_of_duplicating(api: httpx.Client) -> None:
    people = (
        {"firstName": "John", "channels": [email("john@example.com")]},
        {"firstName": "Jane", "channels": [sms("+44 7911 123456")]},
    )
    assert imported(api, bulk(api, *people)) == {"created": 2, "updated": 0, "failed": 0, "total": 2}
    renamed = (
        {"firstName": "Johnny", "channels": [email("JOHN@example.com")]},
        {**people[1], "lastName": "Doe"},
    )
    assert imported(api, bulk(api, *renamed)) == {"created": 0, "updated": 2, "failed": 0, "total": 2}
    assert ok(api.get("/v1/contacts")) == [
        {
            "id": FIRST,
            "firstName": "Johnny",
            "channels": [email("JOHN@example.com")],
            "addressBookId": 7200,
        },
        {
            "id": SECOND,
            "firstName": "Jane",
            "lastName": "Doe",
            "channels": [sms("+44 7911 123456")],
            "addressBookId": 7200,
        },
    ]


def test_external_customer_id_is_matched_before_dedupe_on(api: httpx.Client) -> None:
    bulk(api, {"externalCustomerId": "C1", "channels": [email("a@example.com")]})
    bulk(api, {"channels": [email("b@example.com")]})
    # C1 wins although the email is the second contact's.
    answer = bulk(api, {"externalCustomerId": "C1", "channels": [email("b@example.com")]}, dedupeOn="email")
    assert imported(api, answer)["updated"] == 1
    assert contact(api, FIRST)["channels"] == [email("b@example.com")]
    assert contact(api, SECOND)["channels"] == [email("b@example.com")]


def test_a_different_external_id_on_a_shared_channel_makes_a_new_contact(api: httpx.Client) -> None:
    bulk(api, {"externalCustomerId": "C1", "channels": [email("shared@example.com")]})
    answer = bulk(api, {"externalCustomerId": "C2", "channels": [email("shared@example.com")]})
    assert imported(api, answer)["created"] == 1
    assert [
        c["externalCustomerId"] for c in ok(api.get("/v1/contacts", params={"email": "shared@example.com"}))
    ] == [
        "C1",
        "C2",
    ]


def test_a_contact_without_an_external_id_takes_the_one_sent(api: httpx.Client) -> None:
    bulk(api, {"channels": [email("anon@example.com")]})
    bulk(api, {"externalCustomerId": "C9", "channels": [email("anon@example.com")]})
    assert contact(api, FIRST)["externalCustomerId"] == "C9"
    assert len(ok(api.get("/v1/contacts"))) == 1


def test_of_contacts_sharing_a_channel_the_last_changed_wins(api: httpx.Client) -> None:
    bulk(api, {"firstName": "Old", "channels": [email("old@example.com"), sms("380501234567")]})
    bulk(
        api,
        {"firstName": "New", "channels": [email("new@example.com"), sms("380501234567")]},
        dedupeOn="email",
    )
    bulk(api, {"lastName": "Shared", "channels": [sms("380501234567")]}, dedupeOn="sms")
    assert "lastName" not in contact(api, FIRST)
    assert contact(api, SECOND)["lastName"] == "Shared"


@pytest.mark.parametrize(
    ("dedupe_on", "second", "created"),
    [
        ("email", {"channels": [email("x@example.com"), sms("111111111")]}, 0),
        ("sms", {"channels": [email("x@example.com"), sms("111111111")]}, 1),
        ("email_or_sms", {"channels": [sms("222222222")]}, 0),
        ("fieldId", {"channels": [email("other@example.com")], "fields": [{"id": 15867, "value": "K1"}]}, 0),
        ("id", {"id": FIRST_CONTACT_ID, "channels": [email("other@example.com")]}, 0),
        ("push", {"channels": [email("x@example.com")]}, 1),
    ],
)
def test_dedupe_on_picks_the_key(
    api: httpx.Client, dedupe_on: str, second: dict[str, Any], created: int
) -> None:
    first = {"channels": [email("x@example.com"), sms("222222222")], "fields": [{"id": 15867, "value": "K1"}]}
    bulk(api, first)
    answer = bulk(api, second, dedupeOn=dedupe_on, fieldId=15867)
    assert imported(api, answer)["created"] == created


def test_contact_fields_and_custom_field_ids_limit_an_update(api: httpx.Client) -> None:
    bulk(
        api,
        {
            "firstName": "John",
            "lastName": "Smith",
            "channels": [email("john@example.com")],
            "address": {"town": "London", "postcode": "SW1A 1AA"},
            "fields": [{"id": 15867, "value": "1990-01-01"}, {"id": 15868, "value": "M"}],
        },
    )
    bulk(
        api,
        {
            "firstName": "Johnny",
            "lastName": "Smythe",
            "channels": [email("john@example.com")],
            "address": {"town": "Leeds", "postcode": "LS1 1AA"},
            "fields": [{"id": 15867, "value": "1991-02-02"}, {"id": 15868, "value": "F"}],
        },
        contactFields=["firstName", "town"],
        customFieldsIDs=[15868],
    )
    found = contact(api, FIRST)
    assert (found["firstName"], found["lastName"]) == ("Johnny", "Smith")
    assert found["address"] == {"town": "Leeds", "postcode": "SW1A 1AA"}
    assert found["fields"] == [{"id": 15867, "value": "1990-01-01"}, {"id": 15868, "value": "F"}]


def test_a_contact_nothing_identifies_is_failed_as_sent(api: httpx.Client) -> None:
    nobody = {"firstName": "Nobody", "channels": []}
    answer = bulk(api, nobody, {"channels": [email("a@example.com")]})
    assert answer["failedContacts"] == [nobody]
    assert imported(api, answer) == {"created": 1, "updated": 0, "failed": 1, "total": 2}


def test_deleted_contacts_come_back_only_with_restore_deleted(api: httpx.Client) -> None:
    bulk(api, {"channels": [email("gone@example.com")]})
    api.delete(f"/v1/contact/{FIRST}")
    bulk(api, {"channels": [email("gone@example.com")]})
    assert ok(api.get("/v1/contacts"))[0]["id"] == SECOND
    api.delete(f"/v1/contact/{SECOND}")
    bulk(api, {"firstName": "Back", "channels": [email("gone@example.com")]}, restoreDeleted=True)
    assert contact(api, SECOND)["firstName"] == "Back"
    refused(api.get(f"/v1/contact/{FIRST}"), 404)


def test_bulk_groups_and_the_new_contact_event(api: httpx.Client, org: Organisation) -> None:
    bulk(api, {"channels": [email("a@example.com")]}, groupNames=["VIP"])
    bulk(
        api,
        {"channels": [email("a@example.com")]},
        {"channels": [sms("380501234567")]},
        groupNames=["Buyers"],
        groupNamesExclude=["VIP"],
        eventKeyForNewContacts="newContact",
    )
    assert [g["name"] for g in contact(api, FIRST)["groups"]] == ["Buyers"]
    assert [event(e) for e in org.events] == [("newContact", "380501234567", SECOND, "api")]
    assert org.events[0].params == [
        {"name": "contactId", "value": str(SECOND)},
        {"name": "EmailAddress", "value": ""},
        {"name": "SMS", "value": "380501234567"},
    ]


def test_a_file_upload_imports_nothing_but_makes_its_segments(api: httpx.Client) -> None:
    answer = ok(
        api.post("/v1/contacts/upload", json={"link": "https://example.com/c.csv", "groupNames": ["CSV"]})
    )
    assert imported(api, answer) == {"created": 0, "updated": 0, "failed": 0, "total": 0}
    assert ok(api.get("/v1/groups")) == [{"id": FIRST_SEGMENT_ID, "name": "CSV", "type": "Static"}]
    assert refused(api.get("/v1/importstatus/unknown"), 404) == "Import session 'unknown' not found"


# Contacts: search, read, add, update, delete


def test_search_by_email_phone_and_name(api: httpx.Client) -> None:
    bulk(
        api,
        {
            "firstName": "John",
            "lastName": "Smith",
            "channels": [email("John@Example.com"), sms("+44 7911 123456")],
        },
        {"firstName": "Jane", "lastName": "Smith", "channels": [email("jane@example.com")]},
    )

    def ids(**query: str) -> list[int]:
        return [c["id"] for c in ok(api.get("/v1/contacts", params=query))]

    assert ids(email="john@example.COM") == [FIRST]
    assert ids(sms="447911123456") == [FIRST]
    assert ids(firstname="jane") == [SECOND]
    assert ids(lastname="Smith") == [FIRST, SECOND]
    assert ids(lastname="Smith", firstname="John") == [FIRST]
    assert ids(email="nobody@example.com") == []


def test_search_pages_with_the_total_count(api: httpx.Client) -> None:
    bulk(api, *({"channels": [email(f"p{n}@example.com")]} for n in range(5)))
    page = api.get("/v1/contacts", params={"startindex": 2, "maxrows": 2})
    assert [c["id"] for c in ok(page)] == [SECOND, THIRD]
    assert page.headers["TotalCount"] == "5"
    last = api.get("/v1/contacts", params={"startindex": 5, "maxrows": 2})
    assert [c["id"] for c in ok(last)] == [FIRST + 4]
    beyond = api.get("/v1/contacts", params={"startindex": 9})
    assert (ok(beyond), beyond.headers["TotalCount"]) == ([], "5")


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ({"maxrows": 501}, "invalid request: maxrows: 501 is greater than the maximum of 500"),
        ({"maxrows": 0}, "invalid request: maxrows: 0 is less than the minimum of 1"),
        ({"startindex": 0}, "invalid request: startindex: 0 is less than the minimum of 1"),
    ],
)
def test_paging_limits_are_400(api: httpx.Client, query: dict[str, int], text: str) -> None:
    assert refused(api.get("/v1/contacts", params=query), 400) == text
    assert refused(api.get("/v1/groups", params=query), 400) == text


def test_add_contact_matches_by_channel(api: httpx.Client, org: Organisation) -> None:
    assert ok(api.post("/v1/contact", json={"firstName": "A", "channels": [email("a@example.com")]})) == {
        "id": FIRST
    }
    assert ok(api.post("/v1/contact", json={"lastName": "B", "channels": [email("A@example.com")]})) == {
        "id": FIRST
    }
    assert ok(api.post("/v1/contact", json={"channels": [sms("380501234567")]})) == {"id": SECOND}
    found = contact(api, FIRST)
    assert (found["firstName"], found["lastName"]) == ("A", "B")
    assert org.contacts[FIRST].confirmed
    assert org.events == []


def test_update_replaces_the_contact_and_answers_plain_text(api: httpx.Client) -> None:
    bulk(api, {"firstName": "John", "externalCustomerId": "C1", "channels": [email("john@example.com")]})
    response = api.put(f"/v1/contact/{FIRST}", json={"lastName": "Smith", "channels": [sms("380501234567")]})
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/plain; charset=utf-8"
    assert response.text == f"Contact with id='{FIRST}' has been updated"
    assert contact(api, FIRST) == {
        "id": FIRST,
        "lastName": "Smith",
        "channels": [sms("380501234567")],
        "addressBookId": 7200,
    }
    missing = api.put("/v1/contact/1", json={"channels": []})
    assert refused(missing, 404) == "Contact with id='1' not found"


def test_delete_answers_plain_text_and_the_contact_is_404(api: httpx.Client) -> None:
    bulk(api, {"channels": [email("john@example.com")]})
    response = api.delete(f"/v1/contact/{FIRST}")
    assert (response.status_code, response.text) == (200, f"Contact with id='{FIRST}' has been deleted")
    assert response.headers["content-type"] == "text/plain; charset=utf-8"
    assert refused(api.get(f"/v1/contact/{FIRST}"), 404) == f"Contact with id='{FIRST}' not found"
    assert refused(api.delete(f"/v1/contact/{FIRST}"), 404) == f"Contact with id='{FIRST}' not found"
    assert ok(api.get("/v1/contacts")) == []


def test_delete_by_external_id_and_erase(api: httpx.Client, org: Organisation) -> None:
    bulk(api, {"externalCustomerId": "C1", "channels": [email("a@example.com")]}, groupNames=["VIP"])
    ok(
        api.post(
            "/v1/event",
            json={"eventTypeKey": "visit", "params": [{"name": "Email", "value": "a@example.com"}]},
        )
    )
    response = api.delete("/v1/contact", params={"externalCustomerId": "C1", "erase": "true"})
    assert (response.status_code, response.text) == (200, f"Contact with id='{FIRST}' has been deleted")
    assert (org.events, org.deleted, org.segments[FIRST_SEGMENT_ID].members) == ([], {}, {})
    again = api.delete("/v1/contact", params={"externalCustomerId": "C1"})
    assert refused(again, 404) == "Contact with externalCustomerId='C1' not found"


def test_contact_emails_by_ids(api: httpx.Client) -> None:
    bulk(api, {"channels": [email("A@example.com")]}, {"channels": [sms("380501234567")]})
    answer = ok(api.get("/v1/contacts/email", params={"ids": f"{FIRST},{SECOND},1"}))
    assert answer == {"results": [{"contactId": FIRST, "email": "A@example.com"}]}


# Subscribe and segments


def test_subscribe_creates_segments_and_fires_its_events(api: httpx.Client, org: Organisation) -> None:
    form = {
        "contact": {"channels": [email("fan@example.com")]},
        "groups": ["Newsletter", "News"],
        "formType": "footer",
    }
    assert ok(api.post("/v1/contact/subscribe", json=form)) == {"id": FIRST}
    again = {
        "contact": {"firstName": "Fan", "channels": [email("FAN@example.com")]},
        "groups": ["Newsletter"],
    }
    assert ok(api.post("/v1/contact/subscribe", json=again)) == {"id": FIRST}
    found = contact(api, FIRST)
    assert found["firstName"] == "Fan"
    assert found["groups"] == [
        {"id": FIRST_SEGMENT_ID, "name": "Newsletter", "type": "Static"},
        {"id": FIRST_SEGMENT_ID + 1, "name": "News", "type": "Static"},
    ]
    assert not org.contacts[FIRST].confirmed
    assert [event(e) for e in org.events] == [
        ("subscribeFromApi-footer", str(FIRST), FIRST, "api"),
        ("subscribeUpdateFromApi", str(FIRST), FIRST, "api"),
    ]
    assert org.events[0].params == [
        {"name": "ContactId", "value": str(FIRST)},
        {"name": "EmailAddress", "value": "fan@example.com"},
    ]


def test_segments_list_members_attach_and_detach(api: httpx.Client) -> None:
    bulk(
        api,
        {"externalCustomerId": "C1", "channels": [email("a@example.com")]},
        {"externalCustomerId": "C2", "channels": [email("b@example.com")]},
        {"channels": [email("c@example.com")]},
        groupNames=["Shop customers", "Newsletter"],
    )
    ok(
        api.post(
            "/v1/contact/subscribe",
            json={"contact": {"channels": [email("d@example.com")]}, "groups": ["Promo"]},
        )
    )
    segments = ok(api.get("/v1/groups", params={"name": "NEWS"}))
    assert segments == [{"id": FIRST_SEGMENT_ID + 1, "name": "Newsletter", "type": "Static"}]
    paged = api.get("/v1/groups", params={"startindex": 2, "maxrows": 1})
    assert (ok(paged), paged.headers["TotalCount"]) == (
        [{"id": FIRST_SEGMENT_ID + 1, "name": "Newsletter", "type": "Static"}],
        "3",
    )
    promo = f"/v1/group/{FIRST_SEGMENT_ID + 2}/contacts"

    def members() -> list[int]:
        response = api.get(promo)
        assert response.headers["TotalCount"] == str(len(ok(response)))
        return [c["id"] for c in ok(response)]

    assert members() == [FIRST + 3]
    assert ok(api.post(f"{promo}/attach", json={"contactIds": [FIRST, 1, FIRST]})) is None
    assert ok(api.post(f"{promo}/attach", json={"externalCustomerIds": ["C2", "unknown"]})) is None
    assert members() == [FIRST + 3, FIRST, SECOND]
    ok(api.post(f"{promo}/detach", json={"externalCustomerIds": ["C1"]}))
    assert members() == [FIRST + 3, SECOND]
    ok(api.post(f"{promo}/detach", json={}))
    assert members() == []
    assert refused(api.get("/v1/group/1/contacts"), 404) == "Group with id='1' not found"
    assert (
        refused(api.post("/v1/group/1/contacts/attach", json={"contactIds": [FIRST]}), 404)
        == "Group with id='1' not found"
    )


def test_attach_takes_one_kind_of_id_at_most_500(api: httpx.Client) -> None:
    ok(
        api.post(
            "/v1/contact/subscribe",
            json={"contact": {"channels": [email("d@example.com")]}, "groups": ["Promo"]},
        )
    )
    attach = f"/v1/group/{FIRST_SEGMENT_ID}/contacts/attach"
    both = refused(api.post(attach, json={"contactIds": [FIRST], "externalCustomerIds": ["C1"]}), 400)
    assert both.startswith("invalid request: ")
    too_many = refused(api.post(attach, json={"contactIds": list(range(501))}), 400)
    assert too_many.startswith("invalid request: contactIds: [0, 1, 2,")


# The unsubscribed list


def test_unsubscribed_addresses_show_on_their_contacts(api: httpx.Client, org: Organisation) -> None:
    bulk(api, {"channels": [email("Fan@example.com")]}, {"channels": [email("other@example.com")]})
    ok(api.post("/v1/emails/unsubscribed/add", json={"emails": ["fan@EXAMPLE.com", "stranger@example.com"]}))
    assert org.unsubscribed == {"fan@example.com", "stranger@example.com"}
    assert [org.is_unsubscribed(c) for c in org.contacts.values()] == [True, False]
    ok(api.post("/v1/emails/unsubscribed/delete", json={"emails": ["FAN@example.com", "never@example.com"]}))
    assert [org.is_unsubscribed(c) for c in org.contacts.values()] == [False, False]
    assert org.unsubscribed == {"stranger@example.com"}


# Events


def test_events_are_recorded_with_the_contact_they_name(api: httpx.Client, org: Organisation) -> None:
    bulk(api, {"externalCustomerId": "C1", "channels": [email("a@example.com"), sms("380501234567")]})
    sent = {"eventTypeKey": "testEvent", "keyValue": "k", "params": [{"name": "discount", "value": "5%"}]}
    response = api.post("/v1/event", json=sent)
    assert (response.status_code, response.content) == (200, b"")
    ok(
        api.post(
            "/v1/event",
            json={"eventTypeKey": "e2", "params": [{"name": "PhoneNumber", "value": "+380 50 123 45 67"}]},
        )
    )
    ok(api.post("/v1/event", json={"eventTypeKey": "e3", "params": [{"name": "CONTACTID", "value": FIRST}]}))
    assert [event(e) for e in org.events] == [
        ("testEvent", "k", None, "v1"),
        ("e2", None, FIRST, "v1"),
        ("e3", None, FIRST, "v1"),
    ]


def test_a_v2_event_takes_its_key_from_the_params_in_order(api: httpx.Client, org: Organisation) -> None:
    bulk(api, {"externalCustomerId": "C1", "channels": [email("a@example.com")]})
    params = [
        {"name": "email", "value": "A@example.com"},
        {"name": "externalCustomerId", "value": "null"},
        {"name": "product", "value": {"productKey": "200600", "price": 990}},
    ]
    response = api.post("/v2/event", json={"eventTypeKey": "productViewed", "params": params})
    assert (response.status_code, response.content) == (200, b"")
    with_id = [{"name": "externalCustomerId", "value": "C1"}, *params]
    ok(api.post("/v2/event", json={"eventTypeKey": "cartUpdated", "params": with_id}))
    assert [event(e) for e in org.events] == [
        ("productViewed", "A@example.com", FIRST, "v2"),
        ("cartUpdated", "C1", FIRST, "v2"),
    ]
    anonymous = api.post(
        "/v2/event", json={"eventTypeKey": "pageViewed", "params": [{"name": "page", "value": "/"}]}
    )
    assert refused(anonymous, 400) == (
        "keyValue is not set and no contactId, externalCustomerId, email, phone or pushToken param is given"
    )
    assert len(org.events) == 2


def test_event_bodies_over_20_kb_are_refused(api: httpx.Client, org: Organisation) -> None:
    padding = "x" * 20480
    for path in ("/v1/event", "/v2/event"):
        big = api.post(
            path, json={"eventTypeKey": "big", "keyValue": "k", "params": [{"name": "p", "value": padding}]}
        )
        assert big.status_code == 413, big.text
    assert org.events == []


def test_past_events_are_recorded_and_deleted_alone(api: httpx.Client, org: Organisation) -> None:
    ok(api.post("/v1/event", json={"eventTypeKey": "live", "keyValue": "k"}))
    past = {"eventTypeKey": "purchase", "keyValue": "k", "occurred": "2024-03-08T09:30"}
    ok(api.post("/v1/past_events", json={"events": [past, {**past, "occurred": "2024-03-09"}]}))
    ok(
        api.post(
            "/v2/past_events",
            json={"events": [{"eventTypeKey": "cartUpdated", "params": [{"name": "x", "value": [1]}]}]},
        )
    )
    assert [(e.type_key, e.occurred, e.source) for e in org.events] == [
        ("live", None, "v1"),
        ("purchase", "2024-03-08T09:30", "past"),
        ("purchase", "2024-03-09", "past"),
        ("cartUpdated", None, "past"),
    ]
    assert ok(api.delete("/v1/past_events")) is None
    assert [e.type_key for e in org.events] == ["live"]
    too_many = refused(api.post("/v1/past_events", json={"events": [past] * 501}), 400)
    assert too_many.startswith("invalid request: events: ")


# Orders


def order(external_id: str, status: str = "INITIALIZED", **fields: Any) -> dict[str, Any]:
    return {
        "externalOrderId": external_id,
        "totalCost": 1000,
        "status": status,
        "date": "2024-03-08T09:30:00+02:00",
        "currency": "USD",
        **fields,
    }


def test_orders_are_upserted_by_external_order_id(api: httpx.Client, org: Organisation) -> None:
    first = order("100500", email="buyer@example.com", firstName="John", externalCustomerId="C1")
    assert ok(api.post("/v1/orders", json={"orders": [first]})) is None
    delivered = order("100500", "DELIVERED", email="buyer@example.com", date="2024-03-09")
    ok(
        api.post(
            "/v1/orders",
            json={"orders": [delivered, order("100501", externalCustomerId="C1", date="2024-03-10T12:00")]},
        )
    )
    assert sorted(org.orders) == ["100500", "100501"]
    assert org.orders["100500"][0]["status"] == "DELIVERED"
    found = contact(api, FIRST)
    assert found == {
        "id": FIRST,
        "firstName": "John",
        "externalCustomerId": "C1",
        "channels": [email("buyer@example.com")],
        "addressBookId": 7200,
        "ordersInfo": {"lastDate": "2024-03-10T12:00", "count": 2},
    }
    assert [event(e) for e in org.events] == [
        ("orderINITIALIZED", "100500", FIRST, "api"),
        ("orderDELIVERED", "100500", FIRST, "api"),
        ("orderINITIALIZED", "100501", FIRST, "api"),
    ]


def test_an_order_does_not_update_its_existing_contact(api: httpx.Client) -> None:
    bulk(api, {"firstName": "John", "channels": [sms("447911123456")]})
    ok(api.post("/v1/orders", json={"orders": [order("1", phone="447911123456 ", firstName="Jack")]}))
    ok(api.post("/v1/orders", json={"orders": [order("2", externalCustomerId="nobody")]}))
    assert contact(api, FIRST)["firstName"] == "John"
    assert contact(api, FIRST)["ordersInfo"] == {"lastDate": "2024-03-08T09:30:00+02:00", "count": 1}
    assert len(ok(api.get("/v1/contacts"))) == 1


def test_delete_orders_by_id_or_by_a_day_at_most(api: httpx.Client, org: Organisation) -> None:
    dates = {"a": "2024-03-08T07:00:00Z", "b": "2024-03-08T09:30:00+02:00", "c": "2024-03-09"}
    orders = [order(key, date=date, email="o@example.com") for key, date in dates.items()]
    ok(api.post("/v1/orders", json={"orders": orders}))
    assert ok(api.delete("/v1/orders", params={"externalOrderId": "a"})) is None
    assert ok(api.delete("/v1/orders", params={"externalOrderId": "a"})) is None
    ok(api.delete("/v1/orders", params={"from": "2024-03-08T00:00:00", "to": "2024-03-08T23:59:59"}))
    assert sorted(org.orders) == ["c"]


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ({}, "give externalOrderId, or both from and to"),
        ({"from": "2024-03-08T00:00:00"}, "give externalOrderId, or both from and to"),
        ({"externalOrderId": "a", "to": "2024-03-08T00:00:00"}, "give externalOrderId, or both from and to"),
        ({"from": "2024-03-08T10:00:00", "to": "2024-03-08T09:00:00"}, "from must be before to"),
        (
            {"from": "2024-03-08T00:00:00", "to": "2024-03-09T00:00:01"},
            "from and to must be at most 24 hours apart",
        ),
        ({"from": "2024-13-08T00:00:00", "to": "2024-03-09T00:00:00"}, "from and to must be real dates"),
        (
            {"from": "2024-03-08"},
            f"invalid request: from: '2024-03-08' does not match '{UTC_DATE_TIME}'",
        ),
    ],
)
def test_delete_orders_refuses_other_queries(api: httpx.Client, query: dict[str, str], text: str) -> None:
    assert refused(api.delete("/v1/orders", params=query), 400) == text


def test_orders_come_1_to_1000(api: httpx.Client) -> None:
    assert (
        refused(api.post("/v1/orders", json={"orders": []}), 400)
        == "invalid request: orders: [] should be non-empty"
    )
    too_many = refused(
        api.post("/v1/orders", json={"orders": [order(str(n), email="o@example.com") for n in range(1001)]}),
        400,
    )
    assert too_many.startswith("invalid request: orders: [{")


# Sends and the message status


def status(api: httpx.Client, *request_ids: str) -> Any:
    return ok(api.get("/v1/message/status", params={"ids": ",".join(request_ids)}))["results"]


def test_smartsend_answers_each_recipient(api: httpx.Client, org: Organisation) -> None:
    bulk(api, {"channels": [email("Known@example.com")]})
    body = {
        "email": True,
        "recipients": [
            {"locator": "test@gmail.com", "jsonParam": '{"discount":"5%"}'},
            {"locator": "not-an-email"},
            {"contactId": FIRST},
            {"contactId": 1},
        ],
    }
    results = ok(api.post("/v1/message/4567/smartsend", json=body))["results"]
    assert [(r["locator"], r["status"], r.get("message")) for r in results] == [
        ("test@gmail.com", "OK", None),
        ("not-an-email", "ERROR", "Invalid email"),
        ("Known@example.com", "OK", None),
        ("1", "ERROR", "Contact not found"),
    ]
    assert [("requestId" in r) for r in results] == [True, False, True, False]
    assert [(s.channel, s.locator, s.message_id) for s in org.sent.values()] == [
        ("email", "test@gmail.com", 4567),
        ("email", "Known@example.com", 4567),
    ]
    one = ok(api.post("/v1/message/4567/smartsend", json={"recipients": [{"locator": "380501234567"}]}))
    assert one == {
        "id": 0,
        "results": {
            "id": 0,
            "locator": "380501234567",
            "status": "OK",
            "requestId": one["results"]["requestId"],
        },
    }
    assert refused(api.post("/v1/message/0/smartsend", json=body), 404) == "Message with id='0' not found"
    too_many = refused(
        api.post("/v1/message/4567/smartsend", json={"recipients": [{"locator": "a"}] * 1001}), 400
    )
    assert too_many.startswith("invalid request: recipients: ")


def test_single_sends_queue_valid_addresses_and_make_their_contacts(api: httpx.Client) -> None:
    mail = {
        "from": '"Shop" <news@example.com>',
        "subject": "Hi",
        "htmlText": "<p>Hi</p>",
        "emails": ["new@example.com", "bad"],
    }
    results = ok(api.post("/v1/message/email", json=mail))["results"]
    assert [(r["locator"], r["status"], r.get("message")) for r in results] == [
        ("new@example.com", "OK", None),
        ("bad", "ERROR", "Invalid email"),
    ]
    sms_result = ok(
        api.post("/v1/message/sms", json={"from": "ADS", "text": "Hi", "phoneNumbers": ["380501234567"]})
    )["results"]
    assert (sms_result["locator"], sms_result["status"]) == ("380501234567", "OK")
    viber = ok(api.post("/v1/message/viber", json={"text": "Hi", "phoneNumbers": ["380501234567", "12"]}))[
        "results"
    ]
    assert [(r["locator"], r["status"], r.get("message")) for r in viber] == [
        ("380501234567", "OK", None),
        ("12", "ERROR", "Invalid phone number"),
    ]
    assert ok(api.get("/v1/contacts")) == [
        {"id": FIRST, "channels": [email("new@example.com")], "addressBookId": 7200},
        {"id": SECOND, "channels": [sms("380501234567")], "addressBookId": 7200},
    ]
    assert status(api, results[0]["requestId"]) == {
        "requestId": results[0]["requestId"],
        "status": "DELIVERED",
        "failed": "false",
        "delivered": "true",
    }
    both = status(api, results[0]["requestId"], "unknown", sms_result["requestId"])
    assert [s["requestId"] for s in both] == [results[0]["requestId"], sms_result["requestId"]]
    assert status(api, "unknown") == []


def test_segment_sends_go_to_the_members_phones(api: httpx.Client) -> None:
    bulk(
        api,
        {"channels": [sms("+380 50 123 45 67")]},
        {"channels": [email("a@example.com")]},
        {"channels": [sms("380507654321")]},
        groupNames=["SMS"],
    )
    results = ok(
        api.post("/v1/message/sms", json={"from": "ADS", "text": "Hi", "groupId": FIRST_SEGMENT_ID})
    )["results"]
    assert [r["locator"] for r in results] == ["+380 50 123 45 67", "380507654321"]
    viber = ok(api.post("/v1/message/viber", json={"text": "Hi", "groupId": 1}))
    assert viber == {"id": 0, "results": []}
    assert refused(api.post("/v1/message/sms", json={"from": "ADS", "text": "Hi"}), 400).startswith(
        "invalid request: "
    )


def test_the_old_send_checks_the_message(api: httpx.Client) -> None:
    assert (
        ok(api.post("/v1/message/4567/send", json={"recipients": ["a@example.com"], "email": True})) is None
    )
    assert refused(api.post("/v1/message/-1/send", json={}), 404) == "Message with id='-1' not found"


# Limits


def test_bulk_takes_1_to_3000_contacts(api: httpx.Client) -> None:
    assert (
        refused(api.post("/v1/contacts", json={"contacts": []}), 400)
        == "invalid request: contacts: [] should be non-empty"
    )
    many = [{"channels": [email(f"c{n}@example.com")]} for n in range(3001)]
    assert refused(api.post("/v1/contacts", json={"contacts": many}), 400).startswith(
        "invalid request: contacts: [{"
    )
    assert imported(api, bulk(api, *many[:3000]))["created"] == 3000
