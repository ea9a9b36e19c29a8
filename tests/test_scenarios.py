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
