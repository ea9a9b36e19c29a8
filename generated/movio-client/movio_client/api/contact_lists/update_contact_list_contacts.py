from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_upsert_result import BulkUpsertResult
from ...models.contact import Contact
from ...models.contact_list_action import ContactListAction
from ...models.contact_list_update_result_type_0_item import ContactListUpdateResultType0Item
from ...models.error import Error
from ...types import UNSET, Response


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
    *, client: AuthenticatedClient | Client, response: httpx.Response
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
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BulkUpsertResult | list[ContactListUpdateResultType0Item] | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    contact_list_id: str,
    *,
    client: AuthenticatedClient,
    body: list[Contact],
    action: ContactListAction,
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkUpsertResult | list[ContactListUpdateResultType0Item] | Error]
    """

    kwargs = _get_kwargs(
        contact_list_id=contact_list_id,
        body=body,
        action=action,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contact_list_id: str,
    *,
    client: AuthenticatedClient,
    body: list[Contact],
    action: ContactListAction,
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

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkUpsertResult | list[ContactListUpdateResultType0Item]
    """

    response = sync_detailed(
        contact_list_id=contact_list_id,
        client=client,
        body=body,
        action=action,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(BulkUpsertResult | list[ContactListUpdateResultType0Item] | None, response.parsed)


async def asyncio_detailed(
    contact_list_id: str,
    *,
    client: AuthenticatedClient,
    body: list[Contact],
    action: ContactListAction,
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkUpsertResult | list[ContactListUpdateResultType0Item] | Error]
    """

    kwargs = _get_kwargs(
        contact_list_id=contact_list_id,
        body=body,
        action=action,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contact_list_id: str,
    *,
    client: AuthenticatedClient,
    body: list[Contact],
    action: ContactListAction,
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

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkUpsertResult | list[ContactListUpdateResultType0Item]
    """

    response = await asyncio_detailed(
        contact_list_id=contact_list_id,
        client=client,
        body=body,
        action=action,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(BulkUpsertResult | list[ContactListUpdateResultType0Item] | None, response.parsed)
