"""The E-goi client's runtime on E-goi's own terms: contacts read across pages by `offset` and
`limit` until `total_items`, a 429 retried after `X-RateLimit-Reset`, and an operation module
that imports only the models it names."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass, field

import httpx
import pytest
from egoi_client import AuthenticatedClient
from egoi_client.api.contacts import list_contacts
from egoi_client.api.lists import get_list
from egoi_client.auth import connect_apikey
from egoi_client.errors import RateLimitError
from egoi_client.models import Contact, ContactBaseFull

KEY = "egoi-runtime-key"
TOTAL = 25


def contact(number: int) -> dict[str, object]:
    return {"base": {"contact_id": f"{number:010x}", "email": f"c{number}@example.org"}}


@dataclass
class ContactPages:
    """E-goi's list 7 with TOTAL contacts, answered a page at a time; records each query."""

    queries: list[dict[str, str]] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/lists/7/contacts"
        assert request.headers["Apikey"] == KEY
        query = dict(request.url.params)
        self.queries.append(query)
        offset, limit = int(query["offset"]), int(query["limit"])
        page = [contact(n) for n in range(offset, min(offset + limit, TOTAL))]
        return httpx.Response(200, json={"total_items": TOTAL, "items": page})


def client_for(pages: ContactPages) -> AuthenticatedClient:
    return connect_apikey(key=KEY, httpx_args={"transport": httpx.MockTransport(pages)})


def test_iterate_reads_three_pages_of_contacts() -> None:
    pages = ContactPages()
    contacts = list(list_contacts.iterate(7, client=client_for(pages), first_name="Ann"))
    assert all(isinstance(found, Contact) for found in contacts)
    assert [found.base.email for found in contacts if isinstance(found.base, ContactBaseFull)] == [
        f"c{n}@example.org" for n in range(TOTAL)
    ]
    assert pages.queries == [
        {"offset": str(offset), "limit": "10", "first_name": "Ann"} for offset in (0, 10, 20)
    ]


@pytest.mark.anyio
async def test_aiterate_reads_three_pages_of_contacts() -> None:
    pages = ContactPages()
    client = client_for(pages)
    emails = [
        found.base.email async for found in list_contacts.aiterate(7, client=client, limit=9) if found.base
    ]
    assert emails == [f"c{n}@example.org" for n in range(TOTAL)]
    assert [query["offset"] for query in pages.queries] == ["0", "9", "18"]


def test_a_429_waits_for_x_ratelimit_reset() -> None:
    answers = [
        httpx.Response(
            429, json={"title": "Too Many Requests", "status": 429}, headers={"X-RateLimit-Reset": "12"}
        ),
        httpx.Response(
            429, json={"title": "Too Many Requests", "status": 429}, headers={"X-RateLimit-Reset": "90"}
        ),
    ]
    waits: list[float] = []
    client = connect_apikey(
        key=KEY, sleep=waits.append, httpx_args={"transport": httpx.MockTransport(lambda _: answers.pop(0))}
    )
    with pytest.raises(RateLimitError) as raised:
        get_list.sync(1, client=client)
    assert waits == [12.0], "the second reset is beyond max_retry_wait (60 s): raised at once"
    assert raised.value.headers["X-RateLimit-Reset"] == "90"


def test_importing_an_operation_imports_its_models_only_and_not_httpx() -> None:
    code = (
        "import json, sys; import egoi_client.api.contacts.list_contacts; "
        "models = sorted(m for m in sys.modules if m.startswith('egoi_client.models.')); "
        "print(json.dumps([models, 'httpx' in sys.modules]))"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert json.loads(output) == [
        [
            "egoi_client.models.contact_collection",
            "egoi_client.models.contact_extra_field_filter",
            "egoi_client.models.contact_language",
            "egoi_client.models.problem",
        ],
        False,
    ]
