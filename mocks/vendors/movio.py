"""Movio EQ Exhibitor API: contact lists, bulk records, member subscriptions.

Credentials: the token endpoint (`POST /oauth/token`, both regions) accepts the client
`MOVIO_CLIENT_ID` / `MOVIO_CLIENT_SECRET` (defaults `mock-client-id` and `mock-client-secret`,
from the spec's `x-credentials`), the variables the live contract tests read. Its tokens expire
after the app's `token_lifetime` seconds (default 86400: Movio's "usually 24 hours").

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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from mocks.rules import Call, Clock, Rejected, Reply, SampleRequest, VendorRules
from mocks.schemas import Problem

__all__ = ["CATEGORIES", "RULES", "Exhibitor", "Records"]

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


class Exhibitor:
    """One account: contact lists, records of each kind, subscriptions per member, seeded categories."""

    def __init__(self, clock: Clock) -> None:
        self.contact_lists: dict[str, dict[str, Contact]] = {}
        self.records = {kind: Records(kind) for kind in RECORD_KINDS}
        self.subscriptions: dict[str, list[dict[str, Any]]] = {}
        self.categories = copy.deepcopy(list(CATEGORIES))

    def update_contacts(self, call: Call) -> Reply:
        return Reply(202, self._update_contacts(call.path["contactList_id"], call.query["action"], call.body))

    def replace_subscriptions(self, call: Call) -> Reply:
        entries = [{"state": "UNSUBSCRIBED"} | entry for entry in call.body]
        self.subscriptions[call.path["member_id"]] = entries
        return Reply(204)

    def list_categories(self, call: Call) -> Reply:
        return Reply(200, self.categories)

    def upsert(self, kind: str, call: Call) -> Reply:
        return Reply(202, self.records[kind].upsert(call.body))

    def delete(self, kind: str, call: Call) -> Reply:
        records = self.records[kind]
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


def error_body(status: int, message: str, problems: Sequence[Problem]) -> Any:
    """`{message, entities: [{field, message}]}`."""
    entities = [{"field": p.field or p.location, "message": p.message} for p in problems]
    return {"message": message, "entities": entities}


def _kind_handler(
    action: Callable[[Exhibitor, str, Call], Reply], kind: str
) -> Callable[[Exhibitor, Call], Reply]:
    return lambda exhibitor, call: action(exhibitor, kind, call)


def sample(n: int) -> SampleRequest:
    return SampleRequest("PUT", "/films", [{"film_id": f"F{k}", "title": f"Film {k}"} for k in range(10)])


RULES = VendorRules(
    new_state=Exhibitor,
    handlers={
        "update_contact_list_contacts": Exhibitor.update_contacts,
        "replace_member_subscriptions": Exhibitor.replace_subscriptions,
        "list_subscription_categories": Exhibitor.list_categories,
        "upsert_films": _kind_handler(Exhibitor.upsert, "film"),
        "upsert_tickets": _kind_handler(Exhibitor.upsert, "ticket"),
        "upsert_cinemas": _kind_handler(Exhibitor.upsert, "cinema"),
        "upsert_items": _kind_handler(Exhibitor.upsert, "item"),
        "upsert_transactions": _kind_handler(Exhibitor.upsert, "transaction"),
        "upsert_members": _kind_handler(Exhibitor.upsert, "member"),
        "delete_film": _kind_handler(Exhibitor.delete, "film"),
        "delete_ticket": _kind_handler(Exhibitor.delete, "ticket"),
        "delete_cinema": _kind_handler(Exhibitor.delete, "cinema"),
        "delete_item": _kind_handler(Exhibitor.delete, "item"),
    },
    error_body=error_body,
    validation_status=422,
    sample=sample,
)
