"""The eSputnik spec holds exactly the documented operations, the FAQ's samples as valid examples,
the documented limits as schema constraints, paging by `TotalCount`, the plain-text and empty
answers, 429 and HTTP Basic on every operation, and the credentials the mock and live runs use."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from mocks.routing import operations as spec_operations
from mocks.schemas import SchemaSet, pointer
from scripts.vendors import Vendor

# Every operation: (method, path, operationId).
OPERATIONS = (
    ("GET", "/v1/account/info", "get_account_info"),
    ("POST", "/v1/emails/unsubscribed/add", "add_unsubscribed_emails"),
    ("POST", "/v1/emails/unsubscribed/delete", "delete_unsubscribed_emails"),
    ("POST", "/v1/event", "generate_event"),
    ("POST", "/v2/event", "generate_event_v2"),
    ("POST", "/v1/past_events", "add_past_events"),
    ("DELETE", "/v1/past_events", "delete_past_events"),
    ("POST", "/v2/past_events", "add_past_events_v2"),
    ("POST", "/v1/message/{id}/smartsend", "send_prepared_message"),
    ("POST", "/v1/message/{id}/send", "send_prepared_message_old"),
    ("POST", "/v1/orders", "add_orders"),
    ("DELETE", "/v1/orders", "delete_orders"),
    ("GET", "/v1/message/status", "get_message_status"),
    ("POST", "/v1/message/email", "send_email"),
    ("POST", "/v1/message/sms", "send_sms"),
    ("POST", "/v1/message/viber", "send_viber"),
    ("GET", "/v1/contacts", "search_contacts"),
    ("POST", "/v1/contacts", "add_or_update_contacts"),
    ("POST", "/v1/contacts/upload", "upload_contacts"),
    ("GET", "/v1/importstatus/{sessionId}", "get_import_status"),
    ("GET", "/v1/addressbooks", "get_address_books"),
    ("GET", "/v1/version", "get_version"),
    ("GET", "/v2/version", "get_version_v2"),
    ("GET", "/v1/balance", "get_balance"),
    ("POST", "/v1/contact", "add_contact"),
    ("DELETE", "/v1/contact", "delete_contact_by_external_id"),
    ("GET", "/v1/contact/{id}", "get_contact"),
    ("PUT", "/v1/contact/{id}", "update_contact"),
    ("DELETE", "/v1/contact/{id}", "delete_contact"),
    ("POST", "/v1/contact/subscribe", "subscribe_contact"),
    ("GET", "/v1/contacts/email", "get_contact_emails"),
    ("GET", "/v1/groups", "list_segments"),
    ("GET", "/v1/group/{id}/contacts", "get_segment_contacts"),
    ("POST", "/v1/group/{id}/contacts/attach", "attach_segment_contacts"),
    ("POST", "/v1/group/{id}/contacts/detach", "detach_segment_contacts"),
)

# The documented rates, in requests per second; every other operation has the default of 200.
RATE_LIMITS = {
    "search_contacts": 50,
    "generate_event": 350,
    "generate_event_v2": 350,
    "add_past_events": 100,
    "add_past_events_v2": 100,
    "delete_past_events": 5,
}
DEFAULT_RATE_LIMIT = 200

# Operations the facts tie to the OAuth documentation: Bearer is an alternative to Basic there.
BEARER = {"get_account_info", "add_unsubscribed_emails", "get_message_status", "send_viber", "get_version_v2"}

# Retry-safe writes: set-like lists, upserts keyed by an external id, updates and deletes.
IDEMPOTENT = {
    "add_unsubscribed_emails",
    "delete_unsubscribed_emails",
    "add_orders",
    "delete_orders",
    "add_or_update_contacts",
    "update_contact",
    "delete_contact",
    "delete_contact_by_external_id",
    "attach_segment_contacts",
    "detach_segment_contacts",
}

PAGED = {"search_contacts", "list_segments", "get_segment_contacts"}
PAGING = {
    "offset-parameter": "startindex",
    "limit-parameter": "maxrows",
    "first-offset": 1,
    "total-header": "TotalCount",
}

# Successes answered in plain text, and successes without a body (200 with Content-Length 0
# observed for events; the others are undocumented and accept any body).
PLAIN_TEXT = {"update_contact", "delete_contact", "delete_contact_by_external_id"}
EMPTY = {
    "add_unsubscribed_emails",
    "delete_unsubscribed_emails",
    "generate_event",
    "generate_event_v2",
    "add_past_events",
    "add_past_events_v2",
    "delete_past_events",
    "send_prepared_message_old",
    "add_orders",
    "delete_orders",
    "attach_segment_contacts",
    "detach_segment_contacts",
}

# The FAQ's JSON samples (seed line, operation, where, value): every one is an example.
SEED_EXAMPLES: tuple[tuple[int, str, str, Any], ...] = (
    (51, "add_unsubscribed_emails", "request", {"emails": ["test1@mail.com", "test2@mail.com"]}),
    (
        96,
        "generate_event",
        "request",
        {
            "eventTypeKey": "testEvent",
            "keyValue": "example@email.com",
            "params": [
                {"name": "discount", "value": "5%"},
                {"name": "link", "value": "https://example.site.com/items_for_sale"},
            ],
        },
    ),
    (117, "send_prepared_message", "request", {"recipients": [{"locator": "...", "jsonParam": "..."}]}),
    (
        217,
        "add_orders",
        "request",
        {
            "orders": [
                {
                    "externalOrderId": "100500",
                    "externalCustomerId": "12345",
                    "totalCost": 1000,
                    "status": "INITIALIZED",
                    "date": "2017-03-08T09:30:00+02:00",
                    "email": "mail@example.com",
                    "phone": "447911123456 ",
                    "firstName": "John",
                    "lastName": "Smith",
                    "currency": "USD",
                    "shipping": 10,
                    "discount": 0,
                    "deliveryMethod": "express",
                    "paymentMethod": "cash",
                    "deliveryAddress": "First str. 1",
                    "items": [
                        {
                            "externalItemId": "200600",
                            "name": "Super Device",
                            "category": "devices",
                            "quantity": 1,
                            "cost": 990,
                            "url": "http://example.com/item/200600",
                            "imageUrl": "http://example.com/item/200600/image.png",
                            "description": "High quality",
                        }
                    ],
                }
            ]
        },
    ),
    *(
        (
            272,
            operation_id,
            "200",
            {
                "id": "0",
                "results": {
                    "id": "0",
                    "locator": "test@gmail.com",
                    "status": "OK",
                    "requestId": "3ff28330-f8ef-4636-92ac-86345c16995e",
                },
            },
        )
        for operation_id in ("send_prepared_message", "send_email", "send_sms", "send_viber")
    ),
    (
        288,
        "get_message_status",
        "200",
        {
            "results": {
                "status": "DELIVERED",
                "requestId": "3ff28330-f8ef-4636-92ac-86345c16995e",
                "failed": "false",
                "delivered": "true",
            }
        },
    ),
    (
        303,
        "add_or_update_contacts",
        "request",
        {
            "contacts": [
                {
                    "channels": [{"type": "email", "value": "test@mail.com"}],
                    "fields": [{"id": 12345, "value": "..."}],
                }
            ],
            "customFieldsIDs": [12345],
        },
    ),
    (
        329,
        "get_address_books",
        "200",
        {
            "addressBook": {
                "addressBookId": "7200",
                "name": "Main",
                "fieldGroups": {
                    "name": "Personal",
                    "fields": [
                        {
                            "id": "15867",
                            "name": "Date of birth",
                            "description": {"type": "date", "required": "false", "readonly": "false"},
                        },
                        {
                            "id": "15868",
                            "name": "Gender",
                            "description": {
                                "type": "combobox",
                                "allowedValues": {"possibleValues": ["M", "F"]},
                                "required": "false",
                                "readonly": "false",
                            },
                        },
                    ],
                },
            }
        },
    ),
)

# (schema, property, keyword, value): the documented limits.
LIMITS = (
    ("ContactsBulkRequest", "contacts", "minItems", 1),
    ("ContactsBulkRequest", "contacts", "maxItems", 3000),
    ("OrdersRequest", "orders", "minItems", 1),
    ("OrdersRequest", "orders", "maxItems", 1000),
    ("SmartSendRequest", "recipients", "maxItems", 1000),
    ("PastEvents", "events", "maxItems", 500),
    ("SegmentMembers", "contactIds", "maxItems", 500),
    ("SegmentMembers", "externalCustomerIds", "maxItems", 500),
    ("Event", "keyValue", "maxLength", 300),
)


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return Vendor("esputnik").spec()


@pytest.fixture(scope="module")
def schemas(spec: dict[str, Any]) -> SchemaSet:
    return SchemaSet(spec)


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(method, path, operation) for every operation."""
    for found in spec_operations(spec):
        yield found.method.upper(), found.template, found.definition


def by_id(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    return {
        operation["operationId"]: (method, path, operation) for method, path, operation in operations(spec)
    }


def test_the_operations_are_the_documented_ones(spec: dict[str, Any]) -> None:
    assert len(OPERATIONS) == len({(m, p) for m, p, _ in OPERATIONS}) == 35
    found = [(method, path, operation["operationId"]) for method, path, operation in operations(spec)]
    assert sorted(found) == sorted(OPERATIONS)


def test_servers_are_the_esputnik_and_yespo_hosts(spec: dict[str, Any]) -> None:
    assert [server["url"] for server in spec["servers"]] == [
        "https://esputnik.com/api",
        "https://yespo.io/api",
    ]


def test_every_operation_has_one_declared_tag(spec: dict[str, Any]) -> None:
    declared = [tag["name"] for tag in spec["tags"]]
    assert len(declared) == len(set(declared))
    assert all(tag.get("description") for tag in spec["tags"])
    used = {operation["tags"][0] for _, _, operation in operations(spec)}
    assert used == set(declared)
    for method, path, operation in operations(spec):
        assert len(operation["tags"]) == 1, f"{method} {path}"


def test_basic_on_every_operation_and_bearer_only_where_documented(spec: dict[str, Any]) -> None:
    declared = spec["components"]["securitySchemes"]
    assert {name: (scheme["type"], scheme["scheme"]) for name, scheme in declared.items()} == {
        "basic": ("http", "basic"),
        "bearer": ("http", "bearer"),
    }
    for operation_id, (_, _, operation) in by_id(spec).items():
        expected: list[dict[str, list[str]]] = [{"basic": []}]
        if operation_id in BEARER:
            expected.append({"bearer": []})
        assert operation["security"] == expected, operation_id


def test_credentials_for_the_mock_and_live_runs(spec: dict[str, Any]) -> None:
    assert spec["x-credentials"] == {
        "url": "ESPUTNIK_URL",
        "variables": {"ESPUTNIK_API_KEY": "mock-api-key"},
        "schemes": {"basic": {"username": "user", "password": "{ESPUTNIK_API_KEY}"}},
    }


def test_429_and_the_documented_rate_on_every_operation(spec: dict[str, Any]) -> None:
    for operation_id, (_, _, operation) in by_id(spec).items():
        assert operation["responses"]["429"] == {"$ref": "#/components/responses/TooManyRequests"}, (
            operation_id
        )
        rates = re.findall(r"Rate limit: (\d+) requests per second", operation["description"])
        assert rates == [str(RATE_LIMITS.get(operation_id, DEFAULT_RATE_LIMIT))], operation_id


def test_errors_are_plain_text_first_then_json(spec: dict[str, Any], schemas: SchemaSet) -> None:
    """eSputnik's error bodies may be plain text: the client reads text/plain, the first one."""
    for operation_id, (_, _, operation) in by_id(spec).items():
        errors = {
            status: schemas.resolve(r) for status, r in operation["responses"].items() if status >= "400"
        }
        assert {"401", "429", "500"} <= set(errors), operation_id
        for status, response in errors.items():
            assert list(response["content"]) == ["text/plain", "application/json"], f"{operation_id} {status}"
            assert schemas.resolve(response["content"]["text/plain"]["schema"]) == {
                "type": "string",
                "description": "An error message in plain text.",
            }


def test_not_found_where_an_id_names_a_resource(spec: dict[str, Any]) -> None:
    with_404 = {operation_id for operation_id, (_, _, op) in by_id(spec).items() if "404" in op["responses"]}
    assert with_404 == {
        "send_prepared_message",
        "send_prepared_message_old",
        "get_import_status",
        "delete_contact_by_external_id",
        "get_contact",
        "update_contact",
        "delete_contact",
        "get_segment_contacts",
        "attach_segment_contacts",
        "detach_segment_contacts",
    }


def test_plain_text_and_empty_successes(spec: dict[str, Any]) -> None:
    for operation_id, (_, _, operation) in by_id(spec).items():
        success = operation["responses"]["200"]
        media = list(success.get("content", {}))
        if operation_id in PLAIN_TEXT:
            assert media == ["text/plain"], operation_id
            assert success["content"]["text/plain"]["schema"] == {"$ref": "#/components/schemas/ResultText"}
        elif operation_id in EMPTY:
            assert media == [], operation_id
        else:
            assert media == ["application/json"], operation_id
    updated = by_id(spec)["update_contact"][2]["responses"]["200"]["content"]["text/plain"]["examples"]
    assert updated["updated"]["value"] == "Contact with id='95064060' has been updated"


def test_event_bodies_are_limited_to_20_kb(spec: dict[str, Any]) -> None:
    limited = {operation_id for operation_id, (_, _, op) in by_id(spec).items() if "x-max-body-bytes" in op}
    assert limited == {"generate_event", "generate_event_v2"}
    for operation_id in limited:
        operation = by_id(spec)[operation_id][2]
        assert operation["x-max-body-bytes"] == 20480
        assert "20 KB (20480 bytes)" in operation["description"]
        assert operation["responses"]["413"] == {"$ref": "#/components/responses/PayloadTooLarge"}


@pytest.mark.parametrize(("schema", "name", "keyword", "value"), LIMITS)
def test_documented_limits_are_constraints(
    spec: dict[str, Any], schema: str, name: str, keyword: str, value: int
) -> None:
    assert spec["components"]["schemas"][schema]["properties"][name][keyword] == value


ORDER = {
    "externalOrderId": "1",
    "totalCost": 1,
    "status": "DELIVERED",
    "date": "2024-03-08",
    "currency": "USD",
}


@pytest.mark.parametrize(
    ("schema", "name", "item", "count", "may_be_empty"),
    [
        ("ContactsBulkRequest", "contacts", {"channels": []}, 3000, False),
        ("OrdersRequest", "orders", {**ORDER, "email": "a@b.c"}, 1000, False),
        ("SmartSendRequest", "recipients", {"contactId": 1}, 1000, True),
        ("PastEvents", "events", {"eventTypeKey": "purchase"}, 500, True),
        ("SegmentMembers", "contactIds", 1, 500, True),
    ],
)
def test_batches_over_the_limit_are_refused(
    schemas: SchemaSet, schema: str, name: str, item: Any, count: int, may_be_empty: bool
) -> None:
    where = pointer("components", "schemas", schema)
    assert schemas.problems(where, {name: [item] * count}, "body") == []
    # One item more is the only difference, so the one problem is the length (its message,
    # which quotes the whole array, is shortened).
    too_many = schemas.problems(where, {name: [item] * (count + 1)}, "body")
    assert [p.field for p in too_many] == [name]
    empty = schemas.problems(where, {name: []}, "body")
    assert [(p.field, p.message) for p in empty] == (
        [] if may_be_empty else [(name, "[] should be non-empty")]
    )


def test_paged_reads_take_startindex_and_maxrows_and_answer_total_count(
    spec: dict[str, Any], schemas: SchemaSet
) -> None:
    paged = {operation_id for operation_id, (_, _, op) in by_id(spec).items() if "x-paging" in op}
    assert paged == PAGED
    for operation_id in PAGED:
        _, _, operation = by_id(spec)[operation_id]
        assert operation["x-paging"] == PAGING, operation_id
        names = {schemas.resolve(p)["name"]: schemas.resolve(p) for p in operation["parameters"]}
        assert names["startindex"]["schema"] == {"type": "integer", "minimum": 1}
        assert names["maxrows"]["schema"] == {"type": "integer", "minimum": 1, "maximum": 500}
        header = schemas.resolve(operation["responses"]["200"]["headers"]["TotalCount"])
        assert header["schema"] == {"type": "integer", "minimum": 0}
        assert schemas.resolve(operation["responses"]["200"]["content"]["application/json"]["schema"])[
            "type"
        ] == ("array")


def test_idempotent_writes(spec: dict[str, Any]) -> None:
    marked = {operation_id for operation_id, (_, _, op) in by_id(spec).items() if op.get("x-idempotent")}
    assert marked == IDEMPOTENT
    assert all(by_id(spec)[operation_id][0] != "GET" for operation_id in marked)
    assert [operation_id for operation_id, (_, _, op) in by_id(spec).items() if "x-safe" in op] == []


@pytest.mark.parametrize(
    ("line", "operation_id", "where", "value"),
    SEED_EXAMPLES,
    ids=[f"{line}-{operation_id}" for line, operation_id, _, _ in SEED_EXAMPLES],
)
def test_seed_example_is_in_the_spec_and_valid(
    spec: dict[str, Any], schemas: SchemaSet, line: int, operation_id: str, where: str, value: Any
) -> None:
    method, path, operation = by_id(spec)[operation_id]
    part = operation["requestBody"] if where == "request" else operation["responses"][where]
    media = part["content"]["application/json"]
    found = [example for example in media["examples"].values() if example.get("x-seed-line") == line]
    assert len(found) == 1
    assert found[0]["value"] == value
    assert found[0]["summary"]
    media_pointer = pointer(
        "paths", path, method.lower(), *(["requestBody"] if where == "request" else ["responses", where])
    )
    assert schemas.problems(media_pointer + "/content/application~1json/schema", value, "example") == []


def test_no_other_example_claims_a_seed_line(spec: dict[str, Any]) -> None:
    claimed = []
    for _, _, operation in operations(spec):
        parts = [operation.get("requestBody", {}), *operation["responses"].values()]
        for part in parts:
            for media in part.get("content", {}).values():
                claimed += [
                    e["x-seed-line"] for e in media.get("examples", {}).values() if "x-seed-line" in e
                ]
    assert sorted(claimed) == sorted(line for line, _, _, _ in SEED_EXAMPLES)


def test_single_object_or_array_answers(spec: dict[str, Any]) -> None:
    """One recipient, one id or one field group come back as an object instead of an array."""
    components = spec["components"]["schemas"]
    for schema, name, item in (
        ("SendMessageResponse", "results", "SendMessageResult"),
        ("MessageStatusResponse", "results", "MessageStatus"),
        ("AddressBook", "fieldGroups", "FieldGroup"),
    ):
        variants = components[schema]["properties"][name]["anyOf"]
        assert variants[0] == {"$ref": f"#/components/schemas/{item}"}
        assert components[variants[1]["$ref"].rsplit("/", 1)[1]]["items"] == variants[0]


def test_numbers_and_booleans_sent_as_strings_are_accepted(schemas: SchemaSet) -> None:
    balance = {
        "currentBalance": "0.0",
        "creditLimit": 0,
        "currency": "UAH",
        "bonusEmails": "2500",
        "bonusSmses": 3,
    }
    assert schemas.problems("/components/schemas/Balance", balance, "body") == []
    assert schemas.problems("/components/schemas/Balance", {"bonusEmails": "many"}, "body") != []
    status = {"results": [{"failed": False, "delivered": "true"}]}
    assert schemas.problems("/components/schemas/MessageStatusResponse", status, "body") == []
    assert (
        schemas.problems("/components/schemas/MessageStatusResponse", {"results": {"failed": "no"}}, "body")
        != []
    )


def test_dates_are_written_as_the_docs_write_them(schemas: SchemaSet) -> None:
    valid = [
        "2024-03-08",
        "2024-03-08T09:30",
        "2017-03-08T09:30:00+02:00",
        "2017-05-14T10:11:10.7022176+03:00",
    ]
    for value in valid:
        assert schemas.problems("/components/schemas/DateOrDateTime", value, "body") == [], value
    for value in ["08.03.2024", "2024-03-08 09:30", "2024-3-8"]:
        assert schemas.problems("/components/schemas/DateOrDateTime", value, "body") != [], value
    assert schemas.problems("/components/schemas/UtcDateTime", "2024-03-08T09:30:00", "body") == []
    assert schemas.problems("/components/schemas/UtcDateTime", "2024-03-08T09:30:00Z", "body") != []


def test_conditional_requirements(schemas: SchemaSet) -> None:
    order = ORDER
    problems = schemas.problems("/components/schemas/Order", order, "body")
    assert [(p.field, p.message) for p in problems] == [("phone", "'phone' is a required property")]
    for key in ("externalCustomerId", "email", "phone"):
        assert schemas.problems("/components/schemas/Order", {**order, key: "x"}, "body") == [], key
    sms = {"from": "ADS", "text": "Hi"}
    assert [p.field for p in schemas.problems("/components/schemas/SendSmsRequest", sms, "body")] == [
        "phoneNumbers"
    ]
    assert schemas.problems("/components/schemas/SendSmsRequest", {**sms, "groupId": 7}, "body") == []
    recipient = {"jsonParam": None}
    assert [
        p.field for p in schemas.problems("/components/schemas/SmartSendRecipient", recipient, "body")
    ] == ["locator"]
    assert (
        schemas.problems("/components/schemas/SmartSendRecipient", {**recipient, "contactId": 1}, "body")
        == []
    )
    both = {"contactIds": [1], "externalCustomerIds": ["a"]}
    assert schemas.problems("/components/schemas/SegmentMembers", both, "body") != []
    assert schemas.problems("/components/schemas/SegmentMembers", {}, "body") == []


def test_left_out_operations_are_listed(spec: dict[str, Any]) -> None:
    description = spec["info"]["description"]
    for path in (
        "/v3/event",
        "/v1/additionalfields",
        "/v2/contacts/activity",
        "/v1/broadcast",
        "/v1/promocodes",
    ):
        assert f"{path}" in description, path
    assert "Unconfirmed readings chosen" in description
