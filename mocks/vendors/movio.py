"""Movio EQ Exhibitor API: contact lists, bulk records, member subscriptions.

Credentials: the token endpoint (`POST /oauth/token`, both regions) accepts the client
`MOVIO_CLIENT_ID` / `MOVIO_CLIENT_SECRET` from the environment (defaults `mock-client-id` and
`mock-client-secret`), the same variables the live contract tests read. Its tokens expire after
`token_lifetime` seconds (default 86400: Movio's "usually 24 hours").

Rules the docs leave open, as the mock decides them:
- Contact lists are created in the EQ application, not by the API, so every list id names an
  existing list, empty until contacts are added. Contacts are keyed by email, case-insensitively;
  the address is kept as last sent.
- Bulk requests (records and contacts) are applied in order: an id (or email) new to the store
  counts as created, a known one as updated, so a repeated id counts as created at most once and
  each later copy as updated (`created_count + updated_count == total`). A later record replaces
  the earlier copy; a later contact's attributes are merged into it.
- Records are stored as sent and not cross-checked: a transaction may name an unknown member,
  cinema, film, ticket or item.
- Deleted films, tickets, cinemas and items are kept, marked deleted, as Movio keeps them "for
  historical purposes": deleting one again is a 404, and an upsert revives it (counted as updated).
- Any member id takes subscriptions (members need not have been upserted first), and any category
  id is accepted.
- Subscription categories are set up by Movio staff, so the mock starts with `CATEGORIES`.
"""

from __future__ import annotations

import copy
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from mocks.core import Call, MockServer, Rejected, Reply
from mocks.schemas import Problem
from scripts.vendors import Vendor

DEFAULT_CLIENT_ID = "mock-client-id"
DEFAULT_CLIENT_SECRET = "mock-client-secret"
RECORD_KINDS = ("film", "ticket", "cinema", "item", "transaction", "member")
CATEGORIES: tuple[dict[str, Any], ...] = (
    {"id": 1042, "name": "Newsletter", "channels": ["EMAIL", "SMS"]},
    {"id": 1043, "name": "Offers", "channels": ["EMAIL", "SMS"]},
    {"id": 1044, "name": "Session reminders", "channels": ["SMS"]},
)

Contact = dict[str, str]


def counts(total: int, created: int, updated: int) -> dict[str, int]:
    """A `BulkUpsertResult`."""
    return {"total": total, "created_count": created, "updated_count": updated}


@dataclass
class Records:
    """The records of one kind, keyed by their id field; deleted ones stay, marked."""

    kind: str
    records: dict[str, dict[str, Any]] = field(default_factory=dict)
    deleted: set[str] = field(default_factory=set)

    @property
    def key(self) -> str:
        return f"{self.kind}_id"

    def upsert(self, items: list[dict[str, Any]]) -> dict[str, int]:
        created = 0
        for item in items:
            record_id = item[self.key]
            created += record_id not in self.records
            self.records[record_id] = item
            self.deleted.discard(record_id)
        return counts(len(items), created, len(items) - created)

    def delete(self, record_id: str) -> None:
        if record_id not in self.records or record_id in self.deleted:
            state = "is already deleted" if record_id in self.deleted else "does not exist"
            message = f"{self.kind} {record_id!r} {state}"
            raise Rejected(404, message, [Problem("path", self.key, message)])
        self.deleted.add(record_id)


class MovioRules:
    """Contact lists, records of each kind, subscriptions per member, seeded categories."""

    validation_status = 422

    def __init__(self) -> None:
        self.contact_lists: dict[str, dict[str, Contact]] = {}
        self.records = {kind: Records(kind) for kind in RECORD_KINDS}
        self.subscriptions: dict[str, list[dict[str, Any]]] = {}
        self.categories = copy.deepcopy(list(CATEGORIES))

    def error_body(self, status: int, message: str, problems: Sequence[Problem]) -> Any:
        entities = [{"field": p.field or p.location, "message": p.message} for p in problems]
        return {"message": message, "entities": entities}

    def handle(self, call: Call) -> Reply:
        operation = call.operation_id
        if operation == "update_contact_list_contacts":
            result = self._update_contacts(call.path["contactList_id"], call.query["action"], call.body)
            return Reply(202, result)
        if operation == "replace_member_subscriptions":
            entries = [{"state": "UNSUBSCRIBED"} | entry for entry in call.body]
            self.subscriptions[call.path["member_id"]] = entries
            return Reply(204)
        if operation == "list_subscription_categories":
            return Reply(200, self.categories)
        if operation.startswith("upsert_"):
            kind = operation.removeprefix("upsert_").removesuffix("s")
            return Reply(202, self.records[kind].upsert(call.body))
        records = self.records[operation.removeprefix("delete_")]
        records.delete(call.path[records.key])
        return Reply(204)

    def _update_contacts(self, list_id: str, action: str, contacts: list[Contact]) -> dict[str, int]:
        """`append` merges, `replace` sets the list to exactly `contacts`, `delete` removes them.

        For `delete`, `updated_count` is the number of contacts removed and `created_count` 0;
        addresses not in the list are ignored.
        """
        stored = self.contact_lists.setdefault(list_id, {})
        if action == "delete":
            removed = sum(stored.pop(contact["email"].lower(), None) is not None for contact in contacts)
            return counts(len(contacts), 0, removed)
        before = set(stored)
        if action == "replace":
            stored.clear()
        created = 0
        for contact in contacts:
            key = contact["email"].lower()
            created += key not in before and key not in stored
            stored[key] = stored.get(key, {}) | contact
        return counts(len(contacts), created, len(contacts) - created)


def create_app(
    *,
    client_id: str | None = None,
    client_secret: str | None = None,
    token_lifetime: float = 86400.0,
    clock: Callable[[], float] = time.monotonic,
) -> MockServer:
    """A Movio mock with fresh state, accepting one OAuth2 client (default: from the environment)."""
    client_id = client_id or os.environ.get("MOVIO_CLIENT_ID", DEFAULT_CLIENT_ID)
    client_secret = client_secret or os.environ.get("MOVIO_CLIENT_SECRET", DEFAULT_CLIENT_SECRET)
    return MockServer(
        Vendor("movio").resolved_for_mock(),
        MovioRules,
        oauth_clients={client_id: client_secret},
        token_lifetime=token_lifetime,
        clock=clock,
    )
