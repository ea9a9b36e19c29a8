from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_suppression_list_order import GetSuppressionListOrder
from ...models.get_suppression_list_order_by import GetSuppressionListOrderBy
from ...models.problem import Problem
from ...models.suppression_list_item_collection import SuppressionListItemCollection
from ...models.suppression_method import SuppressionMethod
from ...models.suppression_type import SuppressionType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: SuppressionType | Unset = UNSET,
    method: SuppressionMethod | Unset = UNSET,
    value: str | Unset = UNSET,
    campaign_hash: str | Unset = UNSET,
    created_min: str | Unset = UNSET,
    created_max: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: GetSuppressionListOrder | Unset = GetSuppressionListOrder.DESC,
    order_by: GetSuppressionListOrderBy | Unset = GetSuppressionListOrderBy.ID,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_method: str | Unset = UNSET
    if not isinstance(method, Unset):
        json_method = method.value

    params["method"] = json_method

    params["value"] = value

    params["campaign_hash"] = campaign_hash

    params["created_min"] = created_min

    params["created_max"] = created_max

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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/suppression-list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SuppressionListItemCollection | None:
    if response.status_code == 200:
        response_200 = SuppressionListItemCollection.from_dict(response.json())

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
) -> Response[Problem | SuppressionListItemCollection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    type_: SuppressionType | Unset = UNSET,
    method: SuppressionMethod | Unset = UNSET,
    value: str | Unset = UNSET,
    campaign_hash: str | Unset = UNSET,
    created_min: str | Unset = UNSET,
    created_max: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: GetSuppressionListOrder | Unset = GetSuppressionListOrder.DESC,
    order_by: GetSuppressionListOrderBy | Unset = GetSuppressionListOrderBy.ID,
) -> Response[Problem | SuppressionListItemCollection]:
    """Get the suppression list

     Returns the suppression list

    Args:
        type_ (SuppressionType | Unset): Suppression type.
        method (SuppressionMethod | Unset): How a value entered the suppression list.
        value (str | Unset):
        campaign_hash (str | Unset): A campaign hash. The reference gives the pattern
            `[a-zA-Z0-9_-]*` unanchored; it is anchored here, as the characters of a hash.
        created_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        created_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        order (GetSuppressionListOrder | Unset):  Default: GetSuppressionListOrder.DESC.
        order_by (GetSuppressionListOrderBy | Unset):  Default: GetSuppressionListOrderBy.ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SuppressionListItemCollection]
    """

    kwargs = _get_kwargs(
        type_=type_,
        method=method,
        value=value,
        campaign_hash=campaign_hash,
        created_min=created_min,
        created_max=created_max,
        offset=offset,
        limit=limit,
        order=order,
        order_by=order_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    type_: SuppressionType | Unset = UNSET,
    method: SuppressionMethod | Unset = UNSET,
    value: str | Unset = UNSET,
    campaign_hash: str | Unset = UNSET,
    created_min: str | Unset = UNSET,
    created_max: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: GetSuppressionListOrder | Unset = GetSuppressionListOrder.DESC,
    order_by: GetSuppressionListOrderBy | Unset = GetSuppressionListOrderBy.ID,
) -> SuppressionListItemCollection | None:
    """Get the suppression list

     Returns the suppression list

    Args:
        type_ (SuppressionType | Unset): Suppression type.
        method (SuppressionMethod | Unset): How a value entered the suppression list.
        value (str | Unset):
        campaign_hash (str | Unset): A campaign hash. The reference gives the pattern
            `[a-zA-Z0-9_-]*` unanchored; it is anchored here, as the characters of a hash.
        created_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        created_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        order (GetSuppressionListOrder | Unset):  Default: GetSuppressionListOrder.DESC.
        order_by (GetSuppressionListOrderBy | Unset):  Default: GetSuppressionListOrderBy.ID.

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SuppressionListItemCollection
    """

    response = sync_detailed(
        client=client,
        type_=type_,
        method=method,
        value=value,
        campaign_hash=campaign_hash,
        created_min=created_min,
        created_max=created_max,
        offset=offset,
        limit=limit,
        order=order,
        order_by=order_by,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(SuppressionListItemCollection | None, response.parsed)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    type_: SuppressionType | Unset = UNSET,
    method: SuppressionMethod | Unset = UNSET,
    value: str | Unset = UNSET,
    campaign_hash: str | Unset = UNSET,
    created_min: str | Unset = UNSET,
    created_max: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: GetSuppressionListOrder | Unset = GetSuppressionListOrder.DESC,
    order_by: GetSuppressionListOrderBy | Unset = GetSuppressionListOrderBy.ID,
) -> Response[Problem | SuppressionListItemCollection]:
    """Get the suppression list

     Returns the suppression list

    Args:
        type_ (SuppressionType | Unset): Suppression type.
        method (SuppressionMethod | Unset): How a value entered the suppression list.
        value (str | Unset):
        campaign_hash (str | Unset): A campaign hash. The reference gives the pattern
            `[a-zA-Z0-9_-]*` unanchored; it is anchored here, as the characters of a hash.
        created_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        created_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        order (GetSuppressionListOrder | Unset):  Default: GetSuppressionListOrder.DESC.
        order_by (GetSuppressionListOrderBy | Unset):  Default: GetSuppressionListOrderBy.ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SuppressionListItemCollection]
    """

    kwargs = _get_kwargs(
        type_=type_,
        method=method,
        value=value,
        campaign_hash=campaign_hash,
        created_min=created_min,
        created_max=created_max,
        offset=offset,
        limit=limit,
        order=order,
        order_by=order_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    type_: SuppressionType | Unset = UNSET,
    method: SuppressionMethod | Unset = UNSET,
    value: str | Unset = UNSET,
    campaign_hash: str | Unset = UNSET,
    created_min: str | Unset = UNSET,
    created_max: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: GetSuppressionListOrder | Unset = GetSuppressionListOrder.DESC,
    order_by: GetSuppressionListOrderBy | Unset = GetSuppressionListOrderBy.ID,
) -> SuppressionListItemCollection | None:
    """Get the suppression list

     Returns the suppression list

    Args:
        type_ (SuppressionType | Unset): Suppression type.
        method (SuppressionMethod | Unset): How a value entered the suppression list.
        value (str | Unset):
        campaign_hash (str | Unset): A campaign hash. The reference gives the pattern
            `[a-zA-Z0-9_-]*` unanchored; it is anchored here, as the characters of a hash.
        created_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        created_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        order (GetSuppressionListOrder | Unset):  Default: GetSuppressionListOrder.DESC.
        order_by (GetSuppressionListOrderBy | Unset):  Default: GetSuppressionListOrderBy.ID.

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SuppressionListItemCollection
    """

    response = await asyncio_detailed(
        client=client,
        type_=type_,
        method=method,
        value=value,
        campaign_hash=campaign_hash,
        created_min=created_min,
        created_max=created_max,
        offset=offset,
        limit=limit,
        order=order,
        order_by=order_by,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(SuppressionListItemCollection | None, response.parsed)
