from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.connected_site_collection import ConnectedSiteCollection
from ...models.problem import Problem
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/connectedsites",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConnectedSiteCollection | Problem | None:
    if response.status_code == 200:
        response_200 = ConnectedSiteCollection.from_dict(response.json())

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
) -> Response[ConnectedSiteCollection | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ConnectedSiteCollection | Problem]:
    """Get all Connected Sites

     Returns all domains usable in Connected Sites (each with its domain and list only).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectedSiteCollection | Problem]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ConnectedSiteCollection | None:
    """Get all Connected Sites

     Returns all domains usable in Connected Sites (each with its domain and list only).

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectedSiteCollection
    """

    response = sync_detailed(
        client=client,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(ConnectedSiteCollection | None, response.parsed)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ConnectedSiteCollection | Problem]:
    """Get all Connected Sites

     Returns all domains usable in Connected Sites (each with its domain and list only).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectedSiteCollection | Problem]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ConnectedSiteCollection | None:
    """Get all Connected Sites

     Returns all domains usable in Connected Sites (each with its domain and list only).

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectedSiteCollection
    """

    response = await asyncio_detailed(
        client=client,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(ConnectedSiteCollection | None, response.parsed)
