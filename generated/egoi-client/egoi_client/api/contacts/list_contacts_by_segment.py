from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_collection import ContactCollection
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    list_id: int,
    segment_id: str,
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    show_removed: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["show_removed"] = show_removed

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/lists/{list_id}/contacts/segment/{segment_id}".format(
            list_id=quote(str(list_id), safe=""),
            segment_id=quote(str(segment_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactCollection | Problem | None:
    if response.status_code == 200:
        response_200 = ContactCollection.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[ContactCollection | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    list_id: int,
    segment_id: str,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    show_removed: bool | Unset = False,
) -> Response[ContactCollection | Problem]:
    """Get all contacts by Segment Id

     Returns all contacts filtered by Segment Id

    Args:
        list_id (int): A numeric E-goi id (`ID`).
        segment_id (str):
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        show_removed (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactCollection | Problem]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        segment_id=segment_id,
        offset=offset,
        limit=limit,
        show_removed=show_removed,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    list_id: int,
    segment_id: str,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    show_removed: bool | Unset = False,
) -> ContactCollection | None:
    """Get all contacts by Segment Id

     Returns all contacts filtered by Segment Id

    Args:
        list_id (int): A numeric E-goi id (`ID`).
        segment_id (str):
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        show_removed (bool | Unset):  Default: False.

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactCollection
    """

    response = sync_detailed(
        list_id=list_id,
        segment_id=segment_id,
        client=client,
        offset=offset,
        limit=limit,
        show_removed=show_removed,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(ContactCollection | None, response.parsed)


async def asyncio_detailed(
    list_id: int,
    segment_id: str,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    show_removed: bool | Unset = False,
) -> Response[ContactCollection | Problem]:
    """Get all contacts by Segment Id

     Returns all contacts filtered by Segment Id

    Args:
        list_id (int): A numeric E-goi id (`ID`).
        segment_id (str):
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        show_removed (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactCollection | Problem]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        segment_id=segment_id,
        offset=offset,
        limit=limit,
        show_removed=show_removed,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    list_id: int,
    segment_id: str,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    show_removed: bool | Unset = False,
) -> ContactCollection | None:
    """Get all contacts by Segment Id

     Returns all contacts filtered by Segment Id

    Args:
        list_id (int): A numeric E-goi id (`ID`).
        segment_id (str):
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        show_removed (bool | Unset):  Default: False.

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactCollection
    """

    response = await asyncio_detailed(
        list_id=list_id,
        segment_id=segment_id,
        client=client,
        offset=offset,
        limit=limit,
        show_removed=show_removed,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(ContactCollection | None, response.parsed)
