"""Movalio HTTP API v1: subscribers and what the actions do to them.

Credentials: the `Authentication` header must be `MOVALIO_APP_ID:MOVALIO_CLIENT_KEY` (defaults
`mock-app-id` and `mock-client-key`, from the spec's `x-credentials`), the variables the live
contract tests read.

Rules the docs leave open, as the mock decides them: `updated_at` moves when an action changes
the subscriber (update, (un/re)subscribe, tags, events, cart); reading the details or sending a
campaign changes nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from mocks.rules import Call, Clock, Rejected, Reply, SampleRequest, VendorRules
from mocks.schemas import Problem

__all__ = ["DUPLICATE_EMAIL", "RULES", "Subscriber", "Subscribers"]

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


@dataclass(slots=True)
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


class Subscribers:
    """One account's subscribers, keyed by uuid (and their emails, lower-cased, for the
    duplicate check); tag ids are shared across the account."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.subscribers: dict[str, Subscriber] = {}
        self.emails: set[str] = set()
        self.tag_ids: dict[str, int] = {}

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.clock(), UTC)

    def perform(self, call: Call) -> Reply:
        """The one operation: dispatch on the body's `action`."""
        body: dict[str, Any] = call.body
        if body["action"] == "subscribe":
            return self.subscribe(body)
        subscriber = self.find(body)
        action, changes = ACTIONS[body["action"]]
        if changes:
            subscriber.updated_at = self.now()
        return action(self, subscriber, body)

    def subscribe(self, body: dict[str, Any]) -> Reply:
        email = body.get("email")
        if email is not None and email.lower() in self.emails:
            raise Rejected(400, "Validation error", [Problem("body", "email", DUPLICATE_EMAIL)])
        subscriber = Subscriber(str(uuid.uuid4()), body["type"], email, self.now())
        if "user_id" in body:
            subscriber.user_id = _external_id(body["user_id"])
        subscriber.profile = {name: body[name] for name in PROFILE_FIELDS if name in body}
        self.tag(subscriber, body.get("tags", {}))
        self.subscribers[subscriber.uuid] = subscriber
        if email is not None:
            self.emails.add(email.lower())
        return Reply(201, {"uuid": subscriber.uuid})

    def find(self, body: dict[str, Any]) -> Subscriber:
        """The subscriber named by `uuid`, or else by the external `user_id`; 404 if none."""
        if "uuid" in body:
            found = self.subscribers.get(body["uuid"])
        else:
            user_id = _external_id(body["user_id"])
            found = next((s for s in self.subscribers.values() if s.user_id == user_id), None)
        if found is None:
            raise Rejected(404, "Subscriber not found.")
        return found

    def details(self, subscriber: Subscriber, body: dict[str, Any]) -> Reply:
        return Reply(
            200,
            {
                "unsubscribed": int(subscriber.unsubscribed),
                "email": subscriber.email,
                "tags": [
                    {"name": name, "value": _tag_value(value), "id": self.tag_ids[name]}
                    for name, value in subscriber.tags.items()
                ],
                "updated_at": subscriber.updated_at.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            },
        )

    def delete(self, subscriber: Subscriber, body: dict[str, Any]) -> Reply:
        del self.subscribers[subscriber.uuid]
        self.emails.discard((subscriber.email or "").lower())
        return Reply(200, {})

    def send_campaign(self, subscriber: Subscriber, body: dict[str, Any]) -> Reply:
        subscriber.campaigns_sent.append(body)
        return Reply(200, {"message": "Campaign was queued for sending."})

    def update(self, subscriber: Subscriber, body: dict[str, Any]) -> Reply:
        subscriber.profile |= {name: body[name] for name in PROFILE_FIELDS if name in body}
        if "uuid" in body and "user_id" in body:
            subscriber.user_id = _external_id(body["user_id"])
        return Reply(200, {})

    def unsubscribe(self, subscriber: Subscriber, body: dict[str, Any]) -> Reply:
        subscriber.unsubscribed = True
        return Reply(200, {})

    def resubscribe(self, subscriber: Subscriber, body: dict[str, Any]) -> Reply:
        subscriber.unsubscribed = False
        if body["campaign_id"] == 0:
            subscriber.resubscribed_campaigns.clear()
        else:
            subscriber.resubscribed_campaigns.add(int(body["campaign_id"]))
        return Reply(200, {})

    def add_tags(self, subscriber: Subscriber, body: dict[str, Any]) -> Reply:
        self.tag(subscriber, body["tags"])
        return Reply(200, {})

    def remove_tags(self, subscriber: Subscriber, body: dict[str, Any]) -> Reply:
        for name in body["tags"]:
            subscriber.tags.pop(name, None)
        return Reply(200, {})

    def sync_cart(self, subscriber: Subscriber, body: dict[str, Any]) -> Reply:
        subscriber.cart = body["content"]
        return Reply(200, {})

    def record_event(self, subscriber: Subscriber, body: dict[str, Any]) -> Reply:
        """notification:* and product:event: kept in order (members the spec does not name,
        which it lets through, are kept as sent)."""
        subscriber.events.append({k: v for k, v in body.items() if k not in ("uuid", "user_id")})
        return Reply(200, {})

    def record_tagged_event(self, subscriber: Subscriber, body: dict[str, Any]) -> Reply:
        """subscriber:event: kept in order, its tags applied."""
        subscriber.events.append({k: v for k, v in body.items() if k not in ("uuid", "user_id", "tags")})
        self.tag(subscriber, body.get("tags", {}))
        return Reply(200, {})

    def tag(self, subscriber: Subscriber, tags: dict[str, Any]) -> None:
        for name, value in tags.items():
            self.tag_ids.setdefault(name, len(self.tag_ids) + 1)
            subscriber.tags[name] = value


Action = Callable[[Subscribers, Subscriber, dict[str, Any]], Reply]
ACTIONS: dict[str, tuple[Action, bool]] = {
    "subscriber:details": (Subscribers.details, False),
    "subscriber:delete": (Subscribers.delete, False),
    "campaign:send": (Subscribers.send_campaign, False),
    "subscriber:update": (Subscribers.update, True),
    "unsubscribe": (Subscribers.unsubscribe, True),
    "resubscribe": (Subscribers.resubscribe, True),
    "subscriber:tag": (Subscribers.add_tags, True),
    "subscriber:remove-tag": (Subscribers.remove_tags, True),
    "cart:sync": (Subscribers.sync_cart, True),
    "subscriber:event": (Subscribers.record_tagged_event, True),
    "notification:show": (Subscribers.record_event, True),
    "notification:close": (Subscribers.record_event, True),
    "notification:click": (Subscribers.record_event, True),
    "product:event": (Subscribers.record_event, True),
}
"""Each action on an existing subscriber: what it does, and whether it changes `updated_at`."""


def error_body(status: int, message: str, problems: Sequence[Problem]) -> Any:
    """`{message}`, and for 400 `{message, errors: {field: [messages]}}`."""
    if status != 400:
        return {"message": message}
    errors: dict[str, list[str]] = {}
    for problem in problems:
        errors.setdefault(problem.field or problem.location, []).append(problem.message)
    return {"message": "Validation error" if problems else message, "errors": errors}


def is_business_rule(status: int, body: Any) -> bool:
    """A schema-valid subscribe whose email exists is refused with 400 (documented)."""
    errors = body.get("errors", {}) if status == 400 and isinstance(body, dict) else {}
    return isinstance(errors, dict) and DUPLICATE_EMAIL in errors.get("email", [])


def sample(n: int) -> SampleRequest:
    return SampleRequest(
        "POST", "/", {"action": "subscribe", "type": "email", "email": f"bench{n}@example.org"}
    )


RULES = VendorRules(
    new_state=Subscribers,
    handlers={"perform_action": Subscribers.perform},
    error_body=error_body,
    validation_status=400,
    is_business_rule=is_business_rule,
    unsound_checks={
        "ensure_resource_availability": (
            "every action is a POST to one path, so the check cannot see that a subscriber:delete "
            "ran between the subscribe and a later action; it reads the documented 404 after a "
            "delete as a lost subscriber (the lifecycle scenario checks subscribe, read, delete, 404)"
        ),
    },
    sample=sample,
)
