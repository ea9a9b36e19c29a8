"""Movalio HTTP API v1: subscribers and what the actions do to them.

Credentials: the `Authentication` header must be `MOVALIO_APP_ID:MOVALIO_CLIENT_KEY` (defaults
`mock-app-id` and `mock-client-key`), the same variables the live contract tests read.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from mocks.core import Call, MockServer, Rejected, Reply
from mocks.schemas import Problem
from scripts.vendors import Vendor

DEFAULT_APP_ID = "mock-app-id"
DEFAULT_CLIENT_KEY = "mock-client-key"
DUPLICATE_EMAIL = "A subscriber with this email already exists."
PROFILE_FIELDS = (
    "token",
    "platform",
    "firstname",
    "lastname",
    "phone",
    "language",
    "currency",
    "timezone",
    "ua",
)


def api_key_from_env() -> str:
    """The `Authentication` header value: `APP_ID:CLIENT_KEY` from the environment."""
    app_id = os.environ.get("MOVALIO_APP_ID", DEFAULT_APP_ID)
    return f"{app_id}:{os.environ.get('MOVALIO_CLIENT_KEY', DEFAULT_CLIENT_KEY)}"


@dataclass
class Subscriber:
    """One subscriber and everything the actions recorded about it."""

    uuid: str
    type: str
    email: str | None
    updated_at: datetime
    user_id: str | None = None
    unsubscribed: bool = False
    profile: dict[str, Any] = field(default_factory=dict)
    tags: dict[str, Any] = field(default_factory=dict)
    resubscribed_campaigns: set[int] = field(default_factory=set)
    events: list[dict[str, Any]] = field(default_factory=list)
    cart: dict[str, Any] | None = None
    campaigns_sent: list[dict[str, Any]] = field(default_factory=list)


def _external_id(value: str | float) -> str:
    """An external user id as text: `4212451`, `4212451.0` and `"4212451"` are the same user."""
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


def _tag_value(value: Any) -> str | None:
    """Tag values come back as strings (or null), whatever JSON type was sent."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


class MovalioRules:
    """The account's subscribers, keyed by uuid; tag ids are shared across the account."""

    validation_status = 400

    def __init__(self, now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self.now = now
        self.subscribers: dict[str, Subscriber] = {}
        self.tag_ids: dict[str, int] = {}

    def error_body(self, status: int, message: str, problems: Sequence[Problem]) -> Any:
        if status != 400:
            return {"message": message}
        errors: dict[str, list[str]] = {}
        for problem in problems:
            errors.setdefault(problem.field or problem.location, []).append(problem.message)
        return {"message": "Validation error" if problems else message, "errors": errors}

    def handle(self, call: Call) -> Reply:
        body: dict[str, Any] = call.body
        action = body["action"]
        if action == "subscribe":
            return self._subscribe(body)
        subscriber = self._find(body)
        subscriber.updated_at = self.now()
        if action == "subscriber:details":
            return Reply(200, self._details(subscriber))
        if action == "subscriber:delete":
            del self.subscribers[subscriber.uuid]
        elif action == "campaign:send":
            subscriber.campaigns_sent.append(body)
            return Reply(200, {"message": "Campaign was queued for sending."})
        else:
            self._apply(action, subscriber, body)
        return Reply(200, {})

    def _subscribe(self, body: dict[str, Any]) -> Reply:
        email = body.get("email")
        if email is not None and any(
            (s.email or "").lower() == email.lower() for s in self.subscribers.values()
        ):
            raise Rejected(400, "Validation error", [Problem("body", "email", DUPLICATE_EMAIL)])
        subscriber = Subscriber(str(uuid.uuid4()), body["type"], email, self.now())
        if "user_id" in body:
            subscriber.user_id = _external_id(body["user_id"])
        subscriber.profile = {name: body[name] for name in PROFILE_FIELDS if name in body}
        self._tag(subscriber, body.get("tags", {}))
        self.subscribers[subscriber.uuid] = subscriber
        return Reply(201, {"uuid": subscriber.uuid})

    def _find(self, body: dict[str, Any]) -> Subscriber:
        """The subscriber named by `uuid`, or else by the external `user_id`; 404 if none."""
        if "uuid" in body:
            found = self.subscribers.get(body["uuid"])
        else:
            user_id = _external_id(body["user_id"])
            found = next((s for s in self.subscribers.values() if s.user_id == user_id), None)
        if found is None:
            raise Rejected(404, "Subscriber not found.")
        return found

    def _apply(self, action: str, subscriber: Subscriber, body: dict[str, Any]) -> None:
        if action == "subscriber:update":
            subscriber.profile |= {name: body[name] for name in PROFILE_FIELDS if name in body}
            if "uuid" in body and "user_id" in body:
                subscriber.user_id = _external_id(body["user_id"])
        elif action == "unsubscribe":
            subscriber.unsubscribed = True
        elif action == "resubscribe":
            subscriber.unsubscribed = False
            if body["campaign_id"] == 0:
                subscriber.resubscribed_campaigns.clear()
            else:
                subscriber.resubscribed_campaigns.add(int(body["campaign_id"]))
        elif action == "subscriber:tag":
            self._tag(subscriber, body["tags"])
        elif action == "subscriber:remove-tag":
            for name in body["tags"]:
                subscriber.tags.pop(name, None)
        elif action == "cart:sync":
            subscriber.cart = body["content"]
        else:  # subscriber:event, notification:*, product:event
            subscriber.events.append({k: v for k, v in body.items() if k not in ("uuid", "user_id", "tags")})
            self._tag(subscriber, body.get("tags", {}))

    def _tag(self, subscriber: Subscriber, tags: dict[str, Any]) -> None:
        for name, value in tags.items():
            self.tag_ids.setdefault(name, len(self.tag_ids) + 1)
            subscriber.tags[name] = value

    def _details(self, subscriber: Subscriber) -> dict[str, Any]:
        return {
            "unsubscribed": int(subscriber.unsubscribed),
            "email": subscriber.email,
            "tags": [
                {"name": name, "value": _tag_value(value), "id": self.tag_ids[name]}
                for name, value in subscriber.tags.items()
            ],
            "updated_at": subscriber.updated_at.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        }


def create_app(*, api_key: str | None = None, now: Callable[[], datetime] | None = None) -> MockServer:
    """A Movalio mock with no subscribers, accepting `api_key` (default: from the environment)."""
    spec = Vendor("movalio").resolved_for_mock()
    scheme = next(iter(spec["components"]["securitySchemes"]))
    return MockServer(
        spec,
        lambda: MovalioRules(now) if now else MovalioRules(),
        api_keys={scheme: api_key or api_key_from_env()},
    )
