from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.country_collection import CountryCollection
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    phone: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["phone"] = phone

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/utilities/countries",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CountryCollection | Problem | None:
    if response.status_code == 200:
        response_200 = CountryCollection.from_dict(response.json())

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
) -> Response[CountryCollection | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    phone: str | Unset = UNSET,
) -> Response[CountryCollection | Problem]:
    """Get all countries

     Returns all countries.

    Args:
        phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CountryCollection | Problem]
    """

    kwargs = _get_kwargs(
        phone=phone,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    phone: str | Unset = UNSET,
) -> CountryCollection | None:
    """Get all countries

     Returns all countries.

    Args:
        phone (str | Unset):

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CountryCollection
    """

    response = sync_detailed(
        client=client,
        phone=phone,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(CountryCollection | None, response.parsed)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    phone: str | Unset = UNSET,
) -> Response[CountryCollection | Problem]:
    """Get all countries

     Returns all countries.

    Args:
        phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CountryCollection | Problem]
    """

    kwargs = _get_kwargs(
        phone=phone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    phone: str | Unset = UNSET,
) -> CountryCollection | None:
    """Get all countries

     Returns all countries.

    Args:
        phone (str | Unset):

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CountryCollection
    """

    response = await asyncio_detailed(
        client=client,
        phone=phone,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(CountryCollection | None, response.parsed)
