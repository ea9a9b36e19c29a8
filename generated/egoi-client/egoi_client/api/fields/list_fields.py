from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.field import Field
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    list_id: int,
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/lists/{list_id}/fields".format(
            list_id=quote(str(list_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | list[Field] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_field_array_item_data in _response_200:
            componentsschemas_field_array_item = Field.from_dict(componentsschemas_field_array_item_data)

            response_200.append(componentsschemas_field_array_item)

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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
) -> Response[Problem | list[Field]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    list_id: int,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
) -> Response[Problem | list[Field]]:
    """Get all fields

     Returns all fields. The answer is a bare array of the list's base and extra fields, not a
    `{total_items, items}` page, although `offset` and `limit` apply.

    Args:
        list_id (int): A numeric E-goi id (`ID`).
        offset (int | Unset):
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[Field]]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    list_id: int,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
) -> list[Field] | None:
    """Get all fields

     Returns all fields. The answer is a bare array of the list's base and extra fields, not a
    `{total_items, items}` page, although `offset` and `limit` apply.

    Args:
        list_id (int): A numeric E-goi id (`ID`).
        offset (int | Unset):
        limit (int | Unset):  Default: 10.

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Field]
    """

    response = sync_detailed(
        list_id=list_id,
        client=client,
        offset=offset,
        limit=limit,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(list[Field] | None, response.parsed)


async def asyncio_detailed(
    list_id: int,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
) -> Response[Problem | list[Field]]:
    """Get all fields

     Returns all fields. The answer is a bare array of the list's base and extra fields, not a
    `{total_items, items}` page, although `offset` and `limit` apply.

    Args:
        list_id (int): A numeric E-goi id (`ID`).
        offset (int | Unset):
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[Field]]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    list_id: int,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
) -> list[Field] | None:
    """Get all fields

     Returns all fields. The answer is a bare array of the list's base and extra fields, not a
    `{total_items, items}` page, although `offset` and `limit` apply.

    Args:
        list_id (int): A numeric E-goi id (`ID`).
        offset (int | Unset):
        limit (int | Unset):  Default: 10.

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Field]
    """

    response = await asyncio_detailed(
        list_id=list_id,
        client=client,
        offset=offset,
        limit=limit,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(list[Field] | None, response.parsed)
