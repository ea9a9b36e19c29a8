"""The vendors' documented workflows, step by step through schemathesis (every check on every
step), against each target: the mocks, and the live APIs with credentials."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from scripts.checks import checks_for
from scripts.targets import Target


def call(api_schema: Any, target: Target, path: str, method: str, **parts: Any) -> Any:
    """One request built as a schemathesis case with the target's credentials, sent and checked."""
    case = api_schema[path][method].Case(headers=dict(api_schema.config.headers), **parts)
    return case.call_and_validate(**checks_for(target.vendor))


@pytest.mark.vendor("movalio")
def test_movalio_subscriber_lifecycle(api_schema: Any, target: Target) -> None:
    """subscribe -> details -> tag -> details -> delete -> details is 404."""
    email = f"lifecycle-{uuid.uuid4().hex[:12]}@example.org"

    def act(body: dict[str, Any]) -> Any:
        return call(api_schema, target, "/", "POST", body=body, media_type="application/json")

    created = act({"action": "subscribe", "type": "email", "email": email, "tags": {"source": "test"}})
    assert created.status_code == 201
    subscriber = created.json()["uuid"]
    details = act({"action": "subscriber:details", "uuid": subscriber})
    assert details.status_code == 200
    assert details.json()["email"] == email
    assert act({"action": "subscriber:tag", "uuid": subscriber, "tags": {"plan": "gold"}}).status_code == 200
    tags = {
        tag["name"]: tag["value"]
        for tag in act({"action": "subscriber:details", "uuid": subscriber}).json()["tags"]
    }
    assert tags == {"source": "test", "plan": "gold"}
    assert act({"action": "subscriber:delete", "uuid": subscriber}).status_code == 200
    assert act({"action": "subscriber:details", "uuid": subscriber}).status_code == 404


@pytest.mark.vendor("movio")
def test_movio_contact_list_append_replace_delete(api_schema: Any, target: Target) -> None:
    """token -> append -> replace -> delete on one contact list (the token comes with the target)."""
    list_id = f"scenario-{uuid.uuid4().hex[:8]}"

    def update(action: str, emails: list[str]) -> Any:
        return call(
            api_schema,
            target,
            "/contact-lists/{contactList_id}/contacts",
            "PUT",
            path_parameters={"contactList_id": list_id},
            query={"action": action},
            body=[{"email": email, "first_name": "Test"} for email in emails],
            media_type="application/json",
        )

    assert update("append", ["a@example.org", "b@example.org"]).status_code == 202
    assert update("replace", ["b@example.org", "c@example.org"]).status_code == 202
    assert update("delete", ["c@example.org"]).status_code == 202
    if target.app is not None:
        from mocks.vendors.movio import Exhibitor

        state = target.app.state()
        assert isinstance(state, Exhibitor)
        assert sorted(state.contact_lists[list_id]) == ["b@example.org"]


@pytest.mark.vendor("movio")
def test_movio_upsert_twice_counts_updates(api_schema: Any, target: Target) -> None:
    """The same films upserted twice: created the first time, updated the second."""
    films = [{"film_id": f"scenario-{uuid.uuid4().hex[:8]}-{n}", "title": f"Film {n}"} for n in range(3)]

    def upsert() -> Any:
        return call(api_schema, target, "/films", "PUT", body=films, media_type="application/json")

    first, second = upsert(), upsert()
    assert first.status_code == second.status_code == 202
    assert first.json() == {"total": 3, "created_count": 3, "updated_count": 0}
    assert second.json() == {"total": 3, "created_count": 0, "updated_count": 3}


@pytest.mark.vendor("esputnik")
def test_esputnik_shop_integration(api_schema: Any, target: Target) -> None:
    """subscribe -> bulk upsert -> search with paging -> event -> order -> unsubscribe -> delete.

    The shop's customers are told apart by a last name of their own; imports are asynchronous
    live, so the search expects the import to have finished (the mock finishes at once)."""
    tag = uuid.uuid4().hex[:12]
    family, segment = f"Shop{tag}", f"Newsletter {tag}"
    ann, bob, cid = (f"{name}-{tag}@example.org" for name in ("ann", "bob", "cid"))

    def post(path: str, body: Any) -> Any:
        return call(api_schema, target, path, "POST", body=body, media_type="application/json")

    subscribed = post(
        "/v1/contact/subscribe",
        {"contact": {"channels": [{"type": "email", "value": ann}]}, "groups": [segment]},
    )
    assert subscribed.status_code == 200
    ann_id = subscribed.json()["id"]

    customers = [
        {
            "externalCustomerId": f"{tag}-{n}",
            "firstName": name,
            "lastName": family,
            "channels": [{"type": "email", "value": address}],
        }
        for n, (name, address) in enumerate((("Ann", ann), ("Bob", bob), ("Cid", cid)))
    ]
    imported = post("/v1/contacts", {"dedupeOn": "email", "groupNames": [segment], "contacts": customers})
    assert imported.status_code == 200
    assert "failedContacts" not in imported.json()

    def search(start: int) -> Any:
        query = {"lastname": family, "startindex": start, "maxrows": 2}
        return call(api_schema, target, "/v1/contacts", "GET", query=query)

    first, second = search(1), search(3)
    assert first.headers["totalcount"] == second.headers["totalcount"] == ["3"]
    found = first.json() + second.json()
    assert [(c["firstName"], c["externalCustomerId"]) for c in found] == [
        ("Ann", f"{tag}-0"),
        ("Bob", f"{tag}-1"),
        ("Cid", f"{tag}-2"),
    ]
    assert found[0]["id"] == ann_id  # the subscriber was updated, not duplicated
    assert [g["name"] for g in found[0]["groups"]] == [segment]

    event = {
        "eventTypeKey": "cartAbandoned",
        "keyValue": ann,
        "params": [{"name": "EmailAddress", "value": ann}],
    }
    registered = post("/v1/event", event)
    assert (registered.status_code, registered.content) == (200, b"")

    order = {
        "externalOrderId": f"order-{tag}",
        "externalCustomerId": f"{tag}-0",
        "totalCost": 990,
        "status": "DELIVERED",
        "date": "2024-03-08T09:30:00+02:00",
        "currency": "USD",
        "email": ann,
    }
    assert post("/v1/orders", {"orders": [order]}).status_code == 200
    read = call(api_schema, target, "/v1/contact/{id}", "GET", path_parameters={"id": ann_id})
    assert read.json()["ordersInfo"] == {"lastDate": "2024-03-08T09:30:00+02:00", "count": 1}

    assert post("/v1/emails/unsubscribed/add", {"emails": [ann]}).status_code == 200
    query = {"externalCustomerId": f"{tag}-0"}
    deleted = call(api_schema, target, "/v1/contact", "DELETE", query=query)
    assert (deleted.status_code, deleted.text) == (200, f"Contact with id='{ann_id}' has been deleted")
    gone = call(api_schema, target, "/v1/contact/{id}", "GET", path_parameters={"id": ann_id})
    assert gone.status_code == 404
    assert search(1).headers["totalcount"] == ["2"]
    if target.app is not None:
        from mocks.vendors.esputnik import Organisation

        state = target.app.state()
        assert isinstance(state, Organisation)
        assert ann in state.unsubscribed
        assert [(e.type_key, e.contact_id) for e in state.events if e.contact_id == ann_id] == [
            ("subscribeFromApi", ann_id),
            ("cartAbandoned", ann_id),
            ("orderDELIVERED", ann_id),
        ]
