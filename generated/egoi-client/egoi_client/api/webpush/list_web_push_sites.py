from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_web_push_sites_order import ListWebPushSitesOrder
from ...models.list_web_push_sites_order_by import ListWebPushSitesOrderBy
from ...models.problem import Problem
from ...models.web_push_site_collection import WebPushSiteCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: ListWebPushSitesOrder | Unset = ListWebPushSitesOrder.DESC,
    order_by: ListWebPushSitesOrderBy | Unset = ListWebPushSitesOrderBy.LIST_ID,
    list_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by.value

    params["order_by"] = json_order_by

    params["list_id"] = list_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/webpush/sites",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | WebPushSiteCollection | None:
    if response.status_code == 200:
        response_200 = WebPushSiteCollection.from_dict(response.json())

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
) -> Response[Problem | WebPushSiteCollection]:
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
    order: ListWebPushSitesOrder | Unset = ListWebPushSitesOrder.DESC,
    order_by: ListWebPushSitesOrderBy | Unset = ListWebPushSitesOrderBy.LIST_ID,
    list_id: int | Unset = UNSET,
) -> Response[Problem | WebPushSiteCollection]:
    """Get all webpush sites

     Returns all wepush's sites

    Args:
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        order (ListWebPushSitesOrder | Unset):  Default: ListWebPushSitesOrder.DESC.
        order_by (ListWebPushSitesOrderBy | Unset):  Default: ListWebPushSitesOrderBy.LIST_ID.
        list_id (int | Unset): A numeric E-goi id (`ID`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WebPushSiteCollection]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        order=order,
        order_by=order_by,
        list_id=list_id,
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
    order: ListWebPushSitesOrder | Unset = ListWebPushSitesOrder.DESC,
    order_by: ListWebPushSitesOrderBy | Unset = ListWebPushSitesOrderBy.LIST_ID,
    list_id: int | Unset = UNSET,
) -> WebPushSiteCollection | None:
    """Get all webpush sites

     Returns all wepush's sites

    Args:
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        order (ListWebPushSitesOrder | Unset):  Default: ListWebPushSitesOrder.DESC.
        order_by (ListWebPushSitesOrderBy | Unset):  Default: ListWebPushSitesOrderBy.LIST_ID.
        list_id (int | Unset): A numeric E-goi id (`ID`).

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebPushSiteCollection
    """

    response = sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
        order=order,
        order_by=order_by,
        list_id=list_id,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(WebPushSiteCollection | None, response.parsed)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: ListWebPushSitesOrder | Unset = ListWebPushSitesOrder.DESC,
    order_by: ListWebPushSitesOrderBy | Unset = ListWebPushSitesOrderBy.LIST_ID,
    list_id: int | Unset = UNSET,
) -> Response[Problem | WebPushSiteCollection]:
    """Get all webpush sites

     Returns all wepush's sites

    Args:
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        order (ListWebPushSitesOrder | Unset):  Default: ListWebPushSitesOrder.DESC.
        order_by (ListWebPushSitesOrderBy | Unset):  Default: ListWebPushSitesOrderBy.LIST_ID.
        list_id (int | Unset): A numeric E-goi id (`ID`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WebPushSiteCollection]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        order=order,
        order_by=order_by,
        list_id=list_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: ListWebPushSitesOrder | Unset = ListWebPushSitesOrder.DESC,
    order_by: ListWebPushSitesOrderBy | Unset = ListWebPushSitesOrderBy.LIST_ID,
    list_id: int | Unset = UNSET,
) -> WebPushSiteCollection | None:
    """Get all webpush sites

     Returns all wepush's sites

    Args:
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        order (ListWebPushSitesOrder | Unset):  Default: ListWebPushSitesOrder.DESC.
        order_by (ListWebPushSitesOrderBy | Unset):  Default: ListWebPushSitesOrderBy.LIST_ID.
        list_id (int | Unset): A numeric E-goi id (`ID`).

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebPushSiteCollection
    """

    response = await asyncio_detailed(
        client=client,
        offset=offset,
        limit=limit,
        order=order,
        order_by=order_by,
        list_id=list_id,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(WebPushSiteCollection | None, response.parsed)
