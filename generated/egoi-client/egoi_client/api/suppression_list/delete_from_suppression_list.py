from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    suppression_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/suppression-list/{suppression_id}".format(
            suppression_id=quote(str(suppression_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    suppression_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Problem]:
    """Delete from suppression list

     Deletes a suppression list value given its ID if it's creation method was ´manual´. Unconfirmed: the
    reference lists no success status (only the 401 sample); 204 No Content is assumed, as for E-goi's
    other deletes.

    Args:
        suppression_id (int): A numeric E-goi id (`ID`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        suppression_id=suppression_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    suppression_id: int,
    *,
    client: AuthenticatedClient,
) -> Any | None:
    """Delete from suppression list

     Deletes a suppression list value given its ID if it's creation method was ´manual´. Unconfirmed: the
    reference lists no success status (only the 401 sample); 204 No Content is assumed, as for E-goi's
    other deletes.

    Args:
        suppression_id (int): A numeric E-goi id (`ID`).

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any
    """

    response = sync_detailed(
        suppression_id=suppression_id,
        client=client,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(Any | None, response.parsed)


async def asyncio_detailed(
    suppression_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Problem]:
    """Delete from suppression list

     Deletes a suppression list value given its ID if it's creation method was ´manual´. Unconfirmed: the
    reference lists no success status (only the 401 sample); 204 No Content is assumed, as for E-goi's
    other deletes.

    Args:
        suppression_id (int): A numeric E-goi id (`ID`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        suppression_id=suppression_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    suppression_id: int,
    *,
    client: AuthenticatedClient,
) -> Any | None:
    """Delete from suppression list

     Deletes a suppression list value given its ID if it's creation method was ´manual´. Unconfirmed: the
    reference lists no success status (only the 401 sample); 204 No Content is assumed, as for E-goi's
    other deletes.

    Args:
        suppression_id (int): A numeric E-goi id (`ID`).

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any
    """

    response = await asyncio_detailed(
        suppression_id=suppression_id,
        client=client,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(Any | None, response.parsed)
