from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_group_collection import CampaignGroupCollection
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    group_id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["group_id"] = group_id

    params["name"] = name

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/campaign-groups",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CampaignGroupCollection | Problem | None:
    if response.status_code == 200:
        response_200 = CampaignGroupCollection.from_dict(response.json())

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
) -> Response[CampaignGroupCollection | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    group_id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
) -> Response[CampaignGroupCollection | Problem]:
    """Get all campaign groups

     Returns all campaign groups

    Args:
        group_id (int | Unset): A numeric E-goi id (`ID`).
        name (str | Unset):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignGroupCollection | Problem]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        name=name,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    group_id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
) -> CampaignGroupCollection | None:
    """Get all campaign groups

     Returns all campaign groups

    Args:
        group_id (int | Unset): A numeric E-goi id (`ID`).
        name (str | Unset):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignGroupCollection
    """

    response = sync_detailed(
        client=client,
        group_id=group_id,
        name=name,
        limit=limit,
        offset=offset,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(CampaignGroupCollection | None, response.parsed)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    group_id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
) -> Response[CampaignGroupCollection | Problem]:
    """Get all campaign groups

     Returns all campaign groups

    Args:
        group_id (int | Unset): A numeric E-goi id (`ID`).
        name (str | Unset):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignGroupCollection | Problem]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        name=name,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    group_id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
) -> CampaignGroupCollection | None:
    """Get all campaign groups

     Returns all campaign groups

    Args:
        group_id (int | Unset): A numeric E-goi id (`ID`).
        name (str | Unset):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignGroupCollection
    """

    response = await asyncio_detailed(
        client=client,
        group_id=group_id,
        name=name,
        limit=limit,
        offset=offset,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(CampaignGroupCollection | None, response.parsed)
