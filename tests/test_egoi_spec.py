"""The E-goi spec holds exactly the vendor's 139 operations, each with a seed example, declared tags,
the rate-limit headers on every response and the `Problem` body on every error."""

from __future__ import annotations

import keyword
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest

from mocks.routing import operations as spec_operations
from mocks.schemas import SchemaSet, pointer
from scripts.vendors import Vendor

RATE_LIMIT_HEADERS = (
    "X-RateLimit-Limit",
    "X-RateLimit-Remaining",
    "X-RateLimit-Reset",
    "X-Account-Limit",
    "X-Account-Remaining",
    "X-Account-Reset",
)
PROBLEM = {"$ref": "#/components/schemas/Problem"}

# How many samples the seed (the flattened vendor reference) holds: request payload samples and
# response samples. Measured once by a one-off extraction from the seed, which the tests must not
# read; every one of them is in the spec as an example carrying its `x-seed-line`.
SEED_PAYLOAD_SAMPLES = 79
SEED_RESPONSE_SAMPLES = 139

# Every operation of the spec, (method, path). Taken from the spec and checked against the
# vendor's own operation list.
OPERATIONS = (
    ("GET", "/automations"),
    ("DELETE", "/automations/{automation_id}"),
    ("GET", "/campaign-groups"),
    ("POST", "/campaign-groups"),
    ("DELETE", "/campaign-groups/{group_id}"),
    ("PUT", "/campaign-groups/{group_id}"),
    ("GET", "/campaigns"),
    ("POST", "/campaigns/email"),
    ("POST", "/campaigns/email/rss"),
    ("POST", "/campaigns/email/rss/{campaign_hash}/actions/enable"),
    ("PATCH", "/campaigns/email/{campaign_hash}"),
    ("POST", "/campaigns/email/{campaign_hash}/actions/send"),
    ("POST", "/campaigns/push"),
    ("PATCH", "/campaigns/push/{campaign_hash}"),
    ("POST", "/campaigns/push/{campaign_hash}/actions/send"),
    ("POST", "/campaigns/smart-sms"),
    ("PATCH", "/campaigns/smart-sms/{campaign_hash}"),
    ("POST", "/campaigns/smart-sms/{campaign_hash}/actions/send"),
    ("POST", "/campaigns/sms"),
    ("PATCH", "/campaigns/sms/{campaign_hash}"),
    ("POST", "/campaigns/sms/{campaign_hash}/actions/send"),
    ("POST", "/campaigns/voice"),
    ("PATCH", "/campaigns/voice/{campaign_hash}"),
    ("POST", "/campaigns/voice/{campaign_hash}/actions/send"),
    ("POST", "/campaigns/web-push"),
    ("PATCH", "/campaigns/web-push/{campaign_hash}"),
    ("POST", "/campaigns/web-push/{campaign_hash}/actions/send"),
    ("POST", "/campaigns/webpush/rss"),
    ("POST", "/campaigns/webpush/rss/{campaign_hash}/actions/enable"),
    ("DELETE", "/campaigns/{campaign_hash}"),
    ("GET", "/catalogs"),
    ("POST", "/catalogs"),
    ("DELETE", "/catalogs/{catalog_id}"),
    ("GET", "/catalogs/{catalog_id}/products"),
    ("POST", "/catalogs/{catalog_id}/products"),
    ("POST", "/catalogs/{catalog_id}/products/actions/import"),
    ("DELETE", "/catalogs/{catalog_id}/products/{product_identifier}"),
    ("GET", "/catalogs/{catalog_id}/products/{product_identifier}"),
    ("PATCH", "/catalogs/{catalog_id}/products/{product_identifier}"),
    ("GET", "/cnames"),
    ("POST", "/cnames"),
    ("GET", "/connectedsites"),
    ("POST", "/connectedsites"),
    ("DELETE", "/connectedsites/{domain}"),
    ("GET", "/connectedsites/{domain}"),
    ("GET", "/contacts/search"),
    ("GET", "/lists"),
    ("POST", "/lists"),
    ("DELETE", "/lists/{list_id}"),
    ("GET", "/lists/{list_id}"),
    ("PATCH", "/lists/{list_id}"),
    ("GET", "/lists/{list_id}/contacts"),
    ("POST", "/lists/{list_id}/contacts"),
    ("POST", "/lists/{list_id}/contacts/actions/activate"),
    ("POST", "/lists/{list_id}/contacts/actions/attach-tag"),
    ("POST", "/lists/{list_id}/contacts/actions/deactivate"),
    ("POST", "/lists/{list_id}/contacts/actions/detach-tag"),
    ("POST", "/lists/{list_id}/contacts/actions/export"),
    ("POST", "/lists/{list_id}/contacts/actions/forget"),
    ("POST", "/lists/{list_id}/contacts/actions/import-bulk"),
    ("POST", "/lists/{list_id}/contacts/actions/start-automation"),
    ("POST", "/lists/{list_id}/contacts/actions/unsubscribe"),
    ("POST", "/lists/{list_id}/contacts/actions/update"),
    ("POST", "/lists/{list_id}/contacts/by-field"),
    ("GET", "/lists/{list_id}/contacts/segment/{segment_id}"),
    ("GET", "/lists/{list_id}/contacts/{contact_id}"),
    ("PATCH", "/lists/{list_id}/contacts/{contact_id}"),
    ("GET", "/lists/{list_id}/contacts/{contact_id}/activities"),
    ("GET", "/lists/{list_id}/fields"),
    ("PATCH", "/lists/{list_id}/fields/base/{field_id}"),
    ("POST", "/lists/{list_id}/fields/extra"),
    ("DELETE", "/lists/{list_id}/fields/extra/{field_id}"),
    ("PATCH", "/lists/{list_id}/fields/extra/{field_id}"),
    ("GET", "/lists/{list_id}/fields/extra/{field_id}/options"),
    ("POST", "/lists/{list_id}/fields/extra/{field_id}/options"),
    ("DELETE", "/lists/{list_id}/fields/extra/{field_id}/options/{option_id}"),
    ("PATCH", "/lists/{list_id}/fields/extra/{field_id}/options/{option_id}"),
    ("POST", "/lists/{list_id}/orders"),
    ("GET", "/lists/{list_id}/segments"),
    ("DELETE", "/lists/{list_id}/segments/{segment_id}"),
    ("GET", "/my-account"),
    ("POST", "/my-account/actions/enable-te"),
    ("POST", "/my-account/actions/enable-transactional"),
    ("GET", "/operations"),
    ("POST", "/operations/actions/approve"),
    ("POST", "/operations/actions/cancel"),
    ("POST", "/operations/actions/pause"),
    ("POST", "/operations/actions/resume"),
    ("GET", "/push/apps"),
    ("GET", "/push/apps/{app_id}"),
    ("POST", "/push/apps/{app_id}/event"),
    ("POST", "/push/apps/{app_id}/token"),
    ("GET", "/reports/advanced"),
    ("POST", "/reports/advanced/contact-activity"),
    ("POST", "/reports/advanced/email-bounces"),
    ("POST", "/reports/advanced/email-clicks-by-contact"),
    ("POST", "/reports/advanced/email-clicks-by-url"),
    ("POST", "/reports/advanced/email-events"),
    ("POST", "/reports/advanced/email-unsubscriptions"),
    ("POST", "/reports/advanced/form-answers"),
    ("POST", "/reports/advanced/sends"),
    ("POST", "/reports/advanced/sms-bounces"),
    ("POST", "/reports/advanced/sms-events"),
    ("POST", "/reports/advanced/subscriptions"),
    ("POST", "/reports/advanced/unsubscriptions"),
    ("GET", "/reports/email/{campaign_hash}"),
    ("GET", "/reports/push/{campaign_hash}"),
    ("GET", "/reports/sms/{campaign_hash}"),
    ("GET", "/reports/voice/{campaign_hash}"),
    ("GET", "/reports/web-push/{campaign_hash}"),
    ("GET", "/senders/cellphone"),
    ("POST", "/senders/cellphone"),
    ("DELETE", "/senders/cellphone/{sender_id}"),
    ("GET", "/senders/email"),
    ("POST", "/senders/email"),
    ("DELETE", "/senders/email/{sender_id}"),
    ("PUT", "/senders/email/{sender_id}"),
    ("GET", "/senders/phone"),
    ("POST", "/senders/phone"),
    ("DELETE", "/senders/phone/{sender_id}"),
    ("GET", "/suppression-list"),
    ("POST", "/suppression-list"),
    ("DELETE", "/suppression-list/{suppression_id}"),
    ("GET", "/tags"),
    ("POST", "/tags"),
    ("DELETE", "/tags/{tag_id}"),
    ("PUT", "/tags/{tag_id}"),
    ("GET", "/trackengage/domains"),
    ("GET", "/trackengage/goals"),
    ("GET", "/users"),
    ("DELETE", "/users/{user_id}"),
    ("GET", "/utilities/countries"),
    ("GET", "/webhooks"),
    ("POST", "/webhooks"),
    ("DELETE", "/webhooks/{webhook_id}"),
    ("GET", "/webpush/sites"),
    ("POST", "/webpush/sites"),
    ("POST", "/{domain}/carts"),
    ("POST", "/{domain}/orders"),
)


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return Vendor("egoi").spec()


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(method, path, operation) for every top-level operation."""
    for found in spec_operations(spec):
        yield found.method.upper(), found.template, found.definition


def seed_examples(node: Any, where: str = "") -> Iterator[tuple[str, Any]]:
    """(pointer, x-seed-line) of every example under `node` that comes from the seed."""
    if isinstance(node, dict):
        if "x-seed-line" in node:
            yield where, node["x-seed-line"]
        for key, value in node.items():
            yield from seed_examples(value, where + pointer(str(key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from seed_examples(value, f"{where}/{index}")


def test_the_operations_are_the_vendors(spec: dict[str, Any]) -> None:
    assert len(OPERATIONS) == len(set(OPERATIONS)) == 139
    found = [(method, path) for method, path, _ in operations(spec)]
    assert len(found) == len(set(found))
    assert sorted(set(found) - set(OPERATIONS)) == [], "operations the vendor does not have"
    assert sorted(set(OPERATIONS) - set(found)) == [], "vendor operations missing from the spec"


def test_operation_ids_are_unique_snake_case_identifiers(spec: dict[str, Any]) -> None:
    ids = [operation.get("operationId", "") for _, _, operation in operations(spec)]
    assert [name for name, count in Counter(ids).items() if count > 1] == []
    for name in ids:
        assert re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", name), f"{name!r} is not snake_case"
        assert name.isidentifier() and not keyword.iskeyword(name), name


def test_every_operation_has_one_declared_tag(spec: dict[str, Any]) -> None:
    declared = [tag["name"] for tag in spec["tags"]]
    assert len(declared) == len(set(declared))
    for method, path, operation in operations(spec):
        tags = operation.get("tags", [])
        assert len(tags) == 1 and tags[0] in declared, f"{method} {path}: tags {tags}"


def test_seed_examples_are_all_there_once(spec: dict[str, Any]) -> None:
    payloads: list[tuple[str, Any]] = []
    responses: list[tuple[str, Any]] = []
    callbacks: list[tuple[str, Any]] = []
    without_seed = []
    for method, path, operation in operations(spec):
        where = pointer("paths", path, method.lower())
        found = {
            part: list(seed_examples(operation.get(part, {}), where + pointer(part)))
            for part in ("requestBody", "responses", "callbacks")
        }
        payloads += found["requestBody"]
        responses += found["responses"]
        callbacks += found["callbacks"]
        if not found["requestBody"] + found["responses"]:
            without_seed.append(f"{method} {path}")
    # Callbacks may also live in components.pathItems; they are counted with the callbacks.
    callbacks += seed_examples(spec["components"].get("pathItems", {}), "/components/pathItems")
    located = {where for where, _ in payloads + responses + callbacks}
    elsewhere = [where for where, _ in seed_examples(spec) if where not in located]
    assert elsewhere == [], "seed examples outside operation payloads, responses and callbacks"
    for where, line in payloads + responses + callbacks:
        assert isinstance(line, int) and line > 0, f"{where}: x-seed-line {line!r}"
        assert where.rsplit("/", 2)[-2] == "examples", f"{where}: x-seed-line belongs on a named example"
    lines = Counter(line for _, line in payloads + responses + callbacks)
    assert sorted(line for line, count in lines.items() if count > 1) == [], "seed lines used twice"
    assert without_seed == [], "operations without a seed example"
    assert len(payloads) == SEED_PAYLOAD_SAMPLES, "payload samples with x-seed-line"
    assert len(responses) == SEED_RESPONSE_SAMPLES, "response samples with x-seed-line"


def test_every_response_declares_the_rate_limit_headers(spec: dict[str, Any]) -> None:
    schemas = SchemaSet(spec)
    for method, path, operation in operations(spec):
        for status, response in operation["responses"].items():
            headers = schemas.resolve(response).get("headers", {})
            missing = [name for name in RATE_LIMIT_HEADERS if name not in headers]
            assert missing == [], f"{method} {path} {status} lacks {missing}"
            for name in RATE_LIMIT_HEADERS:
                assert schemas.resolve(headers[name]).get("schema", {}).get("type") == "integer", (
                    f"{method} {path} {status} {name}"
                )


def test_every_error_response_is_a_problem(spec: dict[str, Any]) -> None:
    schemas = SchemaSet(spec)
    for method, path, operation in operations(spec):
        for status, response in operation["responses"].items():
            if status[0] not in "45":
                continue
            content = schemas.resolve(response).get("content", {})
            assert content, f"{method} {path} {status} has no body"
            for media_type, media in content.items():
                assert media.get("schema") == PROBLEM, f"{method} {path} {status} {media_type}"
