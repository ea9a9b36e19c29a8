"""eSputnik (Yespo) REST API: contacts, segments, the unsubscribed list, events, orders and sends.

Credentials: HTTP Basic with any user name and the API key `ESPUTNIK_API_KEY` as the password
(default `mock-api-key`, from the spec's `x-credentials`), the variable the live contract tests
read. Errors are plain text, as eSputnik answers them.

Rules the docs leave open, as the mock decides them:
- Contacts are matched by `externalCustomerId` first, then by `dedupeOn` (default
  `email_or_sms`, so a re-sent contact with any known channel is updated, never duplicated);
  emails compare case-insensitively and phones by their digits. When several contacts share
  the key, the one changed last wins; a contact sent with an `externalCustomerId` never takes
  over one that already has a different id (a new contact is created instead). A contact keeps
  one channel per type.
- Bulk updates merge: what is sent replaces what is stored, `contactFields` and
  `customFieldsIDs` limit what an update of an existing contact may change (new contacts take
  everything sent). `PUT /v1/contact/{id}` replaces the contact's data whole. A bulk contact
  with no channel and no `externalCustomerId` cannot be matched and is listed in
  `failedContacts` as sent.
- Deleted contacts are 404; `restoreDeleted: true` lets a bulk update match (and restore) a
  deleted contact, otherwise deleted contacts are passed over. `erase=true` forgets the contact
  with its events and memberships.
- The unsubscribed list holds addresses, not contacts: a contact is unsubscribed while its email
  is listed (`Organisation.is_unsubscribed`), whenever the address was added. The contact as
  read has no documented place for it, so the API shows it nowhere.
- Imports finish at once: the status of a session is `FINISHED` with its counts. A file upload
  is not fetched, so it imports nothing (its segments are still created).
- Prepared messages are made in the account, so every message id above 0 names one. Sends
  queue each valid recipient (`OK` with a `requestId`) and refuse the others (`ERROR` with a
  `message`); with one recipient `results` is a single object, as in the FAQ. A queued message
  reads as `DELIVERED`. Single sends to an unknown address create a contact with just that
  channel.
- Events are kept in order with the contact they name (a param from the docs' identifier list,
  or `externalCustomerId`); v2 events without `keyValue` take it from the first usable param of
  contactId, externalCustomerId, email, phone, pushToken (empty and `null` values are skipped).
  Orders, subscriptions and `eventKeyForNewContacts` fire their documented events too.
  A v2 `contactJson` param is kept as sent (not validated) and an `ip` param adds no location.
- An order's customer is the contact with its `externalCustomerId`, else its email, else its
  phone; a missing one is created from the order. `ordersInfo` counts the contact's orders.
- Segments named by a subscription or a bulk `groupNames` are created (static) when missing.
- The account info, version, balance and address book are the docs' samples (the spec's examples).
"""

from __future__ import annotations

import copy
import functools
import itertools
import re
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from mocks.registry import load_spec
from mocks.routing import operations
from mocks.rules import Call, Clock, Rejected, Reply, SampleRequest, VendorRules
from mocks.schemas import Problem

__all__ = ["RULES", "Contact", "Event", "Organisation", "Segment"]

FIRST_CONTACT_ID = 95064060
FIRST_SEGMENT_ID = 3601264
ADDRESS_BOOK_ID = 7200
DEFAULT_MAXROWS = 500
DEFAULT_DEDUPE = "email_or_sms"
NO_EVENT_KEY = (
    "keyValue is not set and no contactId, externalCustomerId, email, phone or pushToken param is given"
)
ORDERS_TO_DELETE = "give externalOrderId, or both from and to"
ORDER_RANGE_ORDER = "from must be before to"
ORDER_RANGE_LENGTH = "from and to must be at most 24 hours apart"
ORDER_RANGE_DATE = "from and to must be real dates"
BUSINESS_RULES = frozenset(
    {NO_EVENT_KEY, ORDERS_TO_DELETE, ORDER_RANGE_ORDER, ORDER_RANGE_LENGTH, ORDER_RANGE_DATE}
)
"""The 400 texts refusing schema-valid requests, as the docs describe."""

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE = re.compile(r"^\+?[0-9 ()-]{7,20}$")
ADDRESSES = {"email": (EMAIL, "Invalid email"), "sms": (PHONE, "Invalid phone number")}
"""What a single send takes as an address of each channel type, and the refusal of anything else."""
ORDER_CUSTOMER = (("externalCustomerId", "externalCustomerId"), ("email", "email"), ("sms", "phone"))
"""An order's fields naming its customer, in the order they are looked up, with the identifier each is."""
IDENTIFIER_PARAMS = {
    "contactid": "id",
    "contact_id": "id",
    "email": "email",
    "emailaddress": "email",
    "useremail": "email",
    "contactemail": "email",
    "phone": "sms",
    "sms": "sms",
    "phonenumber": "sms",
    "pushtoken": "mobilepush",
    "contactkey": "contactKey",
    "contact_key": "contactKey",
    "externalcustomerid": "externalCustomerId",
}
"""Event params naming a contact (case-insensitive), and what of the contact they name."""
V2_KEY_PARAMS = ("contactid", "externalcustomerid", "email", "phone", "pushtoken")
STORED = ("firstName", "lastName", "contactKey", "externalCustomerId", "languageCode", "timeZone")
"""The standard fields kept as sent (besides channels, address and fields)."""
UNRESTRICTED = ("externalCustomerId", "languageCode", "timeZone")
"""Standard fields `contactFields` cannot name, so it never holds them back."""


def _email(value: str) -> str:
    return value.strip().lower()


def _phone(value: str) -> str:
    return re.sub(r"\D", "", value)


NORMALISE: dict[str, Callable[[str], str]] = {"email": _email, "sms": _phone}


def _normal(kind: str, value: Any) -> str:
    return NORMALISE.get(kind, str.strip)(str(value))


def _usable(value: Any) -> bool:
    return value is not None and str(value).strip() not in ("", "null")


def address_of(data: dict[str, Any], kind: str) -> str | None:
    """The contact's address of one channel type, as sent; None without one."""
    return next((channel["value"] for channel in data.get("channels", []) if channel["type"] == kind), None)


def channel_value(data: dict[str, Any], kind: str) -> str | None:
    """The contact's address of one channel type, normalised for comparing; None without one."""
    found = address_of(data, kind)
    return None if found is None else _normal(kind, found)


def _moment(text: str) -> datetime | None:
    """A date or date-time as a UTC moment (no offset: UTC); None when it is no real date."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


@dataclass
class Contact:
    """A contact: its data as sent (names, channels, address, fields, ids) and what the mock tracks."""

    id: int
    data: dict[str, Any]
    confirmed: bool
    revision: int = 0
    keys: set[str] = field(default_factory=set)
    """Its identifiers, as indexed (see `identifiers`)."""


@dataclass
class Segment:
    """A static segment and its members' ids, in the order they joined."""

    id: int
    name: str
    members: dict[int, None] = field(default_factory=dict)

    def view(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "type": "Static"}


@dataclass
class Event:
    """An event as recorded: live (v1, v2), past, or fired by the API itself."""

    type_key: str
    key_value: str | None
    params: list[dict[str, Any]]
    contact_id: int | None
    source: str
    occurred: str | None = None


@dataclass
class Sent:
    """A message queued by a send, known to the message status by its requestId."""

    channel: str
    locator: str
    message_id: int | None


CHANNEL_KINDS = ("email", "sms", "mobilepush", "webpush")
DEDUPE_KINDS: dict[str, tuple[str, ...]] = {
    "email": ("email",),
    "sms": ("sms",),
    "email_or_sms": ("email", "sms"),
    "id": ("id",),
    "fieldId": ("field{field_id}",),
    "push": ("mobilepush",),
    "webpush": ("webpush",),
    "externalCustomerId": ("externalCustomerId",),
}
"""The kinds of identifier each `dedupeOn` matches on; two contacts match when they share one."""


def _key(kind: str, value: Any) -> str:
    return f"{kind}:{_normal(kind, value)}"


def identifiers(data: dict[str, Any]) -> set[str]:
    """Every identifier of a contact as `kind:value`, normalised: its channels, `id`,
    `externalCustomerId`, `contactKey` and additional field values (kind `field<id>`)."""
    found = {f"{kind}:{value}" for kind in CHANNEL_KINDS if (value := channel_value(data, kind))}
    found |= {
        _key(kind, data[kind])
        for kind in ("id", "externalCustomerId", "contactKey")
        if _usable(data.get(kind))
    }
    return found | {f"field{f['id']}:{f['value']}" for f in data.get("fields", []) if f.get("value")}


def merged(
    stored: dict[str, Any],
    sent: dict[str, Any],
    only: set[str] | None = None,
    field_ids: set[int] | None = None,
) -> dict[str, Any]:
    """`stored` updated by `sent`: standard fields limited to `only` (contactFields names), additional
    fields to `field_ids` (customFieldsIDs), each when given."""

    def allowed(name: str) -> bool:
        return only is None or name in only

    result = {
        name: value for name, value in stored.items() if name in (*STORED, "channels", "address", "fields")
    }
    result |= {
        name: sent[name] for name in STORED if name in sent and (name in UNRESTRICTED or allowed(name))
    }
    channels = {channel["type"]: channel for channel in stored.get("channels", [])}
    channels |= {
        c["type"]: c
        for c in sent.get("channels", [])
        if c["type"] not in ("email", "sms") or allowed(c["type"])
    }
    result["channels"] = list(channels.values())
    address = stored.get("address", {}) | {k: v for k, v in sent.get("address", {}).items() if allowed(k)}
    fields = {f["id"]: f for f in stored.get("fields", [])}
    fields |= {f["id"]: f for f in sent.get("fields", []) if field_ids is None or f["id"] in field_ids}
    result |= {"address": address} if address else {}
    result |= {"fields": [fields[key] for key in sorted(fields)]} if fields else {}
    return result


class Organisation:
    """One account: contacts, segments, the unsubscribed list, events, orders, sends and imports."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.contacts: dict[int, Contact] = {}
        self.deleted: dict[int, Contact] = {}
        self.index: dict[str, set[int]] = {}
        """Contact ids (live and deleted) by identifier."""
        self.segments: dict[int, Segment] = {}
        self.unsubscribed: set[str] = set()
        self.events: list[Event] = []
        self.orders: dict[str, tuple[dict[str, Any], int | None]] = {}
        self.sent: dict[str, Sent] = {}
        self.imports: dict[str, dict[str, Any]] = {}
        self._contact_ids = itertools.count(FIRST_CONTACT_ID)
        self._segment_ids = itertools.count(FIRST_SEGMENT_ID)
        self._revisions = itertools.count(1)

    # Account

    def documented(self, call: Call) -> Reply:
        """The account reads answer the docs' samples (see `documented_answer`)."""
        return Reply(200, copy.deepcopy(documented_answer(call.operation_id)))

    # Unsubscribed emails

    def unsubscribe_emails(self, call: Call) -> Reply:
        self.unsubscribed |= {_email(email) for email in call.body["emails"]}
        return Reply(200)

    def resubscribe_emails(self, call: Call) -> Reply:
        self.unsubscribed -= {_email(email) for email in call.body["emails"]}
        return Reply(200)

    def is_unsubscribed(self, contact: Contact) -> bool:
        """Whether the contact's email is on the unsubscribed list."""
        return channel_value(contact.data, "email") in self.unsubscribed

    # Contacts

    def view(self, contact: Contact) -> dict[str, Any]:
        """The contact as the API reads it."""
        shown = {"id": contact.id, **contact.data, "addressBookId": ADDRESS_BOOK_ID}
        orders = [order for order, owner in self.orders.values() if owner == contact.id]
        if orders:
            last = max(orders, key=lambda order: _moment(order["date"]) or datetime.min.replace(tzinfo=UTC))
            shown["ordersInfo"] = {"lastDate": last["date"], "count": len(orders)}
        groups = [segment.view() for segment in self.segments.values() if contact.id in segment.members]
        return shown | ({"groups": groups} if groups else {})

    def live(self, contact_id: int) -> Contact:
        if contact_id not in self.contacts:
            raise Rejected(404, f"Contact with id='{contact_id}' not found")
        return self.contacts[contact_id]

    def holders(self, keys: Iterable[str], restore: bool = False) -> list[Contact]:
        """The live contacts (and deleted ones, to `restore`) with any of these identifiers."""
        ids = set().union(*(self.index.get(key, set()) for key in keys))
        found = [self.contacts.get(i) or (self.deleted.get(i) if restore else None) for i in sorted(ids)]
        return [contact for contact in found if contact is not None]

    def find(self, kind: str, value: Any) -> Contact | None:
        """The live contact (the last changed) whose identifier of `kind` is `value`."""
        return max(self.holders([_key(kind, value)]), key=lambda contact: contact.revision, default=None)

    def match(
        self, sent: dict[str, Any], dedupe_on: str, field_id: int | None, restore: bool
    ) -> Contact | None:
        """The contact a sent one updates: by externalCustomerId first, then by `dedupeOn`."""
        external = sent.get("externalCustomerId")
        same = self.holders([_key("externalCustomerId", external)], restore) if _usable(external) else []
        if not same:
            kinds = {kind.format(field_id=field_id) for kind in DEDUPE_KINDS[dedupe_on]}
            keys = [key for key in identifiers(sent) if key.split(":", 1)[0] in kinds]
            claimed = _usable(external)
            same = [
                c
                for c in self.holders(keys, restore)
                if not (claimed and _usable(c.data.get("externalCustomerId")))
            ]
        return max(same, key=lambda contact: contact.revision, default=None)

    def store(self, contact: Contact, data: dict[str, Any]) -> None:
        """Set a live contact's data, index its identifiers and mark it changed last."""
        self.unindex(contact)
        contact.data, contact.keys = data, identifiers({"id": contact.id, **data})
        for key in contact.keys:
            self.index.setdefault(key, set()).add(contact.id)
        contact.revision = next(self._revisions)
        self.deleted.pop(contact.id, None)
        self.contacts[contact.id] = contact

    def unindex(self, contact: Contact) -> None:
        for key in contact.keys:
            self.index[key].discard(contact.id)

    def upsert(
        self,
        sent: dict[str, Any],
        *,
        dedupe_on: str = DEFAULT_DEDUPE,
        field_id: int | None = None,
        restore: bool = False,
        only: set[str] | None = None,
        field_ids: set[int] | None = None,
        confirmed: bool = True,
    ) -> tuple[Contact, bool]:
        """The contact `sent` updates, or a new one; and whether it is new."""
        contact = self.match(sent, dedupe_on, field_id, restore)
        if contact is None:
            contact = Contact(next(self._contact_ids), {}, confirmed)
            self.store(contact, merged({}, sent))
            return contact, True
        self.store(contact, merged(contact.data, sent, only, field_ids))
        return contact, False

    def contact_for(self, kind: str, address: str) -> Contact:
        """The contact with this channel, created with just that channel when there is none."""
        return self.find(kind, address) or self.upsert({"channels": [{"type": kind, "value": address}]})[0]

    def search_contacts(self, call: Call) -> Reply:
        filters = {
            name: value
            for name, value in call.query.items()
            if name in ("email", "sms", "firstname", "lastname")
        }
        found = [
            contact
            for contact in self.contacts.values()
            if all(SEARCH[n](contact, v) for n, v in filters.items())
        ]
        return paged([self.view(contact) for contact in found], call.query)

    def get_contact(self, call: Call) -> Reply:
        return Reply(200, self.view(self.live(call.path["id"])))

    def add_contact(self, call: Call) -> Reply:
        contact, _ = self.upsert(call.body)
        return Reply(200, {"id": contact.id})

    def update_contact(self, call: Call) -> Reply:
        contact = self.live(call.path["id"])
        self.store(contact, merged({}, call.body))
        return Reply(200, f"Contact with id='{contact.id}' has been updated")

    def delete_contact(self, call: Call) -> Reply:
        return self._delete(self.live(call.path["id"]), erase=False)

    def delete_contact_by_external_id(self, call: Call) -> Reply:
        external = call.query["externalCustomerId"]
        contact = self.find("externalCustomerId", external)
        if contact is None:
            raise Rejected(404, f"Contact with externalCustomerId='{external}' not found")
        return self._delete(contact, erase=call.query.get("erase", False))

    def _delete(self, contact: Contact, *, erase: bool) -> Reply:
        del self.contacts[contact.id]
        if erase:
            self.unindex(contact)
            self.events = [event for event in self.events if event.contact_id != contact.id]
            for segment in self.segments.values():
                segment.members.pop(contact.id, None)
        else:
            self.deleted[contact.id] = contact
        return Reply(200, f"Contact with id='{contact.id}' has been deleted")

    def add_or_update_contacts(self, call: Call) -> Reply:
        body = call.body
        options = {
            "dedupe_on": body.get("dedupeOn", DEFAULT_DEDUPE),
            "field_id": body.get("fieldId"),
            "restore": body.get("restoreDeleted", False),
            "only": set(body["contactFields"]) if "contactFields" in body else None,
            "field_ids": set(body["customFieldsIDs"]) if "customFieldsIDs" in body else None,
        }
        counts = {"created": 0, "updated": 0}
        failed = []
        for sent in body["contacts"]:
            if not sent["channels"] and not sent.get("externalCustomerId"):
                failed.append(sent)
                continue
            contact, created = self.upsert(sent, **options)
            counts["created" if created else "updated"] += 1
            self.regroup(contact, body.get("groupNames", []), body.get("groupNamesExclude", []))
            if created and "eventKeyForNewContacts" in body:
                self.fire_new_contact(body["eventKeyForNewContacts"], contact)
        session = self.start_import(total=len(body["contacts"]), failed=len(failed), **counts)
        return Reply(200, {"asyncSessionId": session} | ({"failedContacts": failed} if failed else {}))

    def upload_contacts(self, call: Call) -> Reply:
        for name in call.body.get("groupNames", []):
            self.segment_named(name)
        return Reply(200, {"asyncSessionId": self.start_import(total=0, created=0, updated=0, failed=0)})

    def start_import(self, **counts: int) -> str:
        session = str(uuid.uuid4())
        self.imports[session] = {"asyncSessionId": session, "status": "FINISHED", **counts}
        return session

    def import_status(self, call: Call) -> Reply:
        session = call.path["sessionId"]
        if session not in self.imports:
            raise Rejected(404, f"Import session '{session}' not found")
        return Reply(200, dict(self.imports[session]))

    def fire_new_contact(self, type_key: str, contact: Contact) -> None:
        """The bulk import's event for a new contact: keyed by its email, else its phone."""
        email, phone = address_of(contact.data, "email"), address_of(contact.data, "sms")
        params = [
            {"name": "contactId", "value": str(contact.id)},
            {"name": "EmailAddress", "value": email or ""},
            {"name": "SMS", "value": phone or ""},
        ]
        self.record(type_key, email or phone, params, contact.id, "api")

    def subscribe_contact(self, call: Call) -> Reply:
        body = call.body
        sent = dict(body["contact"])
        if "fields" in body:
            sent["fields"] = [*sent.get("fields", []), *body["fields"]]
        contact, created = self.upsert(sent, dedupe_on=body.get("dedupeOn", DEFAULT_DEDUPE), confirmed=False)
        self.regroup(contact, body.get("groups", []), [])
        suffix = f"-{body['formType']}" if body.get("formType") else ""
        params = [
            {"name": "ContactId", "value": str(contact.id)},
            {"name": "EmailAddress", "value": channel_value(contact.data, "email") or ""},
        ]
        name = "subscribeFromApi" if created else "subscribeUpdateFromApi"
        self.record(name + suffix, str(contact.id), params, contact.id, "api")
        return Reply(200, {"id": contact.id})

    def contact_emails(self, call: Call) -> Reply:
        ids = [int(part) for part in call.query["ids"].split(",")]
        contacts = [self.contacts[contact_id] for contact_id in ids if contact_id in self.contacts]
        results = [
            {"contactId": contact.id, "email": email}
            for contact in contacts
            if (email := address_of(contact.data, "email")) is not None
        ]
        return Reply(200, {"results": results})

    # Segments

    def segment_named(self, name: str) -> Segment:
        found = next((segment for segment in self.segments.values() if segment.name == name), None)
        if found is None:
            found = Segment(next(self._segment_ids), name)
            self.segments[found.id] = found
        return found

    def segment(self, segment_id: int) -> Segment:
        if segment_id not in self.segments:
            raise Rejected(404, f"Group with id='{segment_id}' not found")
        return self.segments[segment_id]

    def regroup(self, contact: Contact, join: Iterable[str], leave: Iterable[str]) -> None:
        for name in join:
            self.segment_named(name).members[contact.id] = None
        for segment in self.segments.values():
            if segment.name in leave:
                segment.members.pop(contact.id, None)

    def list_segments(self, call: Call) -> Reply:
        name = call.query.get("name", "").lower()
        return paged([s.view() for s in self.segments.values() if name in s.name.lower()], call.query)

    def segment_contacts(self, call: Call) -> Reply:
        members = self.segment(call.path["id"]).members
        return paged([self.view(self.contacts[i]) for i in members if i in self.contacts], call.query)

    def members_named(self, body: dict[str, Any]) -> list[int]:
        """The live contacts a SegmentMembers body names (unknown ones are ignored)."""
        by_id = [i for i in body.get("contactIds", []) if i in self.contacts]
        by_external = [self.find("externalCustomerId", e) for e in body.get("externalCustomerIds", [])]
        return by_id + [contact.id for contact in by_external if contact is not None]

    def attach(self, call: Call) -> Reply:
        segment = self.segment(call.path["id"])
        segment.members |= dict.fromkeys(self.members_named(call.body))
        return Reply(200)

    def detach(self, call: Call) -> Reply:
        segment = self.segment(call.path["id"])
        if not call.body.get("contactIds") and not call.body.get("externalCustomerIds"):
            segment.members.clear()
        for contact_id in self.members_named(call.body):
            segment.members.pop(contact_id, None)
        return Reply(200)

    # Events

    def record(
        self,
        type_key: str,
        key_value: str | None,
        params: list[dict[str, Any]],
        contact_id: int | None,
        source: str,
        occurred: str | None = None,
    ) -> None:
        self.events.append(Event(type_key, key_value, params, contact_id, source, occurred))

    def named_contact(self, params: list[dict[str, Any]]) -> int | None:
        """The contact the first identifying param names, if any."""
        for param in params:
            kind = IDENTIFIER_PARAMS.get(param["name"].lower())
            if kind and _usable(param.get("value")) and (contact := self.find(kind, param["value"])):
                return contact.id
        return None

    def generate_event(self, call: Call) -> Reply:
        return self._event(call.body, "v1")

    def generate_event_v2(self, call: Call) -> Reply:
        body = call.body
        if "keyValue" not in body:
            values = {p["name"].lower(): p.get("value") for p in reversed(body.get("params", []))}
            key = next((values[name] for name in V2_KEY_PARAMS if _usable(values.get(name))), None)
            if key is None:
                raise Rejected(400, NO_EVENT_KEY)
            body = body | {"keyValue": str(key)}
        return self._event(body, "v2")

    def _event(self, event: dict[str, Any], source: str, occurred: str | None = None) -> Reply:
        params = event.get("params", [])
        self.record(
            event["eventTypeKey"], event.get("keyValue"), params, self.named_contact(params), source, occurred
        )
        return Reply(200)

    def add_past_events(self, call: Call) -> Reply:
        for event in call.body["events"]:
            self._event(event, "past", event.get("occurred"))
        return Reply(200)

    def delete_past_events(self, call: Call) -> Reply:
        self.events = [event for event in self.events if event.source != "past"]
        return Reply(200)

    # Orders

    def customer_of(self, order: dict[str, Any]) -> int | None:
        """The order's contact, created from its email or phone when missing."""
        for kind, name in ORDER_CUSTOMER:
            if order.get(name) and (contact := self.find(kind, order[name])):
                return contact.id
        channels = [
            {"type": kind, "value": order[name]} for kind, name in ORDER_CUSTOMER[1:] if order.get(name)
        ]
        if not channels:
            return None
        sent = {
            name: order[name] for name in ("firstName", "lastName", "externalCustomerId") if name in order
        }
        return self.upsert(sent | {"channels": channels})[0].id

    def add_orders(self, call: Call) -> Reply:
        for order in call.body["orders"]:
            customer = self.customer_of(order)
            self.orders[order["externalOrderId"]] = (order, customer)
            params = [{"name": "externalOrderId", "value": order["externalOrderId"]}]
            self.record(f"order{order['status']}", order["externalOrderId"], params, customer, "api")
        return Reply(200)

    def delete_orders(self, call: Call) -> Reply:
        query = call.query
        if "externalOrderId" in query and not {"from", "to"} & set(query):
            self.orders.pop(query["externalOrderId"], None)
            return Reply(200)
        if "externalOrderId" in query or not {"from", "to"} <= set(query):
            raise Rejected(400, ORDERS_TO_DELETE)
        start, end = _moment(query["from"]), _moment(query["to"])
        if start is None or end is None:
            raise Rejected(400, ORDER_RANGE_DATE)
        if start >= end:
            raise Rejected(400, ORDER_RANGE_ORDER)
        if end - start > timedelta(hours=24):
            raise Rejected(400, ORDER_RANGE_LENGTH)
        for key, (order, _) in list(self.orders.items()):
            moment = _moment(order["date"])
            if moment is not None and start <= moment <= end:
                del self.orders[key]
        return Reply(200)

    # Messages

    def queue(self, channel: str, locator: str, message_id: int | None = None) -> dict[str, Any]:
        request_id = str(uuid.uuid4())
        self.sent[request_id] = Sent(channel, locator, message_id)
        return {"id": 0, "locator": locator, "status": "OK", "requestId": request_id}

    def prepared_message(self, message_id: int) -> int:
        if message_id <= 0:
            raise Rejected(404, f"Message with id='{message_id}' not found")
        return message_id

    def smartsend(self, call: Call) -> Reply:
        message_id = self.prepared_message(call.path["id"])
        channel = "email" if call.body.get("email") else "sms"
        results = []
        for recipient in call.body["recipients"]:
            if "contactId" in recipient:
                contact = self.contacts.get(recipient["contactId"])
                locator = (contact and address_of(contact.data, channel)) or str(recipient["contactId"])
                results.append(
                    self.queue(channel, locator, message_id)
                    if contact
                    else _refused(locator, "Contact not found")
                )
            elif channel == "email" and not EMAIL.match(recipient["locator"]):
                results.append(_refused(recipient["locator"], "Invalid email"))
            else:
                results.append(self.queue(channel, recipient["locator"], message_id))
        return _results(results)

    def send_old(self, call: Call) -> Reply:
        self.prepared_message(call.path["id"])
        return Reply(200)

    def send_single(self, channel: str, kind: str, addresses: list[str]) -> Reply:
        """Queue one message per valid address, each address's contact made when missing."""
        pattern, refusal = ADDRESSES[kind]
        results = []
        for address in addresses:
            if pattern.match(address):
                self.contact_for(kind, address)
                results.append(self.queue(channel, address))
            else:
                results.append(_refused(address, refusal))
        return _results(results)

    def phones_of(self, body: dict[str, Any]) -> list[str]:
        """The numbers sent to, or else the phones of the segment's members."""
        if "phoneNumbers" in body or body.get("groupId") not in self.segments:
            return list(body.get("phoneNumbers", []))
        members = [self.contacts[i] for i in self.segments[body["groupId"]].members if i in self.contacts]
        return [phone for contact in members if (phone := address_of(contact.data, "sms"))]

    def send_email(self, call: Call) -> Reply:
        return self.send_single("email", "email", call.body["emails"])

    def send_sms(self, call: Call) -> Reply:
        return self.send_single("sms", "sms", self.phones_of(call.body))

    def send_viber(self, call: Call) -> Reply:
        return self.send_single("viber", "sms", self.phones_of(call.body))

    def message_status(self, call: Call) -> Reply:
        statuses = [
            {"requestId": request_id, "status": "DELIVERED", "failed": "false", "delivered": "true"}
            for request_id in call.query["ids"].split(",")
            if request_id in self.sent
        ]
        return Reply(200, {"results": statuses[0] if len(statuses) == 1 else statuses})


@functools.cache
def documented_answer(operation_id: str) -> Any:
    """The first example of an operation's 200 answer in the spec: the docs' sample or a recorded one."""
    operation = next(op for op in operations(load_spec("esputnik")) if op.operation_id == operation_id)
    examples = operation.definition["responses"]["200"]["content"]["application/json"]["examples"]
    return next(iter(examples.values()))["value"]


def _refused(locator: str, why: str) -> dict[str, Any]:
    return {"id": 0, "locator": locator, "status": "ERROR", "message": why}


def _results(results: list[dict[str, Any]]) -> Reply:
    """A send's answer: `results` a single object for one recipient, as the FAQ shows."""
    return Reply(200, {"id": 0, "results": results[0] if len(results) == 1 else results})


def paged(items: list[Any], query: dict[str, Any]) -> Reply:
    """One page (`startindex` 1-based, `maxrows`) with the total in the `TotalCount` header."""
    start, rows = query.get("startindex", 1) - 1, query.get("maxrows", DEFAULT_MAXROWS)
    return Reply(200, items[start : start + rows], {"TotalCount": str(len(items))})


SEARCH: dict[str, Callable[[Contact, str], bool]] = {
    "email": lambda contact, value: channel_value(contact.data, "email") == _email(value),
    "sms": lambda contact, value: channel_value(contact.data, "sms") == _phone(value),
    "firstname": lambda contact, value: contact.data.get("firstName", "").lower() == value.strip().lower(),
    "lastname": lambda contact, value: contact.data.get("lastName", "").lower() == value.strip().lower(),
}
"""How each search parameter matches a contact."""


def error_body(status: int, message: str, problems: Sequence[Problem]) -> str:
    """Plain text: the message, then each problem as `field: why`."""
    details = "; ".join(f"{problem.field or problem.location}: {problem.message}" for problem in problems)
    return f"{message}: {details}" if details else message


def is_business_rule(status: int, body: Any) -> bool:
    """The documented refusals of schema-valid requests (an event without a key, an order range)."""
    return status == 400 and body in BUSINESS_RULES


def sample(n: int) -> SampleRequest:
    params = [{"name": "EmailAddress", "value": f"bench{n}@example.org"}, {"name": "discount", "value": "5%"}]
    return SampleRequest(
        "POST", "/v1/event", {"eventTypeKey": "benchEvent", "keyValue": f"bench{n}", "params": params}
    )


RULES = VendorRules(
    new_state=Organisation,
    handlers={
        "get_account_info": Organisation.documented,
        "get_version": Organisation.documented,
        "get_version_v2": Organisation.documented,
        "get_balance": Organisation.documented,
        "get_address_books": Organisation.documented,
        "add_unsubscribed_emails": Organisation.unsubscribe_emails,
        "delete_unsubscribed_emails": Organisation.resubscribe_emails,
        "generate_event": Organisation.generate_event,
        "generate_event_v2": Organisation.generate_event_v2,
        "add_past_events": Organisation.add_past_events,
        "add_past_events_v2": Organisation.add_past_events,
        "delete_past_events": Organisation.delete_past_events,
        "add_orders": Organisation.add_orders,
        "delete_orders": Organisation.delete_orders,
        "send_prepared_message": Organisation.smartsend,
        "send_prepared_message_old": Organisation.send_old,
        "send_email": Organisation.send_email,
        "send_sms": Organisation.send_sms,
        "send_viber": Organisation.send_viber,
        "get_message_status": Organisation.message_status,
        "search_contacts": Organisation.search_contacts,
        "add_or_update_contacts": Organisation.add_or_update_contacts,
        "upload_contacts": Organisation.upload_contacts,
        "get_import_status": Organisation.import_status,
        "add_contact": Organisation.add_contact,
        "get_contact": Organisation.get_contact,
        "update_contact": Organisation.update_contact,
        "delete_contact": Organisation.delete_contact,
        "delete_contact_by_external_id": Organisation.delete_contact_by_external_id,
        "subscribe_contact": Organisation.subscribe_contact,
        "get_contact_emails": Organisation.contact_emails,
        "list_segments": Organisation.list_segments,
        "get_segment_contacts": Organisation.segment_contacts,
        "attach_segment_contacts": Organisation.attach,
        "detach_segment_contacts": Organisation.detach,
    },
    error_body=error_body,
    validation_status=400,
    is_business_rule=is_business_rule,
    sample=sample,
)
