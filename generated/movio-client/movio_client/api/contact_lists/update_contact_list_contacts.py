from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

from ...client import AuthenticatedClient, Client
from ...models.bulk_upsert_result import BulkUpsertResult
from ...models.contact import Contact
from ...models.contact_list_action import ContactListAction
from ...models.contact_list_update_result_type_0_item import ContactListUpdateResultType0Item
from ...models.error import Error
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx


def _get_kwargs(
    contact_list_id: str,
    *,
    body: list[Contact],
    action: ContactListAction,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_action = action.value
    params["action"] = json_action

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/contact-lists/{contact_list_id}/contacts".format(
            contact_list_id=quote(str(contact_list_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: "httpx.Response"
) -> BulkUpsertResult | list[ContactListUpdateResultType0Item] | Error | None:
    if response.status_code == 202:

        def _parse_response_202(data: object) -> BulkUpsertResult | list[ContactListUpdateResultType0Item]:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_contact_list_update_result_type_0 = []
                _componentsschemas_contact_list_update_result_type_0 = data
                for (
                    componentsschemas_contact_list_update_result_type_0_item_data
                ) in _componentsschemas_contact_list_update_result_type_0:
                    componentsschemas_contact_list_update_result_type_0_item = (
                        ContactListUpdateResultType0Item.from_dict(
                            componentsschemas_contact_list_update_result_type_0_item_data
                        )
                    )

                    componentsschemas_contact_list_update_result_type_0.append(
                        componentsschemas_contact_list_update_result_type_0_item
                    )

                return componentsschemas_contact_list_update_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_contact_list_update_result_type_1 = BulkUpsertResult.from_dict(data)

            return componentsschemas_contact_list_update_result_type_1

        response_202 = _parse_response_202(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        from ... import _runtime

        raise _runtime.unexpected_status(client, response)
    else:
        return None


def sync_detailed(
    contact_list_id: str,
    *,
    client: AuthenticatedClient,
    body: list[Contact],
    action: ContactListAction,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[BulkUpsertResult | list[ContactListUpdateResultType0Item] | Error]:
    """Update the contacts of a contact list

     "Update Contacts": appends, replaces or deletes the given contacts in an existing contact
    list, depending on `action`. Only the contacts specified in the request are modified; the
    other contacts of the list remain unchanged.

    Unconfirmed: how `replace` fits "other contacts remain unchanged" is not explained by the
    docs.

    Args:
        contact_list_id (str):
        action (ContactListAction): What to do with the contacts in the request: add them to the
            list, replace them, or
            remove them from the list. Unconfirmed: what `replace` does to the contacts not in the
            request.
        body (list[Contact]): The contacts. Unconfirmed: no size limit is documented for contact-
            list bodies.
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[BulkUpsertResult | list[ContactListUpdateResultType0Item] | Error]
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(
            contact_list_id=contact_list_id,
            body=body,
            action=action,
        ),
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


def sync(
    contact_list_id: str,
    *,
    client: AuthenticatedClient,
    body: list[Contact],
    action: ContactListAction,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> BulkUpsertResult | list[ContactListUpdateResultType0Item] | None:
    """Update the contacts of a contact list

     "Update Contacts": appends, replaces or deletes the given contacts in an existing contact
    list, depending on `action`. Only the contacts specified in the request are modified; the
    other contacts of the list remain unchanged.

    Unconfirmed: how `replace` fits "other contacts remain unchanged" is not explained by the
    docs.

    Args:
        contact_list_id (str):
        action (ContactListAction): What to do with the contacts in the request: add them to the
            list, replace them, or
            remove them from the list. Unconfirmed: what `replace` does to the contacts not in the
            request.
        body (list[Contact]): The contacts. Unconfirmed: no size limit is documented for contact-
            list bodies.
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        BulkUpsertResult | list[ContactListUpdateResultType0Item]
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(
            contact_list_id=contact_list_id,
            body=body,
            action=action,
        ),
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(
        BulkUpsertResult | list[ContactListUpdateResultType0Item] | None,
        _runtime.checked(client, response, _parse_response).parsed,
    )


async def asyncio_detailed(
    contact_list_id: str,
    *,
    client: AuthenticatedClient,
    body: list[Contact],
    action: ContactListAction,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[BulkUpsertResult | list[ContactListUpdateResultType0Item] | Error]:
    """Update the contacts of a contact list

     "Update Contacts": appends, replaces or deletes the given contacts in an existing contact
    list, depending on `action`. Only the contacts specified in the request are modified; the
    other contacts of the list remain unchanged.

    Unconfirmed: how `replace` fits "other contacts remain unchanged" is not explained by the
    docs.

    Args:
        contact_list_id (str):
        action (ContactListAction): What to do with the contacts in the request: add them to the
            list, replace them, or
            remove them from the list. Unconfirmed: what `replace` does to the contacts not in the
            request.
        body (list[Contact]): The contacts. Unconfirmed: no size limit is documented for contact-
            list bodies.
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[BulkUpsertResult | list[ContactListUpdateResultType0Item] | Error]
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(
            contact_list_id=contact_list_id,
            body=body,
            action=action,
        ),
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


async def asyncio(
    contact_list_id: str,
    *,
    client: AuthenticatedClient,
    body: list[Contact],
    action: ContactListAction,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> BulkUpsertResult | list[ContactListUpdateResultType0Item] | None:
    """Update the contacts of a contact list

     "Update Contacts": appends, replaces or deletes the given contacts in an existing contact
    list, depending on `action`. Only the contacts specified in the request are modified; the
    other contacts of the list remain unchanged.

    Unconfirmed: how `replace` fits "other contacts remain unchanged" is not explained by the
    docs.

    Args:
        contact_list_id (str):
        action (ContactListAction): What to do with the contacts in the request: add them to the
            list, replace them, or
            remove them from the list. Unconfirmed: what `replace` does to the contacts not in the
            request.
        body (list[Contact]): The contacts. Unconfirmed: no size limit is documented for contact-
            list bodies.
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        BulkUpsertResult | list[ContactListUpdateResultType0Item]
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(
            contact_list_id=contact_list_id,
            body=body,
            action=action,
        ),
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(
        BulkUpsertResult | list[ContactListUpdateResultType0Item] | None,
        _runtime.checked(client, response, _parse_response).parsed,
    )
