"""A newsletter integration with E-goi, through the generated client, against each E-goi target:
the mock, and the live API when its credentials are set and writes are allowed
(CONTRACT_ALLOW_WRITES=1; the run deletes the list it made)."""

from __future__ import annotations

import uuid
from typing import TypeVar

import pytest
from egoi_client.api.contacts import (
    attach_tag_to_contacts,
    create_contact,
    get_contact,
    list_contacts,
    unsubscribe_contacts,
)
from egoi_client.api.lists import create_list, delete_list, get_list
from egoi_client.api.tags import create_tag, delete_tag
from egoi_client.auth import connect_apikey
from egoi_client.errors import ConflictError, NotFoundError
from egoi_client.models import (
    ContactBase,
    ContactDetails,
    ContactInput,
    ContactsTagRequest,
    ContactsUnsubscribeRequest,
    ContactUnsubscription,
    ListCreateRequest,
    TagRequest,
)
from egoi_client.types import Unset

from mocks.transport import InProcessTransport
from scripts.targets import Target

T = TypeVar("T")


def known(value: T | Unset | None) -> T:
    """A member the answer must have (the models type each one as possibly unset)."""
    assert value is not None and not isinstance(value, Unset)
    return value


@pytest.mark.vendor("egoi")
def test_list_contacts_tags_paging_unsubscribe_delete(target: Target) -> None:
    """A list; three contacts (a fourth with a known email is refused); a tag on two of them; the
    contacts read page by page; one unsubscribed and gone from the list's contacts; all deleted."""
    if not target.writes_allowed:
        pytest.skip("the workflow creates records: set CONTRACT_ALLOW_WRITES=1 to run it live")
    run = uuid.uuid4().hex[:10]
    emails = [f"{name}-{run}@example.org" for name in ("ann", "bob", "cy")]
    transport = {"transport": InProcessTransport(target.app)} if target.app else {}
    key = target.credentials().headers["Apikey"]
    with connect_apikey(target.base_url, key=key, httpx_args=transport) as client:

        def add(email: str) -> str:
            body = ContactInput(base=ContactBase(email=email))
            return known(create_contact.sync(client=client, list_id=list_id, body=body)).contact_id

        def contact(contact_id: str) -> ContactDetails:
            return known(get_contact.sync(client=client, list_id=list_id, contact_id=contact_id))

        def listed() -> list[tuple[str, str]]:
            pages = list_contacts.iterate(client=client, list_id=list_id, limit=2)
            return [(known(known(c.base).contact_id), known(known(c.base).email)) for c in pages]

        made = known(create_list.sync(client=client, body=ListCreateRequest(internal_name=f"workflow-{run}")))
        list_id = known(made.list_id)
        assert (made.internal_name, made.public_name) == (f"workflow-{run}", f"workflow-{run}")
        try:
            ids = [add(email) for email in emails]
            with pytest.raises(ConflictError) as refused:
                add(emails[1])
            assert refused.value.status_code == 409

            tag = known(create_tag.sync(client=client, body=TagRequest(name=f"vip-{run}", color="#FF0000")))
            tag_id = known(tag.tag_id)
            tagged = ContactsTagRequest(contacts=ids[:2], tag_id=tag_id)
            attached = known(attach_tag_to_contacts.sync(client=client, list_id=list_id, body=tagged))
            assert attached.result == "success"
            assert [contact(i).tags for i in ids] == [[tag_id], [tag_id], []]

            assert listed() == list(zip(ids, emails, strict=True))

            leaving = ContactsUnsubscribeRequest(data=[ContactUnsubscription(contact_id=ids[1])])
            result = known(unsubscribe_contacts.sync(client=client, list_id=list_id, body=leaving))
            assert result.success == [ids[1]]
            assert known(contact(ids[1]).base).status == "removed"
            assert listed() == [(ids[0], emails[0]), (ids[2], emails[2])]
            stats = known(known(get_list.sync(client=client, list_id=list_id)).stats)
            assert (stats.total_contacts, stats.total_removed) == (3, 1)
            assert delete_tag.sync_detailed(client=client, tag_id=tag_id).status_code == 204
        finally:
            assert delete_list.sync_detailed(client=client, list_id=list_id).status_code == 204
        with pytest.raises(NotFoundError):
            get_list.sync(client=client, list_id=list_id)
