"""Every E-goi operation once through the generated client against the E-goi mock served over
loopback: each gets its first documented 2xx, parsed by the client as that response's model.

Each test starts from a fresh account holding one of every record the operations name (a list
with a contact, an extra field and its option, a tag, senders, campaigns of every channel, sent
and not, ...). Arguments are the spec's examples (tests/test_client_egoi.py builds them), with
the ids of those records in the path and where a body must name an existing record.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from egoi_client.auth import connect_apikey
from egoi_client.models import Problem as ProblemModel

from mocks.server import ServedMock
from tests.test_client_egoi import (
    OPERATIONS,
    api_module,
    argument_names,
    as_caller_builds,
    build,
    parameters,
    request_example,
    success,
    to_python,
)

KEY = "mock-api-key"
APP_ID = "a1b2c3d4e5"
CHANNELS = ("email", "push", "sms", "smart_sms", "voice", "web_push")
CAMPAIGNS: dict[str, tuple[str, dict[str, Any]]] = {
    "email": (
        "email",
        {"subject": "Hello", "content": {"type": "html", "body": "<p>Hi</p>"}, "sender_id": 1},
    ),
    "push": ("push", {"app_id": APP_ID, "title": "Hi", "content": {"type": "text", "message": "Hi"}}),
    "sms": ("sms", {"content": {"type": "text", "message": "Hi"}}),
    "smart_sms": (
        "smart-sms",
        {
            "campaign_content": {"message": "Hi"},
            "page_content": {"type": "redirect", "page_url": "https://e.com"},
        },
    ),
    "voice": ("voice", {"content": {"type": "audio", "audio": "a.mp3"}, "sender_id": 1}),
    "web_push": ("web-push", {"site_id": 1, "content": {"title": "Hi", "message": "Hi"}}),
}
SENDS: dict[str, dict[str, Any]] = {
    "email": {"list_id": 1, "segments": {"type": "none"}},
    "push": {"app_id": APP_ID, "segments": {"type": "none"}},
    "sms": {"list_id": 1, "destination_field": "cellphone", "segments": {"type": "none"}},
    "smart_sms": {"list_id": 1, "destination_field": "cellphone", "segments": {"type": "none"}},
    "voice": {"list_id": 1, "destination_field": "phone", "segments": {"type": "none"}},
    "web_push": {"site_id": 1, "segments": {"type": "none"}},
}


def created(response: httpx.Response) -> Any:
    assert response.status_code in (200, 201, 202), response.text
    return response.json()


def world(http: httpx.Client) -> dict[str, Any]:
    """One of every record the operations name, in a fresh account; their ids by name."""
    ids: dict[str, Any] = {
        "list_id": created(http.post("/lists", json={"internal_name": "Newsletter"}))["list_id"]
    }
    contact = {"base": {"email": "ann@example.com", "cellphone": "351-910000001"}}
    ids["contact_id"] = created(http.post("/lists/1/contacts", json=contact))["contact_id"]
    created(http.post("/lists/1/fields/extra", json={"name": "Size", "format": "options"}))
    created(http.post("/lists/1/fields/extra/1/options", json={"en": "Large"}))
    created(http.post("/tags", json={"name": "Seeded"}))
    created(http.post("/campaign-groups", json={"name": "Seasonal"}))
    for kind, sender in (
        ("email", {"name": "Shop", "email": "shop@example.com"}),
        ("cellphone", {"type": "alpha_numeric", "cellphone": "Shop", "file": "AA=="}),
        ("phone", {"phone": "351-220000001", "file": "AA=="}),
    ):
        created(http.post(f"/senders/{kind}", json=sender))
    created(http.post("/webpush/sites", json={"site": "example.com", "list_id": 1, "name": "Site"}))
    created(http.post("/catalogs", json={"title": "Shop", "language": "en", "currency": "eur"}))
    created(http.post("/catalogs/1/products", json={"product_identifier": "sku-123", "name": "One"}))
    created(
        http.post(
            "/webhooks", json={"list_id": 1, "url": "https://example.com/hook", "actions": ["subscription"]}
        )
    )
    created(http.post("/suppression-list", json={"type": "email", "value": ["gone@example.com"]}))
    created(http.post("/lists/1/contacts/actions/export", json={"format": "csv"}))
    for channel, (path, body) in CAMPAIGNS.items():
        fields = {"internal_name": channel} | ({} if channel in ("push", "web_push") else {"list_id": 1})
        ids[f"draft_{channel}"] = created(http.post(f"/campaigns/{path}", json=fields | body))[
            "campaign_hash"
        ]
        sent = created(http.post(f"/campaigns/{path}", json=fields | body))["campaign_hash"]
        created(http.post(f"/campaigns/{path}/{sent}/actions/send", json=SENDS[channel]))
        ids[f"sent_{channel}"] = sent
    email_rss = {"list_id": 1, "internal_name": "Feed"} | CAMPAIGNS["email"][1]
    ids["rss_email"] = created(http.post("/campaigns/email/rss", json=email_rss))["campaign_hash"]
    web_push_rss = {"site_id": 1, "internal_name": "Feed"}
    ids["rss_web_push"] = created(http.post("/campaigns/webpush/rss", json=web_push_rss))["campaign_hash"]
    return ids


def channel_of(operation_id: str) -> str:
    return next(c for c in sorted(CHANNELS, key=len, reverse=True) if f"_{c}_" in f"_{operation_id}_")


def path_value(operation_id: str, name: str, ids: dict[str, Any]) -> Any:
    """The id of the world's record the operation's path names."""
    if name == "campaign_hash":
        kind = "sent" if operation_id.endswith("_report") else "rss" if "_rss_" in operation_id else "draft"
        return ids[f"{kind}_{channel_of(operation_id) if operation_id != 'delete_campaign' else 'email'}"]
    fixed = {
        "field_id": "email" if operation_id == "update_base_field" else 1,
        "app_id": APP_ID,
        "segment_id": "all",
    }
    fixed |= {"product_identifier": "sku-123", "domain": "example.com", "option_id": 1}
    return fixed[name] if name in fixed else ids.get(name, 1)


BODIES: dict[str, dict[str, Any]] = {
    "create_push_campaign": {"app_id": APP_ID},
    "send_push_campaign": {"app_id": APP_ID},
    "update_contact_by_field": {"compare_field": {"field_id": "email", "value": "ann@example.com"}},
}
"""Body members that must name the world's records."""
QUERIES: dict[str, dict[str, Any]] = {"search_contacts": {"type": "email", "contact": "ann@example.com"}}


@pytest.fixture
def ids(served_egoi: ServedMock) -> Iterator[dict[str, Any]]:
    served_egoi.app.reset()
    with httpx.Client(base_url=served_egoi.base_url, headers={"Apikey": KEY}) as http:
        yield world(http)


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_every_operation_answers_its_documented_success(
    operation_id: str, ids: dict[str, Any], served_egoi: ServedMock
) -> None:
    operation = OPERATIONS[operation_id]
    module = api_module(operation_id)
    signature = inspect.signature(module.sync_detailed)
    arguments: dict[str, Any] = {}
    found = parameters(operation)
    for parameter, name in zip(found, argument_names(found), strict=True):
        where, key = parameter["in"], parameter["name"]
        value = parameter["example"] if "example" in parameter else build(parameter["schema"])
        if where == "path":
            value = path_value(operation_id, key, ids)
        value = QUERIES.get(operation_id, {}).get(key, value)
        arguments[name] = to_python(value, signature.parameters[name].annotation)
    if "requestBody" in operation.definition:
        body = request_example(operation)
        body = body | BODIES.get(operation_id, {}) if isinstance(body, dict) else body
        arguments["body"] = as_caller_builds(to_python(body, signature.parameters["body"].annotation))

    with connect_apikey(served_egoi.base_url, key=KEY) as client:
        response = module.sync_detailed(client=client, **arguments)

    status, definition = success(operation)
    assert response.status_code == status, f"{operation_id}: {response.status_code} {response.content!r}"
    if "application/json" in definition.get("content", {}):
        assert response.parsed is not None and not isinstance(response.parsed, ProblemModel)
    else:
        assert response.content == b""
