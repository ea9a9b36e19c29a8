from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_activity_action import ContactActivityAction
from ...models.contact_activity_items import ContactActivityItems
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    list_id: int,
    contact_id: str,
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    date_min: str | Unset = UNSET,
    date_max: str | Unset = UNSET,
    action_name: ContactActivityAction | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["date_min"] = date_min

    params["date_max"] = date_max

    json_action_name: str | Unset = UNSET
    if not isinstance(action_name, Unset):
        json_action_name = action_name.value

    params["action_name"] = json_action_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/lists/{list_id}/contacts/{contact_id}/activities".format(
            list_id=quote(str(list_id), safe=""),
            contact_id=quote(str(contact_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactActivityItems | Problem | None:
    if response.status_code == 200:
        response_200 = ContactActivityItems.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 408:
        response_408 = Problem.from_dict(response.json())

        return response_408

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContactActivityItems | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    list_id: int,
    contact_id: str,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    date_min: str | Unset = UNSET,
    date_max: str | Unset = UNSET,
    action_name: ContactActivityAction | Unset = UNSET,
) -> Response[ContactActivityItems | Problem]:
    """Get all contact activities

     Returns all contact activities

    Args:
        list_id (int): A numeric E-goi id (`ID`).
        contact_id (str): A contact id, ten hexadecimal characters.
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        date_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        date_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        action_name (ContactActivityAction | Unset): Kind of contact activity.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactActivityItems | Problem]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        contact_id=contact_id,
        offset=offset,
        limit=limit,
        date_min=date_min,
        date_max=date_max,
        action_name=action_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    list_id: int,
    contact_id: str,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    date_min: str | Unset = UNSET,
    date_max: str | Unset = UNSET,
    action_name: ContactActivityAction | Unset = UNSET,
) -> ContactActivityItems | None:
    """Get all contact activities

     Returns all contact activities

    Args:
        list_id (int): A numeric E-goi id (`ID`).
        contact_id (str): A contact id, ten hexadecimal characters.
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        date_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        date_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        action_name (ContactActivityAction | Unset): Kind of contact activity.

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactActivityItems
    """

    response = sync_detailed(
        list_id=list_id,
        contact_id=contact_id,
        client=client,
        offset=offset,
        limit=limit,
        date_min=date_min,
        date_max=date_max,
        action_name=action_name,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(ContactActivityItems | None, response.parsed)


async def asyncio_detailed(
    list_id: int,
    contact_id: str,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    date_min: str | Unset = UNSET,
    date_max: str | Unset = UNSET,
    action_name: ContactActivityAction | Unset = UNSET,
) -> Response[ContactActivityItems | Problem]:
    """Get all contact activities

     Returns all contact activities

    Args:
        list_id (int): A numeric E-goi id (`ID`).
        contact_id (str): A contact id, ten hexadecimal characters.
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        date_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        date_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        action_name (ContactActivityAction | Unset): Kind of contact activity.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactActivityItems | Problem]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        contact_id=contact_id,
        offset=offset,
        limit=limit,
        date_min=date_min,
        date_max=date_max,
        action_name=action_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    list_id: int,
    contact_id: str,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    date_min: str | Unset = UNSET,
    date_max: str | Unset = UNSET,
    action_name: ContactActivityAction | Unset = UNSET,
) -> ContactActivityItems | None:
    """Get all contact activities

     Returns all contact activities

    Args:
        list_id (int): A numeric E-goi id (`ID`).
        contact_id (str): A contact id, ten hexadecimal characters.
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        date_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        date_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        action_name (ContactActivityAction | Unset): Kind of contact activity.

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactActivityItems
    """

    response = await asyncio_detailed(
        list_id=list_id,
        contact_id=contact_id,
        client=client,
        offset=offset,
        limit=limit,
        date_min=date_min,
        date_max=date_max,
        action_name=action_name,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(ContactActivityItems | None, response.parsed)
