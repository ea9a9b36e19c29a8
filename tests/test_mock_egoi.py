"""E-goi's business rules in the mock (mocks/vendors/egoi.py), in process, with exact values."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import settings
from schemathesis.core.failures import FailureGroup
from schemathesis.openapi.checks import EnsureResourceAvailability, UseAfterFree

from mocks import MockServer, create_app
from mocks.credentials import Account as Credentials
from mocks.registry import load_spec
from mocks.rules import Call, Reply
from mocks.transport import InProcessTransport
from mocks.vendors.egoi import RESOURCES, RULES, Account
from scripts.checks import checks_for
from scripts.stateful import run_stateful

START = 1_767_225_600.0  # 2026-01-01 00:00:00 UTC
NOW = "2026-01-01 00:00:00"
NEVER = "0000-00-00 00:00:00"
SPEC = load_spec("egoi")
ACCOUNT = Credentials("account-1", {"EGOI_API_KEY": "mock-api-key"})


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def app(clock: Clock) -> MockServer[Account]:
    return create_app("egoi", env={}, clock=clock)


@pytest.fixture
def http(app: MockServer[Account]) -> Iterator[httpx.Client]:
    transport = InProcessTransport(app)
    with httpx.Client(
        transport=transport, base_url="https://api.egoiapp.com", headers={"Apikey": "mock-api-key"}
    ) as client:
        yield client


def ok(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    return response.json() if response.content else None


def new_list(http: httpx.Client, name: str = "Newsletter") -> int:
    list_id: int = ok(http.post("/lists", json={"internal_name": name}), 201)["list_id"]
    return list_id


def new_contact(http: httpx.Client, list_id: int, **base: Any) -> str:
    contact_id: str = ok(http.post(f"/lists/{list_id}/contacts", json={"base": base}), 201)["contact_id"]
    return contact_id


def test_errors_are_problems_with_the_title_of_their_status(http: httpx.Client) -> None:
    assert ok(http.get("/lists/7"), 404) == {
        "type": "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/404",
        "title": "NotFound",
        "status": 404,
        "detail": "list_id 7 does not exist",
    }
    invalid = ok(http.post("/lists", json={"public_name": "x"}), 422)
    assert (invalid["title"], invalid["errors"]) == (
        "Unprocessable Entity",
        {"internal_name": ["'internal_name' is a required property"]},
    )
    malformed = http.post("/lists", content=b"{", headers={"Content-Type": "application/json"})
    assert (malformed.status_code, malformed.json()["title"]) == (400, "Bad Request")
    unauthorized = http.get("/lists", headers={"Apikey": "wrong"})
    assert (unauthorized.status_code, unauthorized.json()["title"]) == (401, "Unauthorized")
    too_large = http.post("/lists/1/contacts/actions/import-bulk", content=b" " * (20 * 1024 * 1024 + 1))
    assert (too_large.status_code, too_large.json()["title"]) == (413, "Request Entity Too Large")


def test_every_answer_carries_the_rate_limit_headers_counting_down(http: httpx.Client, clock: Clock) -> None:
    def limits(response: httpx.Response) -> list[str]:
        names = ("Limit", "Remaining", "Reset")
        return [
            response.headers[f"{prefix}-{name}"] for prefix in ("X-RateLimit", "X-Account") for name in names
        ]

    assert limits(http.get("/tags")) == ["1000", "999", "60", "50000", "49999", "3600"]
    clock.now += 20
    assert limits(http.get("/lists/9")) == ["1000", "998", "40", "50000", "49998", "3580"]
    clock.now += 40
    assert limits(http.get("/tags")) == ["1000", "999", "60", "50000", "49997", "3540"]
    assert limits(http.get("/tags", headers={"Apikey": "wrong"})) == [
        "1000",
        "1000",
        "60",
        "50000",
        "50000",
        "3600",
    ]


def test_a_list_starts_with_its_base_fields_a_segment_and_counts_its_contacts(http: httpx.Client) -> None:
    list_id = new_list(http)
    assert ok(http.get(f"/lists/{list_id}")) == {
        "list_id": 1,
        "internal_name": "Newsletter",
        "public_name": "Newsletter",
        "status": "active",
        "group_id": 0,
        "created": NOW,
        "updated": NOW,
        "default_language": "en",
        "available_languages": ["en"],
        "stats": {
            "total_contacts": 0,
            "total_active": 0,
            "total_inactive": 0,
            "total_removed": 0,
            "total_unconfirmed": 0,
            "total_waiting_new_confirmation": 0,
        },
    }
    fields = ok(http.get(f"/lists/{list_id}/fields", params={"limit": 100}))
    assert [(f["field_id"], f["format"], f["unique"]) for f in fields] == [
        ("first_name", "text", False),
        ("last_name", "text", False),
        ("email", "email", True),
        ("cellphone", "cellphone", True),
        ("phone", "phone", False),
        ("birth_date", "date", False),
        ("language", "options", False),
    ]
    assert ok(http.get(f"/lists/{list_id}/segments")) == {
        "items": [{"type": "auto", "segment_id": "all", "name": "All contacts"}],
        "total_items": 1,
    }
    new_contact(http, list_id, email="a@example.com")
    assert ok(http.get(f"/lists/{list_id}"))["stats"]["total_contacts"] == 1


def test_a_contact_reads_back_as_created_with_what_e_goi_sets(http: httpx.Client) -> None:
    list_id = new_list(http)
    contact_id = new_contact(http, list_id, email="ann@example.com", first_name="Ann")
    contact = ok(http.get(f"/lists/{list_id}/contacts/{contact_id}"))
    assert contact["base"] == {
        "contact_id": contact_id,
        "consent_date": NOW,
        "subscription_method": "api",
        "subscription_date": NOW,
        "subscription_form": 0,
        "unsubscription_method": "",
        "unsubscription_reason": "",
        "unsubscription_observation": "",
        "unsubscription_date": NEVER,
        "change_date": NEVER,
        "status": "active",
        "consent": "any",
        "first_name": "Ann",
        "last_name": "",
        "birth_date": "2026-01-01",
        "language": "en",
        "email": "ann@example.com",
        "email_status": "active",
        "cellphone": "",
        "cellphone_status": "active",
        "phone": "",
        "phone_status": "active",
        "push_token_android": [],
        "push_token_ios": [],
    }
    assert (contact["extra"], contact["tags"], contact["sms_stats"]) == ([], [], {"sent": 0, "delivered": 0})
    assert ok(http.get(f"/lists/{list_id}/contacts/{contact_id}/activities")) == {
        "items": [
            {"action_data": {"campaign_hash": "", "url": ""}, "date": NOW, "action_name": "subscription"}
        ]
    }


def test_contacts_are_unique_per_list_by_email_cellphone_and_phone(http: httpx.Client) -> None:
    first, second = new_list(http), new_list(http, "Other")
    held = new_contact(http, first, email="ann@example.com", cellphone="351-910000001", phone="351-220000001")
    for field, value in (
        ("email", "ANN@example.com"),
        ("cellphone", "351-910000001"),
        ("phone", "351-220000001"),
    ):
        conflict = ok(http.post(f"/lists/{first}/contacts", json={"base": {field: value}}), 409)
        assert conflict == {
            "type": "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/409",
            "title": "Conflict",
            "status": 409,
            "detail": f"a contact of this list already has that {field}",
            "errors": {f"base.{field}": [f"{value} is already used by contact {held}"]},
        }
    new_contact(http, second, email="ann@example.com")
    other = new_contact(http, first, email="bob@example.com")
    patched = http.patch(f"/lists/{first}/contacts/{other}", json={"base": {"email": "ann@example.com"}})
    assert ok(patched, 409)["errors"] == {
        "base.email": [f"ann@example.com is already used by contact {held}"]
    }
    assert ok(http.patch(f"/lists/{first}/contacts/{other}", json={"base": {"last_name": "Smith"}})) == {
        "contact_id": other
    }


def test_search_finds_contacts_across_lists(http: httpx.Client) -> None:
    first, second = new_list(http), new_list(http, "Other")
    one = new_contact(http, first, email="ann@example.com")
    two = new_contact(http, second, email="Ann@Example.com", cellphone="351-910000001")
    assert ok(http.get("/contacts/search", params={"contact": "ann@example.com"})) == {
        "items": [{"contact_id": one, "list_id": first}, {"contact_id": two, "list_id": second}]
    }
    found = http.get("/contacts/search", params={"type": "cellphone", "contact": "351-910000001"})
    assert ok(found) == {"items": [{"contact_id": two, "list_id": second}]}
    assert (
        ok(http.get("/contacts/search", params={"contact": "nobody@example.com"}), 404)["title"] == "NotFound"
    )


def test_tags_attach_detach_and_make_a_segment(http: httpx.Client) -> None:
    list_id = new_list(http)
    ann, bob = (
        new_contact(http, list_id, email="ann@example.com"),
        new_contact(http, list_id, email="bob@example.com"),
    )
    tag_id = ok(http.post("/tags", json={"name": "vip"}), 201)["tag_id"]
    attach = {"contacts": [ann, bob], "tag_id": tag_id}
    assert ok(http.post(f"/lists/{list_id}/contacts/actions/attach-tag", json=attach), 202) == {
        "result": "success"
    }
    assert ok(http.get(f"/lists/{list_id}/contacts/{ann}"))["tags"] == [tag_id]
    detach = {"contacts": [bob], "tag_id": tag_id}
    ok(http.post(f"/lists/{list_id}/contacts/actions/detach-tag", json=detach), 202)
    segment = ok(http.get(f"/lists/{list_id}/segments", params={"type": "tag"}))
    assert segment == {
        "items": [{"type": "tag", "segment_id": f"tag-{tag_id}", "name": "vip"}],
        "total_items": 1,
    }
    members = ok(http.get(f"/lists/{list_id}/contacts/segment/tag-{tag_id}"))
    assert (members["total_items"], [c["base"]["contact_id"] for c in members["items"]]) == (1, [ann])
    missing = http.post(
        f"/lists/{list_id}/contacts/actions/attach-tag", json={"contacts": [ann], "tag_id": 99}
    )
    assert ok(missing, 422)["errors"] == {"tag_id": ["does not exist"]}
    assert http.delete(f"/tags/{tag_id}").status_code == 204
    assert ok(http.get(f"/lists/{list_id}/contacts/{ann}"))["tags"] == []
    assert ok(http.get(f"/lists/{list_id}/segments"))["total_items"] == 1


def test_tags_are_unique_by_name(http: httpx.Client) -> None:
    vip = ok(http.post("/tags", json={"name": "vip"}), 201)
    assert vip == {"tag_id": 1, "name": "vip", "color": "#FFFFFF"}
    assert ok(http.post("/tags", json={"name": "vip"}), 409)["errors"] == {
        "name": ["vip is already used by tag 1"]
    }
    other = ok(http.post("/tags", json={"name": "new", "color": "#000000"}), 201)["tag_id"]
    assert (
        ok(http.put(f"/tags/{other}", json={"name": "vip"}), 409)["detail"]
        == "the tag 1 is already named vip"
    )
    assert ok(http.put("/tags/1", json={"name": "vip", "color": "#123456"})) == {
        "tag_id": 1,
        "name": "vip",
        "color": "#123456",
    }


def test_a_renamed_or_deleted_tag_frees_its_name(http: httpx.Client) -> None:
    ok(http.post("/tags", json={"name": "vip"}), 201)
    ok(http.put("/tags/1", json={"name": "gold"}))
    assert ok(http.post("/tags", json={"name": "vip"}), 201)["tag_id"] == 2
    assert ok(http.post("/tags", json={"name": "gold"}), 409)["detail"] == "the tag 1 is already named gold"
    assert http.delete("/tags/1").status_code == 204
    assert ok(http.post("/tags", json={"name": "gold"}), 201)["tag_id"] == 3
    assert ok(http.post("/tags", json={"name": "vip"}), 409)["detail"] == "the tag 2 is already named vip"


def test_unsubscribed_contacts_are_removed_and_hidden(http: httpx.Client, clock: Clock) -> None:
    list_id = new_list(http)
    ann, bob = (
        new_contact(http, list_id, email="ann@example.com"),
        new_contact(http, list_id, email="bob@example.com"),
    )
    clock.now += 60
    data = [
        {"contact_id": ann, "unsubscription_method": "manual", "unsubscription_reason": "not_interested"},
        {"contact_id": "0123456789"},
    ]
    result = ok(http.post(f"/lists/{list_id}/contacts/actions/unsubscribe", json={"data": data}))
    kinds = ("invalid_unsubscription_reason", "invalid_unsubscription_method", "invalid_data_type")
    no_errors: dict[str, list[str]] = {
        kind: [] for kind in (*kinds, "contact_not_in_list", "contact_already_removed")
    }
    assert result == {"success": [ann], "errors": no_errors | {"contact_not_in_list": ["0123456789"]}}
    again = ok(
        http.post(f"/lists/{list_id}/contacts/actions/unsubscribe", json={"data": [{"contact_id": ann}]})
    )
    assert again == {"success": [], "errors": no_errors | {"contact_already_removed": [ann]}}
    base = ok(http.get(f"/lists/{list_id}/contacts/{ann}"))["base"]
    assert {
        k: base[k]
        for k in ("status", "unsubscription_method", "unsubscription_reason", "unsubscription_date")
    } == {
        "status": "removed",
        "unsubscription_method": "manual",
        "unsubscription_reason": "not_interested",
        "unsubscription_date": "2026-01-01 00:01:00",
    }
    listed = ok(http.get(f"/lists/{list_id}/contacts"))
    assert (listed["total_items"], [c["base"]["contact_id"] for c in listed["items"]]) == (1, [bob])
    assert ok(http.get(f"/lists/{list_id}/contacts/segment/all"))["total_items"] == 1
    assert (
        ok(http.get(f"/lists/{list_id}/contacts/segment/all", params={"show_removed": "true"}))["total_items"]
        == 2
    )
    ok(http.post(f"/lists/{list_id}/contacts/actions/deactivate", json={"type": "all"}), 202)
    statuses = {c: ok(http.get(f"/lists/{list_id}/contacts/{c}"))["base"]["status"] for c in (ann, bob)}
    assert statuses == {ann: "removed", bob: "inactive"}
    ok(http.post(f"/lists/{list_id}/contacts/actions/activate", json={}), 202)
    assert ok(http.get(f"/lists/{list_id}/contacts/{bob}"))["base"]["status"] == "active"
    activities = ok(http.get(f"/lists/{list_id}/contacts/{ann}/activities"))["items"]
    assert [a["action_name"] for a in activities] == ["subscription", "unsubscribe_api"]


def test_forget_deletes_the_contacts(http: httpx.Client) -> None:
    list_id = new_list(http)
    ann = new_contact(http, list_id, email="ann@example.com")
    assert ok(http.post(f"/lists/{list_id}/contacts/actions/forget", json={"contacts": [ann]}), 202) == {
        "result": "success"
    }
    assert http.get(f"/lists/{list_id}/contacts/{ann}").status_code == 404
    assert ok(http.get(f"/lists/{list_id}/contacts/{ann}/activities"), 422)["errors"] == {
        "contact_id": ["does not exist"]
    }
    new_contact(http, list_id, email="ann@example.com")


def test_bulk_import_adds_updates_or_only_updates(http: httpx.Client) -> None:
    list_id = new_list(http)
    ann = new_contact(http, list_id, email="ann@example.com", first_name="Ann")

    def imported(mode: str, *contacts: dict[str, Any], force_empty: bool = False) -> None:
        body = {
            "mode": mode,
            "compare_field": "email",
            "contacts": list(contacts),
            "force_empty": force_empty,
        }
        assert ok(http.post(f"/lists/{list_id}/contacts/actions/import-bulk", json=body), 202) == {
            "result": "success"
        }

    def names() -> dict[str, str]:
        items = ok(http.get(f"/lists/{list_id}/contacts", params={"limit": 100}))["items"]
        return {c["base"]["email"]: c["base"]["first_name"] for c in items}

    imported(
        "add",
        {"base": {"email": "ANN@example.com", "first_name": "X"}},
        {"base": {"email": "bob@example.com", "first_name": "Bob"}},
    )
    assert names() == {"ann@example.com": "Ann", "bob@example.com": "Bob"}
    imported(
        "update_only",
        {"base": {"email": "ann@example.com", "first_name": "Anna"}},
        {"base": {"email": "cy@example.com"}},
    )
    assert names() == {"ann@example.com": "Anna", "bob@example.com": "Bob"}
    imported(
        "update",
        {"base": {"email": "ann@example.com", "first_name": ""}},
        {"base": {"email": "cy@example.com"}},
    )
    assert names() == {"ann@example.com": "Anna", "bob@example.com": "Bob", "cy@example.com": ""}
    imported("update", {"base": {"email": "ann@example.com", "first_name": ""}}, force_empty=True)
    assert names()["ann@example.com"] == ""
    assert ok(http.get(f"/lists/{list_id}/contacts/{ann}"))["base"]["first_name"] == ""
    kinds = [o["type"] for o in ok(http.get("/operations", params={"limit": 100}))["items"]]
    assert kinds == ["import_contacts"] * 4


def test_updates_by_contact_id_and_by_field(http: httpx.Client) -> None:
    list_id = new_list(http)
    ann, bob = (
        new_contact(http, list_id, email="ann@example.com"),
        new_contact(http, list_id, email="bob@example.com"),
    )
    update = {"type": "contacts", "contacts": [ann, bob], "base": {"last_name": "Smith"}}
    ok(http.post(f"/lists/{list_id}/contacts/actions/update", json=update), 202)
    assert ok(http.get(f"/lists/{list_id}/contacts/{bob}"))["base"]["last_name"] == "Smith"
    clash = {"type": "contacts", "contacts": [ann, bob], "base": {"email": "same@example.com"}}
    assert ok(http.post(f"/lists/{list_id}/contacts/actions/update", json=clash), 409)["errors"] == {
        "base.email": [f"same@example.com is already used by contact {ann}"]
    }
    by_field = {
        "compare_field": {"field_id": "email", "value": "BOB@example.com"},
        "base": {"first_name": "Bob"},
    }
    assert ok(http.post(f"/lists/{list_id}/contacts/by-field", json=by_field), 201) == {"contact_id": bob}
    assert ok(http.get(f"/lists/{list_id}/contacts/{bob}"))["base"]["first_name"] == "Bob"
    unknown = {
        "compare_field": {"field_id": "email", "value": "nobody@example.com"},
        "base": {"first_name": "X"},
    }
    assert ok(http.post(f"/lists/{list_id}/contacts/by-field", json=unknown), 422)["errors"] == {
        "compare_field.value": ["does not exist"]
    }


def test_extra_fields_with_options_and_a_removed_list_takes_its_contacts(http: httpx.Client) -> None:
    list_id = new_list(http)
    field = ok(http.post(f"/lists/{list_id}/fields/extra", json={"name": "Size", "format": "options"}), 201)
    assert field == {
        "type": "extra",
        "options": [],
        "field_id": 1,
        "name": "Size",
        "format": "options",
        "unique": False,
    }
    option = ok(http.post(f"/lists/{list_id}/fields/extra/1/options", json={"en": "Large"}), 201)
    assert option == {
        "option_id": 1,
        "en": "Large",
        "pt": "",
        "br": "",
        "es": "",
        "de": "",
        "hu": "",
        "fr": "",
    }
    assert ok(http.get(f"/lists/{list_id}/fields", params={"offset": 7}))[0]["options"] == [option]
    ann = new_contact(http, list_id, email="ann@example.com")
    assert http.delete(f"/lists/{list_id}").status_code == 204
    assert (
        ok(http.get(f"/lists/{list_id}/contacts/{ann}"), 404)["detail"] == f"list_id {list_id} does not exist"
    )
    assert ok(http.get(f"/lists/{list_id}/fields"), 422)["errors"] == {"list_id": ["does not exist"]}


def test_the_suppression_list_keeps_each_value_once(http: httpx.Client) -> None:
    body = {"type": "email", "value": ["a@example.com", "a@example.com", "b@example.com"]}
    assert ok(http.post("/suppression-list", json=body), 202) == {"result": "success"}
    listed = ok(http.get("/suppression-list", params={"order": "asc"}))
    assert listed == {
        "items": [
            {
                "id": 1,
                "value": "a@example.com",
                "type": "email",
                "method": "manual",
                "campaign_hash": "",
                "created": NOW,
            },
            {
                "id": 2,
                "value": "b@example.com",
                "type": "email",
                "method": "manual",
                "campaign_hash": "",
                "created": NOW,
            },
        ],
        "total_items": 2,
    }
    assert http.delete("/suppression-list/1").status_code == 204
    assert http.delete("/suppression-list/1").status_code == 404


def email_campaign(list_id: int) -> dict[str, Any]:
    return {
        "list_id": list_id,
        "internal_name": "Spring",
        "subject": "Hello",
        "content": {"type": "html", "body": "<p>Hi</p>"},
        "sender_id": 1,
    }


def test_campaigns_of_every_channel_are_listed_together(http: httpx.Client) -> None:
    list_id = new_list(http)
    email = ok(http.post("/campaigns/email", json=email_campaign(list_id)), 201)["campaign_hash"]
    sms_body = {"list_id": list_id, "internal_name": "Promo", "content": {"type": "text", "message": "Hi"}}
    sms = ok(http.post("/campaigns/sms", json=sms_body), 201)["campaign_hash"]
    listed = ok(http.get("/campaigns", params={"order_by": "internal_name", "order": "asc"}))["items"]
    assert [(c["campaign_hash"], c["channel"], c["title"], c["status"]) for c in listed] == [
        (sms, "sms", "Promo", "draft"),
        (email, "email", "Hello", "draft"),
    ]
    assert [c["campaign_hash"] for c in ok(http.get("/campaigns", params={"channel": "sms"}))["items"]] == [
        sms
    ]
    assert ok(http.patch(f"/campaigns/sms/{email}", json={"internal_name": "x"}), 404)["title"] == "NotFound"
    assert ok(http.patch(f"/campaigns/email/{email}", json={"subject": "Hi again"})) == {
        "campaign_hash": email
    }
    assert ok(http.get("/campaigns", params={"channel": "email"}))["items"][0]["title"] == "Hi again"
    missing_list = {**email_campaign(99)}
    assert ok(http.post("/campaigns/email", json=missing_list), 422)["detail"] == "list_id 99 does not exist"
    assert http.delete(f"/campaigns/{sms}").status_code == 204
    assert ok(http.get("/campaigns"))["total_items"] == 1


def test_a_sent_campaign_has_a_report_and_is_sent_once(http: httpx.Client) -> None:
    list_id = new_list(http)
    ann = new_contact(http, list_id, email="ann@example.com")
    new_contact(http, list_id, email="bob@example.com")
    campaign = ok(http.post("/campaigns/email", json=email_campaign(list_id)), 201)["campaign_hash"]
    assert (
        ok(http.get(f"/reports/email/{campaign}"), 404)["detail"]
        == f"the campaign {campaign} has no report before it is sent"
    )
    send = {"list_id": list_id, "segments": {"type": "contacts", "data": [ann]}}
    assert ok(http.post(f"/campaigns/email/{campaign}/actions/send", json=send)) == {"result": "success"}
    assert ok(http.post(f"/campaigns/email/{campaign}/actions/send", json=send), 409)["title"] == "Conflict"
    report = ok(http.get(f"/reports/email/{campaign}", params={"weekday": "false", "hour": "false"}))
    assert report == {
        "campaign_hash": campaign,
        "overall": {
            "sends": 1,
            "opens": 0,
            "clicks": 0,
            "hard_bounces": 0,
            "soft_bounces": 0,
            "complaints": 0,
            "unsubscriptions": 0,
            "unique_opens": 0,
            "unique_clicks": 0,
        },
        "date": [],
        "location": [],
        "domain": [],
        "url": [],
        "reader": [],
    }
    assert ok(http.get(f"/reports/sms/{campaign}"), 404)["title"] == "NotFound"
    assert (
        ok(http.get("/reports/email/unknownhash"), 404)["detail"]
        == "campaign_hash unknownhash does not exist"
    )
    activities = ok(http.get(f"/lists/{list_id}/contacts/{ann}/activities"))["items"]
    assert activities[-1] == {
        "action_data": {"campaign_hash": campaign, "url": ""},
        "date": NOW,
        "action_name": "email_send",
    }
    assert ok(http.get("/campaigns"))["items"][0]["status"] == "sent"


def test_smart_sms_reports_as_sms_and_voice_can_be_scheduled(http: httpx.Client) -> None:
    list_id = new_list(http)
    smart = {
        "list_id": list_id,
        "internal_name": "Smart",
        "campaign_content": {"message": "Hi"},
        "page_content": {"type": "redirect", "page_url": "https://example.com"},
    }
    smart_hash = ok(http.post("/campaigns/smart-sms", json=smart), 201)["campaign_hash"]
    sms_send = {"list_id": list_id, "destination_field": "cellphone", "segments": {"type": "none"}}
    assert ok(http.post(f"/campaigns/smart-sms/{smart_hash}/actions/send", json=sms_send), 202) == {
        "result": "success"
    }
    assert ok(http.get(f"/reports/sms/{smart_hash}"))["overall"]["sends"] == 0
    voice = {
        "list_id": list_id,
        "internal_name": "Call",
        "content": {"type": "audio", "audio": "a.mp3"},
        "sender_id": 1,
    }
    voice_hash = ok(http.post("/campaigns/voice", json=voice), 201)["campaign_hash"]
    scheduled = {
        "list_id": list_id,
        "destination_field": "phone",
        "segments": {"type": "none"},
        "schedule_date": "2026-02-01 09:00:00",
    }
    ok(http.post(f"/campaigns/voice/{voice_hash}/actions/send", json=scheduled))
    [listed] = ok(http.get("/campaigns", params={"channel": "voice"}))["items"]
    assert (listed["status"], listed["schedule_date"]) == (
        "queued",
        {"enabled": True, "date": "2026-02-01 09:00:00"},
    )
    unknown = http.post("/campaigns/voice/nothing/actions/send", json=scheduled)
    assert ok(unknown, 422)["errors"] == {"campaign_hash": ["does not exist"]}


def test_operations_move_through_their_states(http: httpx.Client) -> None:
    list_id = new_list(http)
    ok(http.post(f"/lists/{list_id}/contacts/actions/export", json={"format": "csv"}), 202)
    [operation] = ok(http.get("/operations"))["items"]
    assert operation == {
        "operation_id": 1,
        "operation_data": {"internal_name": "Export of list 1 (csv)", "campaign_hash": ""},
        "type": "export_contacts",
        "status": "queued",
        "created_by": 1,
        "created": NOW,
        "start_date": NOW,
    }

    def act(action: str, *ids: int) -> Any:
        return ok(http.post(f"/operations/actions/{action}", json={"operations": list(ids)}))

    assert act("pause", 1) == {
        "success": [],
        "error": {"invalid_operation_action": [1], "operation_not_found": []},
    }
    assert act("approve", 1, 7) == {
        "success": [1],
        "error": {"invalid_operation_action": [], "operation_not_found": [7]},
    }
    assert act("pause", 1)["success"] == [1]
    assert act("resume", 1)["success"] == [1]
    assert ok(http.get("/operations", params={"status": "executing"}))["total_items"] == 1
    assert act("cancel", 1)["success"] == [1]
    assert ok(http.get("/operations"))["total_items"] == 0


def test_advanced_reports_are_listed_once_generated(http: httpx.Client) -> None:
    dates = {"start": "2026-01-01 00:00:00", "end": "2026-01-31 00:00:00"}
    body = {"title": "Sends", "range": dates, "lists": [1], "columns": {}, "options": {}}
    assert ok(http.post("/reports/advanced/sends", json=body), 202) == {"result": "success"}
    assert ok(http.get("/reports/advanced")) == {
        "items": [
            {
                "advanced_report_id": 1,
                "title": "Sends",
                "hash": "0000000001",
                "file": "https://reports.example.com/0000000001.csv",
                "status": "finished",
                "created": NOW,
            }
        ],
        "total_items": 1,
    }


def test_account_level_reads_are_seeded(http: httpx.Client) -> None:
    account = ok(http.get("/my-account"))
    assert (account["general_info"]["name"], account["module_info"]) == (
        "Mock Account",
        {"te": {"enabled": False}},
    )
    assert [c["iso_code"] for c in ok(http.get("/utilities/countries"))["items"]] == [
        "PT",
        "ES",
        "BR",
        "GB",
        "US",
        "FR",
    ]
    assert [u["username"] for u in ok(http.get("/users", params={"order": "asc"}))["items"]] == [
        "admin",
        "editor",
    ]
    assert ok(http.get("/automations", params={"status": "inactive"}))["items"][0]["title"] == "Birthday"
    assert ok(http.get("/push/apps"))[0]["app_id"] == "a1b2c3d4e5"
    assert ok(http.get("/connectedsites/example.com"))["list_id"] == 1
    assert ok(http.get("/trackengage/goals"))["items"][0]["name"] == "Purchase"
    assert ok(http.get("/cnames"))["items"] == [
        {"cname_id": 1, "value": "mkt.example.com", "status": "verified"}
    ]


def test_features_are_enabled_once(http: httpx.Client) -> None:
    enabled = http.post("/my-account/actions/enable-te", json={"domain": "shop.example.com", "list_id": "1"})
    assert ok(enabled) == {"result": True, "response": "success"}
    assert ok(http.get("/my-account"))["module_info"] == {"te": {"enabled": True}}
    assert [d["domain"] for d in ok(http.get("/trackengage/domains"))["items"]] == [
        "example.com",
        "shop.example.com",
    ]
    assert http.post("/my-account/actions/enable-te", json={"domain": "shop.example.com"}).status_code == 409
    first = http.post("/my-account/actions/enable-transactional")
    assert (first.status_code, first.content) == (204, b"")
    assert (
        ok(http.post("/my-account/actions/enable-transactional"), 409)["detail"]
        == "transactional sending is already enabled"
    )


def test_product_imports_and_orders(http: httpx.Client, app: MockServer[Account]) -> None:
    catalog = ok(http.post("/catalogs", json={"title": "Shop", "language": "en", "currency": "eur"}), 201)[
        "catalog_id"
    ]
    ok(http.post(f"/catalogs/{catalog}/products", json={"product_identifier": "p1", "name": "One"}), 201)
    assert ok(
        http.post(f"/catalogs/{catalog}/products", json={"product_identifier": "p1", "name": "Again"}), 409
    )["errors"] == {"product_identifier": ["already exists"]}

    def products() -> dict[str, str]:
        return {
            p["product_identifier"]: p["name"] for p in ok(http.get(f"/catalogs/{catalog}/products"))["items"]
        }

    def imported(mode: str, *products: tuple[str, str]) -> None:
        body = {"mode": mode, "products": [{"product_identifier": i, "name": n} for i, n in products]}
        ok(http.post(f"/catalogs/{catalog}/products/actions/import", json=body), 202)

    imported("add", ("p1", "X"), ("p2", "Two"))
    assert products() == {"p1": "One", "p2": "Two"}
    imported("update", ("p1", "Uno"))
    assert products() == {"p1": "Uno", "p2": "Two"}
    imported("rewrite", ("p3", "Three"))
    assert products() == {"p3": "Three"}
    assert ok(http.get(f"/catalogs/{catalog}/products/p3")) == {
        "product_identifier": "p3",
        "name": "Three",
        **{
            k: v
            for k, v in ok(http.get(f"/catalogs/{catalog}/products/p3")).items()
            if k not in ("product_identifier", "name")
        },
    }
    ok(http.post("/shop.example.com/carts", json={"cart_id": "c1", "cart_total": 10.5}), 202)
    ok(
        http.post("/shop.example.com/orders", json={"order_id": "o1", "cart_id": "c1", "order_total": 10.5}),
        202,
    )
    state = app.state()
    assert (state.carts, list(state.orders["shop.example.com"])) == ({"shop.example.com": {}}, ["o1"])


# The spec's links let the stateful checks catch a list that outlives its delete, or is not kept.

LIST_OPERATIONS = ["create_list", "get_list", "update_list", "delete_list"]
STATEFUL = settings(max_examples=30, stateful_step_count=6, deadline=None, derandomize=True, database=None)


def stateful_run_on_lists(handlers: dict[str, Any]) -> None:
    app = MockServer(SPEC, dataclasses.replace(RULES, handlers={**RULES.handlers, **handlers}), [ACCOUNT])
    loaded = schemathesis.openapi.from_asgi("/openapi.json", app).include(operation_id=LIST_OPERATIONS)
    loaded.config.update(headers={"Apikey": "mock-api-key"})
    loaded.config.phases.stateful.inference.algorithms = []
    run_stateful(loaded, checks_for("egoi"), app.reset, STATEFUL)


def test_a_list_readable_after_its_delete_fails_the_stateful_run() -> None:
    with pytest.raises(FailureGroup) as raised:
        stateful_run_on_lists({"delete_list": lambda account, call: Reply(204)})
    assert [type(failure) for failure in raised.value.exceptions] == [UseAfterFree]


def test_a_list_created_but_not_kept_fails_the_stateful_run() -> None:
    def forgetful(account: Account, call: Call) -> Reply:
        body = {"list_id": 5000, "internal_name": call.body["internal_name"]}
        return RESOURCES.reply(account, call, body)

    with pytest.raises(FailureGroup) as raised:
        stateful_run_on_lists({"create_list": forgetful})
    assert EnsureResourceAvailability in {type(failure) for failure in raised.value.exceptions}


def test_the_lists_pass_the_stateful_run() -> None:
    stateful_run_on_lists({})
