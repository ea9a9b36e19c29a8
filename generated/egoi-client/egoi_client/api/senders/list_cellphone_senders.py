from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cellphone_sender_collection import CellphoneSenderCollection
from ...models.problem import Problem
from ...models.sender_status import SenderStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    status: SenderStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/senders/cellphone",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CellphoneSenderCollection | Problem | None:
    if response.status_code == 200:
        response_200 = CellphoneSenderCollection.from_dict(response.json())

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
) -> Response[CellphoneSenderCollection | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    status: SenderStatus | Unset = UNSET,
) -> Response[CellphoneSenderCollection | Problem]:
    """Get all cellphone senders

     Returns all cellphone senders

    Args:
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        status (SenderStatus | Unset): Moderation status of a sender.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CellphoneSenderCollection | Problem]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    status: SenderStatus | Unset = UNSET,
) -> CellphoneSenderCollection | None:
    """Get all cellphone senders

     Returns all cellphone senders

    Args:
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        status (SenderStatus | Unset): Moderation status of a sender.

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CellphoneSenderCollection
    """

    response = sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
        status=status,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(CellphoneSenderCollection | None, response.parsed)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    status: SenderStatus | Unset = UNSET,
) -> Response[CellphoneSenderCollection | Problem]:
    """Get all cellphone senders

     Returns all cellphone senders

    Args:
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        status (SenderStatus | Unset): Moderation status of a sender.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CellphoneSenderCollection | Problem]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    status: SenderStatus | Unset = UNSET,
) -> CellphoneSenderCollection | None:
    """Get all cellphone senders

     Returns all cellphone senders

    Args:
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        status (SenderStatus | Unset): Moderation status of a sender.

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CellphoneSenderCollection
    """

    response = await asyncio_detailed(
        client=client,
        offset=offset,
        limit=limit,
        status=status,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(CellphoneSenderCollection | None, response.parsed)
