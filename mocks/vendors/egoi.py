"""E-goi Marketing API v3: the business rules on top of the generic resource layer.

Credentials: the `Apikey` header must be `EGOI_API_KEY` (default `mock-api-key`, from the
spec's `x-credentials`), the variable the live contract tests read.

Collections, items, paging, order, filters, ids and the 404s of unknown records come from the
resource layer (mocks.resources); this module holds what the spec cannot say. Rules the docs leave
open, as the mock decides them:
- A list starts with its base fields (`first_name`, `last_name`, `email`, `cellphone`, `phone`,
  `birth_date`, `language`) and one `auto` segment, `all`, of its contacts.
- Contacts are unique per list by email (case-insensitive), cellphone and phone, whichever are
  given: a create, update, bulk update or by-field update that would repeat one is 409, its
  `errors` naming the field and the contact holding the value. Removed contacts keep theirs.
  Fields E-goi has not set read as it writes them: empty strings, and `0000-00-00 00:00:00`
  for dates that have not happened.
- Unsubscribing makes a contact `removed` (its unsubscription fields set); removed contacts are
  left out of `GET /lists/{list_id}/contacts`, of segment reads unless `show_removed=true`, and
  of activation, deactivation, updates and sends. `forget` deletes the contacts with their
  activities. Imports, updates and tag changes apply at once (202); contacts they name that are
  not in the list are passed over.
- Attaching a tag adds the list's `tag` segment `tag-<tag_id>`; deleting a tag detaches it
  everywhere and drops those segments.
- Campaigns of every channel share one collection (`GET /campaigns`, `DELETE /campaigns/{hash}`);
  a channel's update, send, enable and report answer only that channel's campaigns. Sending goes
  at once to the list's (or segment's, or the named) active contacts and makes the campaign
  `sent` with its report; a voice send with `schedule_date` is `queued` for that date. Sending an
  email campaign twice is 409. Reports exist once a campaign is sent (404 before, as for an
  unknown hash).
- Exports, bulk imports and advanced reports are queued operations (`GET /operations`): approve
  moves `queued` to `processing`, pause `processing`/`executing` to `paused`, resume `paused` to
  `executing`, cancel removes any; other moves are `invalid_operation_action`. Advanced reports
  are listed `finished` with a file at once.
- A record the path names that is not there is 404 where the operation documents it, else 422
  (as the validation errors); one a body names (a tag, an automation, a list to send to) is 422,
  so a 404 always means the path; `errors` names the field.
- Rate limits are not enforced: `X-RateLimit-*` count a 60-second window of 1000 requests and
  `X-Account-*` an hour of 50000, per account, on every response.
"""

from __future__ import annotations

import dataclasses
import math
import time
from collections.abc import Callable, Iterable, Sequence
from http import HTTPStatus
from typing import Any

from mocks.registry import load_spec
from mocks.resources import MISSING_RECORD, Record, Resources, Store
from mocks.rules import Call, Clock, Rejected, Reply, SampleRequest, VendorRules
from mocks.schemas import Problem

__all__ = ["RESOURCES", "RULES", "Account", "error_body", "rate_limit_headers"]

RESOURCES = Resources(load_spec("egoi"), missing_status=422, ids={"/reports/advanced": "advanced_report_id"})

LISTS = "/lists"
CONTACTS = "/lists/{list_id}/contacts"
ACTIVITIES = "/lists/{list_id}/contacts/{contact_id}/activities"
BASE_FIELDS = "/lists/{list_id}/fields/base"
EXTRA_FIELDS = "/lists/{list_id}/fields/extra"
OPTIONS = "/lists/{list_id}/fields/extra/{field_id}/options"
SEGMENTS = "/lists/{list_id}/segments"
TAGS = "/tags"
CAMPAIGNS = "/campaigns"
SUPPRESSION = "/suppression-list"
OPERATIONS = "/operations"
ADVANCED_REPORTS = "/reports/advanced"
CATALOGS = "/catalogs"
PRODUCTS = "/catalogs/{catalog_id}/products"
PUSH_APPS = "/push/apps"
WEB_PUSH_SITES = "/webpush/sites"
AUTOMATIONS = "/automations"
MY_ACCOUNT = "/my-account"

NEVER = "0000-00-00 00:00:00"
CHANNEL_FIELDS = ("email", "cellphone", "phone")
RATE_WINDOW, RATE_LIMIT = 60, 1000
ACCOUNT_WINDOW, ACCOUNT_LIMIT = 3600, 50000
TITLES = {404: "NotFound"}
"""Titles that differ from the HTTP reason phrase."""
PROBLEM_TYPE = "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/{status}"

CONTACT_DEFAULTS: Record = {
    "base": {
        "status": "active",
        "consent": "any",
        "subscription_method": "api",
        "subscription_form": 0,
        "unsubscription_method": "",
        "unsubscription_reason": "",
        "unsubscription_observation": "",
        "unsubscription_date": NEVER,
        "change_date": NEVER,
        "first_name": "",
        "last_name": "",
        "language": "en",
        "email": "",
        "email_status": "active",
        "cellphone": "",
        "cellphone_status": "active",
        "phone": "",
        "phone_status": "active",
        "push_token_android": [],
        "push_token_ios": [],
    },
    "extra": [],
    "tags": [],
    "email_stats": {"last_send_date": NEVER, "last_open_date": NEVER, "last_click_date": NEVER},
    "push_stats": {"last_view_date": NEVER},
    "webpush_stats": {
        "last_send_date": NEVER,
        "last_delivery_date": NEVER,
        "last_click_date": NEVER,
        "last_bounce_date": NEVER,
    },
}
BASE_FIELD_FORMATS = {
    "first_name": ("First name", "text", False),
    "last_name": ("Last name", "text", False),
    "email": ("Email", "email", True),
    "cellphone": ("Mobile", "cellphone", True),
    "phone": ("Telephone", "phone", False),
    "birth_date": ("Birth date", "date", False),
    "language": ("Language", "options", False),
}


class Account(Store):
    """One E-goi account: its records, what sends and features left behind, and its rate windows."""

    def __init__(self, clock: Clock) -> None:
        super().__init__(clock)
        self.sent: dict[str, int] = {}
        """Campaign hash -> contacts it was sent to."""
        self.rss: dict[str, str] = {}
        """RSS campaign hash -> channel; enabled ones are in `rss_enabled`."""
        self.rss_enabled: set[str] = set()
        self.automation_queue: dict[int, set[str]] = {}
        self.push_tokens: dict[str, list[Record]] = {}
        self.push_events: dict[str, list[Record]] = {}
        self.carts: dict[str, dict[str, Record]] = {}
        self.orders: dict[str, dict[str, Record]] = {}
        self.transactional = False
        self.windows: dict[int, tuple[float, int]] = {}
        self.tag_names: dict[str, int] = {}
        """Tag name -> the tag's id (names are unique)."""
        seed(self)

    def now(self) -> str:
        return time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(self.clock()))

    def contacts(self, list_id: int) -> dict[Any, Record]:
        return self.records(CONTACTS, (list_id,))

    def require_list(self, call: Call, list_id: int, location: str = "path") -> dict[Any, Record]:
        """The list's contacts; the list must exist."""
        if self.find(LISTS, (), list_id) is None:
            raise RESOURCES.missing(call, "list_id", list_id, location)
        return self.contacts(list_id)

    def activity(self, list_id: int, contact_id: str, action: str, data: Record | None = None) -> None:
        scope = (list_id, contact_id)
        RESOURCES.insert(
            self, ACTIVITIES, scope, {"action_name": action, "date": self.now(), "action_data": data or {}}
        )

    def operation(self, kind: str, name: str) -> None:
        value = {"type": kind, "status": "queued", "operation_data": {"internal_name": name}, "created_by": 1}
        RESOURCES.insert(self, OPERATIONS, (), value | {"created": self.now(), "start_date": self.now()})


def seed(account: Account) -> None:
    """The account-level data a new E-goi account reads: the account, users, automations, a push
    app, a connected site with Track&Engage, a CNAME and countries."""
    now = account.now()
    account.singletons[MY_ACCOUNT] = {
        "general_info": {
            "name": "Mock Account",
            "website": "www.example.com",
            "cellphone": "351-910000000",
            "client_id": "100001",
            "company_size": 2,
            "business_sector": {"business_sector_id": 1, "name": "Marketing"},
        },
        "billing_info": {
            "type": "company",
            "company_legal_name": "Mock Company",
            "vat_number": "PT500000000",
            "country": {"country_code": "PT"},
            "city": "Porto",
            "state": "Porto",
            "address1": "Rua do Mock 1",
            "address2": "",
            "zip_code": "4000-001",
            "invoice_comments": "",
        },
        "plan_info": {"type": "starter"},
        "balance_info": {"balance": "100.00", "currency": "EUR"},
        "module_info": {"te": {"enabled": False}},
    }
    people = [("admin", "Ana", "Silva", True), ("editor", "Rui", "Costa", False)]
    for username, first, last, admin in people:
        user = {"username": username, "first_name": first, "last_name": last, "is_admin": admin}
        user |= {"email": f"{username}@example.com", "status": "active", "created": now, "updated": now}
        RESOURCES.insert(account, "/users", (), user)
    for title, status in (("Welcome series", "active"), ("Birthday", "inactive")):
        value = {
            "title": title,
            "list_id": 1,
            "status": status,
            "created_by": 1,
            "allow_multiple_contacts": False,
        }
        RESOURCES.insert(account, AUTOMATIONS, (), value | {"contact_limit": 1})
    RESOURCES.insert(
        account,
        PUSH_APPS,
        (),
        {"app_id": "a1b2c3d4e5", "name": "Mock App", "description": "", "development": True, "created": now},
    )
    site = {
        "domain": "example.com",
        "list_id": 1,
        "code": "<script src='https://example.com/te.js'></script>",
    }
    RESOURCES.insert(account, "/connectedsites", (), site)
    RESOURCES.insert(
        account, "/trackengage/domains", (), {"domain": "example.com", "list_id": 1, "status": "active"}
    )
    goal = {
        "domain": "example.com",
        "name": "Purchase",
        "config": {"type": "manual", "multiple_conversion": False},
    }
    RESOURCES.insert(account, "/trackengage/goals", (), goal)
    RESOURCES.insert(account, "/cnames", (), {"value": "mkt.example.com", "status": "verified"})
    countries = [
        (620, "Portugal", "PT", "EUR", "351"),
        (724, "Spain", "ES", "EUR", "34"),
        (76, "Brazil", "BR", "BRL", "55"),
        (826, "United Kingdom", "GB", "GBP", "44"),
        (840, "United States", "US", "USD", "1"),
        (250, "France", "FR", "EUR", "33"),
    ]
    for number, name, iso, currency, code in countries:
        country = {
            "country": number,
            "name": name,
            "iso_code": iso,
            "currency": currency,
            "country_code": code,
        }
        RESOURCES.insert(account, "/utilities/countries", (), country)


# Errors and headers ------------------------------------------------------------------------------


def error_body(status: int, message: str, problems: Sequence[Problem]) -> Any:
    """E-goi's Problem: `type`, `title` fixed per status, `status`, `detail`; 409 and 422 add
    `errors`, the messages by field (or by where the problem is)."""
    body: Record = {
        "type": PROBLEM_TYPE.format(status=status),
        "title": TITLES.get(status) or HTTPStatus(status).phrase,
        "status": status,
        "detail": message,
    }
    if status in (409, 422):
        errors: dict[str, list[str]] = {}
        for problem in problems:
            errors.setdefault(problem.field or problem.location, []).append(problem.message)
        body["errors"] = errors
    return body


def is_business_rule(status: int, body: Any) -> bool:
    """A schema-valid request naming a record that is not there, where the operation documents no
    404, is 422 with every error `does not exist`."""
    errors = body.get("errors") if status == 422 and isinstance(body, dict) else None
    messages = [m for found in errors.values() for m in found] if isinstance(errors, dict) else []
    return bool(messages) and all(message == MISSING_RECORD for message in messages)


def rate_limit_headers(account: Account | None) -> dict[str, str]:
    """The six rate-limit headers, counting this response in the account's windows."""
    headers: dict[str, str] = {}
    for prefix, span, limit in (
        ("X-RateLimit", RATE_WINDOW, RATE_LIMIT),
        ("X-Account", ACCOUNT_WINDOW, ACCOUNT_LIMIT),
    ):
        remaining, reset = limit, span
        if account is not None:
            now = account.clock()
            start, used = account.windows.get(span, (now, 0))
            if now >= start + span:
                start, used = now, 0
            account.windows[span] = (start, used + 1)
            remaining, reset = max(0, limit - used - 1), max(0, math.ceil(start + span - now))
        headers |= {
            f"{prefix}-Limit": str(limit),
            f"{prefix}-Remaining": str(remaining),
            f"{prefix}-Reset": str(reset),
        }
    return headers


# Lists, fields and segments ----------------------------------------------------------------------


def create_list(account: Account, call: Call) -> Reply:
    defaults = {
        "public_name": call.body["internal_name"],
        "default_language": "en",
        "available_languages": ["en"],
    }
    call = dataclasses.replace(call, body=defaults | call.body)
    reply = RESOURCES.answer(account, call, fields={"status": "active", "group_id": 0})
    list_id = reply.body["list_id"]
    for field_id, (name, kind, unique) in BASE_FIELD_FORMATS.items():
        field = {"field_id": field_id, "name": name, "format": kind, "unique": unique, "type": "base"}
        RESOURCES.insert(account, BASE_FIELDS, (list_id,), field | {"options": []})
    RESOURCES.insert(
        account, SEGMENTS, (list_id,), {"segment_id": "all", "type": "auto", "name": "All contacts"}
    )
    return reply


def get_list(account: Account, call: Call) -> Reply:
    record = account.find(LISTS, (), call.path["list_id"])
    if record is not None:
        statuses = [contact["base"]["status"] for contact in account.contacts(call.path["list_id"]).values()]
        record["stats"] = {
            "total_contacts": len(statuses),
            "total_active": statuses.count("active"),
            "total_inactive": statuses.count("inactive"),
            "total_removed": statuses.count("removed"),
            "total_unconfirmed": statuses.count("unconfirmed"),
            "total_waiting_new_confirmation": 0,
        }
    return RESOURCES.answer(account, call)


def list_fields(account: Account, call: Call) -> Reply:
    """The base fields, then the extra fields with their options; `offset` and `limit` apply."""
    list_id = call.path["list_id"]
    account.require_list(call, list_id)
    extra = [
        field | {"options": list(account.records(OPTIONS, (list_id, field["field_id"])).values())}
        for field in account.records(EXTRA_FIELDS, (list_id,)).values()
    ]
    fields = [*account.records(BASE_FIELDS, (list_id,)).values(), *extra]
    start = call.query.get("offset", 0)
    return RESOURCES.listing(account, call, fields[start : start + call.query.get("limit", 10)])


def create_extra_field(account: Account, call: Call) -> Reply:
    return RESOURCES.answer(account, call, fields={"type": "extra", "options": []})


def list_contacts_by_segment(account: Account, call: Call) -> Reply:
    list_id, segment_id = call.path["list_id"], call.path["segment_id"]
    contacts = account.require_list(call, list_id)
    segment = account.find(SEGMENTS, (list_id,), segment_id)
    if segment is None:
        raise RESOURCES.missing(call, "segment_id", segment_id)
    tag = int(segment_id.removeprefix("tag-")) if segment["type"] == "tag" else None
    show_removed = call.query.get("show_removed", False)
    found = [
        contact
        for contact in contacts.values()
        if (tag is None or tag in contact["tags"])
        and (show_removed or contact["base"]["status"] != "removed")
    ]
    return RESOURCES.listing(account, call, found)


# Contacts ----------------------------------------------------------------------------------------


def _channel_key(field: str, value: Any) -> tuple[str, Any]:
    """What makes a channel value the same as another: emails compare case-insensitively."""
    return field, str(value).lower() if field == "email" else value


def reject_duplicates(account: Account, list_id: int, changes: Iterable[tuple[str | None, Record]]) -> None:
    """409 when the contacts' new base fields would repeat an email, cellphone or phone of the list.

    `changes` are (contact id or None for a new contact, the base fields it will have)."""
    changes = list(changes)
    changed = {contact_id for contact_id, _ in changes}
    holders: dict[tuple[str, Any], str] = {}

    def hold(contact_id: str, base: Record) -> None:
        for field in CHANNEL_FIELDS:
            if value := base.get(field):
                holders.setdefault(_channel_key(field, value), contact_id)

    for contact_id, contact in account.contacts(list_id).items():
        if contact_id not in changed:
            hold(contact_id, contact["base"])
    problems = []
    for contact_id, base in changes:
        for field in CHANNEL_FIELDS:
            if (value := base.get(field)) and (holder := holders.get(_channel_key(field, value))):
                message = f"{value} is already used by contact {holder}"
                problems.append(Problem("body", f"base.{field}", message))
        hold(contact_id or "(new)", base)
    if problems:
        raise Rejected(
            409,
            "a contact of this list already has that " + problems[0].field.removeprefix("base."),
            problems,
        )


def create_contact(account: Account, call: Call) -> Reply:
    list_id = call.path["list_id"]
    given = call.body or {}
    body = _merge(CONTACT_DEFAULTS, given) | {"base": _merge(CONTACT_DEFAULTS["base"], given.get("base", {}))}
    body["base"] |= {"subscription_date": account.now(), "consent_date": account.now()}
    if account.find(LISTS, (), list_id) is not None:
        reject_duplicates(account, list_id, [(None, body["base"])])
    reply = RESOURCES.answer(account, dataclasses.replace(call, body=body))
    account.activity(list_id, reply.body["contact_id"], "subscription")
    return reply


def update_contact(account: Account, call: Call) -> Reply:
    list_id, contact_id = call.path["list_id"], call.path["contact_id"]
    stored = account.contacts(list_id).get(contact_id)
    if stored is not None:
        base = stored["base"] | call.body.get("base", {})
        reject_duplicates(account, list_id, [(contact_id, base)])
    return RESOURCES.answer(account, call, fields={"base": {"change_date": account.now()}})


def list_contacts(account: Account, call: Call) -> Reply:
    return RESOURCES.answer(account, call, where=lambda contact: contact["base"]["status"] != "removed")


def search_contacts(account: Account, call: Call) -> Reply:
    """Contacts of every list whose email (case-insensitive), cellphone or phone is `contact`."""
    field = call.query.get("type", "email")
    wanted = _channel_key(field, call.query["contact"])
    found = [
        {"contact_id": contact_id, "list_id": scope[0]}
        for scope, contact_id, contact in account.every(CONTACTS)
        if contact["base"].get(field) and _channel_key(field, contact["base"][field]) == wanted
    ]
    if not found:
        raise Rejected(404, f"no contact has the {field} {call.query['contact']}")
    return RESOURCES.reply(account, call, {"items": found})


def _existing(
    contacts: dict[Any, Record], ids: Iterable[str], *, removed: bool = False
) -> list[tuple[str, Record]]:
    """The named contacts of the list (removed ones only when asked)."""
    return [
        (i, contacts[i])
        for i in ids
        if i in contacts and (removed or contacts[i]["base"]["status"] != "removed")
    ]


def _activation(status: str) -> Callable[[Account, Call], Reply]:
    def activate(account: Account, call: Call) -> Reply:
        """`type: all` (or none) sets the status of every contact of the list but the removed."""
        contacts = account.require_list(call, call.path["list_id"])
        if call.body.get("type", "all") == "all":
            for _, contact in _existing(contacts, list(contacts)):
                contact["base"] |= {"status": status, "change_date": account.now()}
        return RESOURCES.reply(account, call, {"result": "success"})

    return activate


def _tagging(attach: bool) -> Callable[[Account, Call], Reply]:
    def tag(account: Account, call: Call) -> Reply:
        list_id, tag_id = call.path["list_id"], call.body["tag_id"]
        contacts = account.require_list(call, list_id)
        found = account.find(TAGS, (), tag_id)
        if found is None:
            raise RESOURCES.missing(call, "tag_id", tag_id, "body")
        for _, contact in _existing(contacts, call.body["contacts"], removed=True):
            tags = [t for t in contact["tags"] if t != tag_id]
            contact["tags"] = [*tags, tag_id] if attach else tags
        segment = {"segment_id": f"tag-{tag_id}", "type": "tag", "name": found["name"]}
        if attach and account.find(SEGMENTS, (list_id,), segment["segment_id"]) is None:
            RESOURCES.insert(account, SEGMENTS, (list_id,), segment)
        return RESOURCES.reply(account, call, {"result": "success"})

    return tag


def export_contacts(account: Account, call: Call) -> Reply:
    account.require_list(call, call.path["list_id"])
    account.operation("export_contacts", f"Export of list {call.path['list_id']} ({call.body['format']})")
    return RESOURCES.reply(account, call, {"result": "success"})


def forget_contacts(account: Account, call: Call) -> Reply:
    list_id = call.path["list_id"]
    contacts = account.require_list(call, list_id)
    for contact_id in call.body["contacts"]:
        if contact_id in contacts:
            account.remove(CONTACTS, (list_id,), contact_id)
    return RESOURCES.reply(account, call, {"result": "success"})


def import_contacts_bulk(account: Account, call: Call) -> Reply:
    """`add` adds the contacts not in the list, `update_only` changes those in it, `update` both;
    they are matched by `compare_field` (a base field, or an extra field id). Empty values erase
    stored ones only with `force_empty`. A contact that would repeat another's email, cellphone
    or phone is passed over."""
    list_id, body = call.path["list_id"], call.body
    contacts = account.require_list(call, list_id)
    mode, key = body["mode"], body["compare_field"]
    for given in body["contacts"]:
        value = _compare_value(given, key)
        match = next(
            (i for i, c in contacts.items() if value not in ("", None) and _compare_value(c, key) == value),
            None,
        )
        if not body.get("force_empty", False):
            given = given | {"base": {k: v for k, v in given.get("base", {}).items() if v != ""}}
        if match is None and mode in ("add", "update"):
            new = _merge(CONTACT_DEFAULTS, given) | {
                "base": _merge(CONTACT_DEFAULTS["base"], given.get("base", {}))
            }
            new["base"] |= {
                "subscription_method": "import",
                "subscription_date": account.now(),
                "consent_date": account.now(),
            }
            if not _conflicts(account, list_id, None, new["base"]):
                record = RESOURCES.insert(account, CONTACTS, (list_id,), new)
                account.activity(list_id, record["base"]["contact_id"], "subscription")
        elif match is not None and mode in ("update", "update_only"):
            merged = _merge(contacts[match], given)
            if not _conflicts(account, list_id, match, merged["base"]):
                contacts[match] = RESOURCES.insert(account, CONTACTS, (list_id,), merged)
    account.operation("import_contacts", f"Import into list {list_id}")
    return RESOURCES.reply(account, call, {"result": "success"})


def _compare_value(contact: Record, key: str) -> Any:
    if key.isdigit():
        return next((e.get("value") for e in contact.get("extra", []) if str(e.get("field_id")) == key), None)
    value = contact.get("base", {}).get(key)
    return value.lower() if key == "email" and isinstance(value, str) else value


def _conflicts(account: Account, list_id: int, contact_id: str | None, base: Record) -> bool:
    try:
        reject_duplicates(account, list_id, [(contact_id, base)])
    except Rejected:
        return True
    return False


def unsubscribe_contacts(account: Account, call: Call) -> Reply:
    """Each contact becomes `removed`; the answer lists those unsubscribed and, by error kind,
    those not in the list or already removed."""
    list_id = call.path["list_id"]
    contacts = account.require_list(call, list_id)
    success: list[str] = []
    errors: dict[str, list[str]] = {}
    for item in call.body.get("data", []):
        contact_id = item["contact_id"]
        contact = contacts.get(contact_id)
        if contact is None:
            errors.setdefault("contact_not_in_list", []).append(contact_id)
        elif contact["base"]["status"] == "removed":
            errors.setdefault("contact_already_removed", []).append(contact_id)
        else:
            contact["base"] |= {
                "status": "removed",
                "unsubscription_method": item.get("unsubscription_method", "api"),
                "unsubscription_reason": item.get("unsubscription_reason", ""),
                "unsubscription_observation": item.get("unsubscription_observation", ""),
                "unsubscription_date": account.now(),
                "change_date": account.now(),
            }
            account.activity(list_id, contact_id, "unsubscribe_api")
            success.append(contact_id)
    return RESOURCES.reply(account, call, {"success": success, "errors": errors})


def start_automation_for_contacts(account: Account, call: Call) -> Reply:
    """The automation starts for the list's active contacts not already in its queue."""
    list_id, automation_id = call.path["list_id"], call.body["automation_id"]
    contacts = account.require_list(call, list_id)
    if account.find(AUTOMATIONS, (), automation_id) is None:
        raise RESOURCES.missing(call, "automation_id", automation_id, "body")
    queue = account.automation_queue.setdefault(automation_id, set())
    success: list[str] = []
    errors: dict[str, list[str]] = {}
    for contact_id in call.body["contacts"]:
        if contact_id in queue:
            errors.setdefault("already_in_queue", []).append(contact_id)
        elif not _existing(contacts, [contact_id]):
            errors.setdefault("contact_not_in_list", []).append(contact_id)
        else:
            queue.add(contact_id)
            success.append(contact_id)
    result = {
        "automation_id": automation_id,
        "action_id": call.body["action_id"],
        "success": success,
        "error": errors,
    }
    return RESOURCES.reply(account, call, result)


def update_contacts(account: Account, call: Call) -> Reply:
    """The same base and extra values on every named contact of the list but the removed."""
    list_id = call.path["list_id"]
    contacts = account.require_list(call, list_id)
    named = _existing(contacts, call.body["contacts"])
    changes = {k: v for k, v in call.body.items() if k in ("base", "extra")}
    merged = {contact_id: _merge(contact, changes) for contact_id, contact in named}
    reject_duplicates(account, list_id, [(contact_id, c["base"]) for contact_id, c in merged.items()])
    for contact_id, contact in merged.items():
        contact["base"]["change_date"] = account.now()
        contacts[contact_id] = RESOURCES.insert(account, CONTACTS, (list_id,), contact)
    return RESOURCES.reply(account, call, {"result": "success"})


def update_contact_by_field(account: Account, call: Call) -> Reply:
    """The contact whose `compare_field` has that value gets the base and extra values."""
    list_id = call.path["list_id"]
    contacts = account.require_list(call, list_id)
    compare = call.body.get("compare_field", {})
    key, value = str(compare.get("field_id", "email")), compare.get("value")
    wanted = value.lower() if key == "email" and isinstance(value, str) else value
    match = next(
        (i for i, c in contacts.items() if value is not None and _compare_value(c, key) == wanted), None
    )
    if match is None:
        raise RESOURCES.missing(call, "compare_field.value", value, "body")
    merged = _merge(contacts[match], {k: v for k, v in call.body.items() if k in ("base", "extra")})
    reject_duplicates(account, list_id, [(match, merged["base"])])
    merged["base"]["change_date"] = account.now()
    contacts[match] = RESOURCES.insert(account, CONTACTS, (list_id,), merged)
    return RESOURCES.reply(account, call, {"contact_id": match})


# Tags and the suppression list -------------------------------------------------------------------


def _unique_tag_name(account: Account, call: Call, tag_id: int | None = None) -> None:
    name = call.body.get("name")
    holder = account.tag_names.get(name) if name is not None else None
    if holder is not None and holder != tag_id:
        raise Rejected(
            409,
            f"the tag {holder} is already named {name}",
            [Problem("body", "name", f"{name} is already used by tag {holder}")],
        )


def create_tag(account: Account, call: Call) -> Reply:
    _unique_tag_name(account, call)
    reply = RESOURCES.answer(account, call, fields={"color": call.body.get("color", "#FFFFFF")})
    account.tag_names[reply.body["name"]] = reply.body["tag_id"]
    return reply


def update_tag(account: Account, call: Call) -> Reply:
    tag_id = call.path["tag_id"]
    _unique_tag_name(account, call, tag_id)
    old_name = (account.find(TAGS, (), tag_id) or {}).get("name", "")
    reply = RESOURCES.answer(account, call)  # 404 when there is no such tag
    account.tag_names.pop(old_name, None)
    account.tag_names[account.records(TAGS)[tag_id]["name"]] = tag_id
    return reply


def delete_tag(account: Account, call: Call) -> Reply:
    tag_id = call.path["tag_id"]
    old_name = (account.find(TAGS, (), tag_id) or {}).get("name", "")
    reply = RESOURCES.answer(account, call)  # 404 when there is no such tag
    account.tag_names.pop(old_name, None)
    for _, _, contact in account.every(CONTACTS):
        contact["tags"] = [t for t in contact["tags"] if t != tag_id]
    for scope, segment_id, _ in list(account.every(SEGMENTS)):
        if segment_id == f"tag-{tag_id}":
            account.remove(SEGMENTS, scope, segment_id)
    return reply


def add_to_suppression_list(account: Account, call: Call) -> Reply:
    kind = call.body["type"]
    present = {(item["type"], item["value"]) for item in account.records(SUPPRESSION).values()}
    for value in call.body["value"]:
        if (kind, value) not in present:
            item = {"type": kind, "value": value, "method": "manual", "created": account.now()}
            RESOURCES.insert(account, SUPPRESSION, (), item)
            present.add((kind, value))
    return RESOURCES.reply(account, call, {"result": "success"})


# Campaigns ---------------------------------------------------------------------------------------

CHANNELS = {
    "email": "email",
    "email_rss": "email",
    "push": "push",
    "sms": "sms",
    "smart_sms": "smart_sms",
    "voice": "voice",
    "web_push": "web_push",
    "web_push_rss": "web_push",
}
"""The channel of each `create_<kind>_campaign`."""
REPORTS = {
    "email": ("email",),
    "push": ("push",),
    "sms": ("sms", "smart_sms"),
    "voice": ("voice",),
    "web_push": ("web_push",),
}
"""The channels each `get_<report>_report` covers."""
ACTIVITY_OF_SEND = {
    "email": "email_send",
    "sms": "sms_send",
    "smart_sms": "sms_send",
    "voice": "voice_send",
    "push": "push_send",
    "web_push": "web_push_send",
}


def _campaign_creation(kind: str) -> Callable[[Account, Call], Reply]:
    channel = CHANNELS[kind]

    def create(account: Account, call: Call) -> Reply:
        """A draft of the channel; the list, push app or web push site it names must exist."""
        body = call.body
        if "list_id" in body:
            account.require_list(call, body["list_id"], "body")
        for collection, name in ((PUSH_APPS, "app_id"), (WEB_PUSH_SITES, "site_id")):
            if name in body and account.find(collection, (), body[name]) is None:
                raise RESOURCES.missing(call, name, body[name], "body")
        title = body.get("subject") or body.get("title") or body["internal_name"]
        fields = {
            "id": account.issue("campaign-number", 1),
            "channel": channel,
            "status": "draft",
            "title": title,
            "created_by": 1,
            "group_id": body.get("group_id", 0),
            "created": account.now(),
            "updated": account.now(),
            "start_date": None,
            "end_date": None,
            "schedule_date": {"enabled": False, "date": None},
        }
        reply = RESOURCES.answer(account, call, fields=fields)
        if kind.endswith("_rss"):
            account.rss[reply.body["campaign_hash"]] = channel
        return reply

    return create


def _campaign_of(account: Account, call: Call, channels: Iterable[str], status: int | None = None) -> Record:
    """The campaign the path names, of one of the channels (else 404, or `status` when given)."""
    campaign_hash = call.path["campaign_hash"]
    found = account.find(CAMPAIGNS, (), campaign_hash)
    if found is None or found["channel"] not in channels:
        if status is None:
            raise RESOURCES.missing(call, "campaign_hash", campaign_hash)
        raise Rejected(
            status,
            f"campaign_hash {campaign_hash} {MISSING_RECORD}",
            [Problem("path", "campaign_hash", MISSING_RECORD)],
        )
    return found


def _campaign_update(channel: str) -> Callable[[Account, Call], Reply]:
    def update(account: Account, call: Call) -> Reply:
        _campaign_of(account, call, [channel], 404)
        title = call.body.get("subject") or call.body.get("title")
        return RESOURCES.answer(
            account, call, fields={"updated": account.now()} | ({"title": title} if title else {})
        )

    return update


def _campaign_send(channel: str) -> Callable[[Account, Call], Reply]:
    def send(account: Account, call: Call) -> Reply:
        """To the active contacts of the list, of a segment of it, or those named; a voice send
        with `schedule_date` is queued for then."""
        campaign = _campaign_of(account, call, [channel])
        if channel == "email" and campaign["status"] == "sent":
            raise Rejected(
                409,
                f"the campaign {campaign['campaign_hash']} was already sent",
                [Problem("path", "campaign_hash", "already sent")],
            )
        body = call.body
        recipients: list[tuple[int, str]] = []
        if "list_id" in body:
            contacts = account.require_list(call, body["list_id"], "body")
            recipients = [
                (body["list_id"], i)
                for i, _ in _existing(contacts, _segment_members(account, body["list_id"], body["segments"]))
            ]
        now = account.now()
        campaign["list_id"] = body.get("list_id", campaign["list_id"])
        if body.get("schedule_date"):
            campaign |= {
                "status": "queued",
                "schedule_date": {"enabled": True, "date": body["schedule_date"]},
            }
        else:
            campaign |= {"status": "sent", "start_date": now, "end_date": now}
            account.sent[campaign["campaign_hash"]] = account.sent.get(campaign["campaign_hash"], 0) + len(
                recipients
            )
            for list_id, contact_id in recipients:
                account.activity(
                    list_id,
                    contact_id,
                    ACTIVITY_OF_SEND[channel],
                    {"campaign_hash": campaign["campaign_hash"]},
                )
        campaign["updated"] = now
        return RESOURCES.reply(account, call, {"result": "success"})

    return send


def _segment_members(account: Account, list_id: int, segments: Record) -> list[str]:
    contacts = account.contacts(list_id)
    if segments["type"] == "contacts":
        return list(segments.get("data", []))
    segment = (
        account.find(SEGMENTS, (list_id,), segments.get("data")) if segments["type"] == "segment" else None
    )
    if segment is not None and segment["type"] == "tag":
        tag = int(segment["segment_id"].removeprefix("tag-"))
        return [i for i, c in contacts.items() if tag in c["tags"]]
    return list(contacts)


def _rss_enable(channel: str) -> Callable[[Account, Call], Reply]:
    def enable(account: Account, call: Call) -> Reply:
        campaign_hash = call.path["campaign_hash"]
        if account.rss.get(campaign_hash) != channel or account.find(CAMPAIGNS, (), campaign_hash) is None:
            raise RESOURCES.missing(call, "campaign_hash", campaign_hash)
        account.rss_enabled.add(campaign_hash)
        return RESOURCES.reply(account, call, {"result": "success"})

    return enable


def _report(report: str) -> Callable[[Account, Call], Reply]:
    def read(account: Account, call: Call) -> Reply:
        """The report of a sent campaign: its sends; the other counts are 0 (nothing is opened
        in a mock). Sections a query flag turns off are left out."""
        campaign = _campaign_of(account, call, REPORTS[report], 404)
        if campaign["status"] != "sent":
            raise Rejected(404, f"the campaign {campaign['campaign_hash']} has no report before it is sent")
        sends = account.sent.get(campaign["campaign_hash"], 0)
        overall: Record = {"sends": sends} | (
            {"delivered": sends} if report in ("sms", "voice", "push") else {}
        )
        reply = RESOURCES.reply(
            account, call, {"campaign_hash": campaign["campaign_hash"], "overall": overall}
        )
        for name in REPORT_SECTIONS[report]:
            if not call.query.get(name, True):
                del reply.body[name]
        return reply

    return read


REPORT_SECTIONS = {
    "email": ("date", "weekday", "hour", "location", "domain", "url", "reader"),
    "push": ("operating_systems",),
    "sms": ("networks",),
    "voice": ("networks",),
    "web_push": ("devices", "operating_systems", "browsers", "url"),
}


# Operations, advanced reports, push, e-commerce, account ----------------------------------------

OPERATION_ACTIONS = {
    "approve": ({"queued"}, "processing"),
    "pause": ({"processing", "executing"}, "paused"),
    "resume": ({"paused"}, "executing"),
    "cancel": ({"queued", "processing", "executing", "paused"}, None),
}
"""What each operation action accepts, and the status it leaves (None: the operation is gone)."""


def _operation_action(action: str) -> Callable[[Account, Call], Reply]:
    accepted, becomes = OPERATION_ACTIONS[action]

    def act(account: Account, call: Call) -> Reply:
        success: list[int] = []
        errors: dict[str, list[int]] = {"invalid_operation_action": [], "operation_not_found": []}
        for operation_id in call.body["operations"]:
            found = account.find(OPERATIONS, (), operation_id)
            if found is None:
                errors["operation_not_found"].append(operation_id)
            elif found["status"] not in accepted:
                errors["invalid_operation_action"].append(operation_id)
            else:
                if becomes is None:
                    account.remove(OPERATIONS, (), operation_id)
                else:
                    found["status"] = becomes
                success.append(operation_id)
        return RESOURCES.reply(account, call, {"success": success, "error": errors})

    return act


def generate_advanced_report(account: Account, call: Call) -> Reply:
    number = account.issue("report-file", 1)
    report_hash = f"{number:010x}"
    report = {
        "title": call.body["title"],
        "hash": report_hash,
        "status": "finished",
        "created": account.now(),
    }
    RESOURCES.insert(
        account, ADVANCED_REPORTS, (), report | {"file": f"https://reports.example.com/{report_hash}.csv"}
    )
    account.operation("advanced_report", call.body["title"])
    return RESOURCES.reply(account, call, {"result": "success"})


def _push_registration(kind: str) -> Callable[[Account, Call], Reply]:
    def register(account: Account, call: Call) -> Reply:
        app_id = call.path["app_id"]
        if account.find(PUSH_APPS, (), app_id) is None:
            raise RESOURCES.missing(call, "app_id", app_id)
        kept = account.push_tokens if kind == "token" else account.push_events
        kept.setdefault(app_id, []).append(call.body)
        return RESOURCES.reply(account, call, {"success": True})

    return register


def import_products(account: Account, call: Call) -> Reply:
    """`rewrite` replaces the catalog's products, `add` adds only new ones, `update` (the default)
    adds new ones and replaces those with the same identifier."""
    catalog_id = call.path["catalog_id"]
    if account.find(CATALOGS, (), catalog_id) is None:
        raise RESOURCES.missing(call, "catalog_id", catalog_id)
    products = account.records(PRODUCTS, (catalog_id,))
    mode = call.body.get("mode", "update")
    if mode == "rewrite":
        products.clear()
    for product in call.body["products"]:
        if mode != "add" or product["product_identifier"] not in products:
            RESOURCES.insert(account, PRODUCTS, (catalog_id,), product | {"catalog_id": catalog_id})
    return RESOURCES.reply(account, call, {"result": "success"})


def create_cart(account: Account, call: Call) -> Reply:
    account.carts.setdefault(call.path["domain"], {})[call.body.get("cart_id", "")] = call.body
    return RESOURCES.reply(account, call, {"result": "success"})


def create_order(account: Account, call: Call) -> Reply:
    """The order is kept; the cart it came from (`cart_id`) is no longer open."""
    domain = call.path["domain"]
    account.orders.setdefault(domain, {})[call.body["order_id"]] = call.body
    account.carts.get(domain, {}).pop(call.body.get("cart_id", ""), None)
    return RESOURCES.reply(account, call, {"result": "success"})


def import_orders(account: Account, call: Call) -> Reply:
    list_id = call.path["list_id"]
    account.require_list(call, list_id)
    for order in call.body:
        account.orders.setdefault(f"list-{list_id}", {})[order.get("order_id", "")] = order
    return RESOURCES.reply(account, call, {"result": "success"})


def enable_track_engage(account: Account, call: Call) -> Reply:
    """Track&Engage on a domain: the domain is listed; enabling it twice is 409."""
    domain = call.body["domain"]
    if any(d["domain"] == domain for d in account.records("/trackengage/domains").values()):
        raise Rejected(
            409,
            f"Track&Engage is already enabled on {domain}",
            [Problem("body", "domain", "already enabled")],
        )
    list_id = int(call.body.get("list_id", 1))
    RESOURCES.insert(
        account, "/trackengage/domains", (), {"domain": domain, "list_id": list_id, "status": "active"}
    )
    account.singletons[MY_ACCOUNT]["module_info"]["te"]["enabled"] = True
    return RESOURCES.reply(account, call, {"result": True, "response": "success"})


def enable_transactional(account: Account, call: Call) -> Reply:
    if account.transactional:
        raise Rejected(409, "transactional sending is already enabled")
    account.transactional = True
    return Reply(204)


def _merge(base: Record, changes: Record) -> Record:
    """`base` with `changes`: objects merged member by member, anything else replaced."""
    merged = dict(base)
    for name, value in changes.items():
        merged[name] = (
            _merge(merged[name], value)
            if isinstance(value, dict) and isinstance(merged.get(name), dict)
            else value
        )
    return merged


def sample(n: int) -> SampleRequest:
    return SampleRequest("POST", "/tags", {"name": f"bench-{n}", "color": "#FFFFFF"})


def _table() -> dict[str, Callable[[Account, Call], Reply]]:
    handlers: dict[str, Callable[[Account, Call], Reply]] = {
        "create_list": create_list,
        "get_list": get_list,
        "list_fields": list_fields,
        "create_extra_field": create_extra_field,
        "list_contacts_by_segment": list_contacts_by_segment,
        "create_contact": create_contact,
        "update_contact": update_contact,
        "list_contacts": list_contacts,
        "search_contacts": search_contacts,
        "activate_contacts": _activation("active"),
        "deactivate_contacts": _activation("inactive"),
        "attach_tag_to_contacts": _tagging(True),
        "detach_tag_from_contacts": _tagging(False),
        "export_contacts": export_contacts,
        "forget_contacts": forget_contacts,
        "import_contacts_bulk": import_contacts_bulk,
        "unsubscribe_contacts": unsubscribe_contacts,
        "start_automation_for_contacts": start_automation_for_contacts,
        "update_contacts": update_contacts,
        "update_contact_by_field": update_contact_by_field,
        "create_tag": create_tag,
        "update_tag": update_tag,
        "delete_tag": delete_tag,
        "add_to_suppression_list": add_to_suppression_list,
        "enable_email_rss_campaign": _rss_enable("email"),
        "enable_web_push_rss_campaign": _rss_enable("web_push"),
        "register_push_event": _push_registration("event"),
        "register_push_token": _push_registration("token"),
        "import_products": import_products,
        "create_cart": create_cart,
        "create_order": create_order,
        "import_orders": import_orders,
        "enable_track_engage": enable_track_engage,
        "enable_transactional": enable_transactional,
    }
    handlers |= {f"create_{kind}_campaign": _campaign_creation(kind) for kind in CHANNELS}
    handlers |= {f"update_{channel}_campaign": _campaign_update(channel) for channel in ACTIVITY_OF_SEND}
    handlers |= {f"send_{channel}_campaign": _campaign_send(channel) for channel in ACTIVITY_OF_SEND}
    handlers |= {f"get_{report}_report": _report(report) for report in REPORTS}
    handlers |= {f"{action}_operations": _operation_action(action) for action in OPERATION_ACTIONS}
    handlers |= {
        operation_id: generate_advanced_report
        for operation_id in RESOURCES.operations
        if operation_id.startswith("generate_") and operation_id.endswith("_report")
    }
    return handlers


RULES = VendorRules(
    new_state=Account,
    handlers=_table(),
    error_body=error_body,
    validation_status=422,
    is_business_rule=is_business_rule,
    sample=sample,
    resources=RESOURCES,
    reply_headers=rate_limit_headers,
)
