from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_collection import ListCollection
from ...models.list_lists_order import ListListsOrder
from ...models.list_lists_order_by import ListListsOrderBy
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: ListListsOrder | Unset = ListListsOrder.DESC,
    order_by: ListListsOrderBy | Unset = ListListsOrderBy.LIST_ID,
    internal_name: str | Unset = UNSET,
    public_name: str | Unset = UNSET,
    created_min: str | Unset = UNSET,
    created_max: str | Unset = UNSET,
    updated_min: str | Unset = UNSET,
    updated_max: str | Unset = UNSET,
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

    params["internal_name"] = internal_name

    params["public_name"] = public_name

    params["created_min"] = created_min

    params["created_max"] = created_max

    params["updated_min"] = updated_min

    params["updated_max"] = updated_max

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/lists",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListCollection | Problem | None:
    if response.status_code == 200:
        response_200 = ListCollection.from_dict(response.json())

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
) -> Response[ListCollection | Problem]:
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
    order: ListListsOrder | Unset = ListListsOrder.DESC,
    order_by: ListListsOrderBy | Unset = ListListsOrderBy.LIST_ID,
    internal_name: str | Unset = UNSET,
    public_name: str | Unset = UNSET,
    created_min: str | Unset = UNSET,
    created_max: str | Unset = UNSET,
    updated_min: str | Unset = UNSET,
    updated_max: str | Unset = UNSET,
) -> Response[ListCollection | Problem]:
    """Get all lists

     Returns all lists

    Args:
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        order (ListListsOrder | Unset):  Default: ListListsOrder.DESC.
        order_by (ListListsOrderBy | Unset):  Default: ListListsOrderBy.LIST_ID.
        internal_name (str | Unset):
        public_name (str | Unset):
        created_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        created_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        updated_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        updated_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListCollection | Problem]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        order=order,
        order_by=order_by,
        internal_name=internal_name,
        public_name=public_name,
        created_min=created_min,
        created_max=created_max,
        updated_min=updated_min,
        updated_max=updated_max,
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
    order: ListListsOrder | Unset = ListListsOrder.DESC,
    order_by: ListListsOrderBy | Unset = ListListsOrderBy.LIST_ID,
    internal_name: str | Unset = UNSET,
    public_name: str | Unset = UNSET,
    created_min: str | Unset = UNSET,
    created_max: str | Unset = UNSET,
    updated_min: str | Unset = UNSET,
    updated_max: str | Unset = UNSET,
) -> ListCollection | None:
    """Get all lists

     Returns all lists

    Args:
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        order (ListListsOrder | Unset):  Default: ListListsOrder.DESC.
        order_by (ListListsOrderBy | Unset):  Default: ListListsOrderBy.LIST_ID.
        internal_name (str | Unset):
        public_name (str | Unset):
        created_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        created_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        updated_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        updated_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListCollection
    """

    response = sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
        order=order,
        order_by=order_by,
        internal_name=internal_name,
        public_name=public_name,
        created_min=created_min,
        created_max=created_max,
        updated_min=updated_min,
        updated_max=updated_max,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(ListCollection | None, response.parsed)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: ListListsOrder | Unset = ListListsOrder.DESC,
    order_by: ListListsOrderBy | Unset = ListListsOrderBy.LIST_ID,
    internal_name: str | Unset = UNSET,
    public_name: str | Unset = UNSET,
    created_min: str | Unset = UNSET,
    created_max: str | Unset = UNSET,
    updated_min: str | Unset = UNSET,
    updated_max: str | Unset = UNSET,
) -> Response[ListCollection | Problem]:
    """Get all lists

     Returns all lists

    Args:
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        order (ListListsOrder | Unset):  Default: ListListsOrder.DESC.
        order_by (ListListsOrderBy | Unset):  Default: ListListsOrderBy.LIST_ID.
        internal_name (str | Unset):
        public_name (str | Unset):
        created_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        created_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        updated_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        updated_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListCollection | Problem]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        order=order,
        order_by=order_by,
        internal_name=internal_name,
        public_name=public_name,
        created_min=created_min,
        created_max=created_max,
        updated_min=updated_min,
        updated_max=updated_max,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: ListListsOrder | Unset = ListListsOrder.DESC,
    order_by: ListListsOrderBy | Unset = ListListsOrderBy.LIST_ID,
    internal_name: str | Unset = UNSET,
    public_name: str | Unset = UNSET,
    created_min: str | Unset = UNSET,
    created_max: str | Unset = UNSET,
    updated_min: str | Unset = UNSET,
    updated_max: str | Unset = UNSET,
) -> ListCollection | None:
    """Get all lists

     Returns all lists

    Args:
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        order (ListListsOrder | Unset):  Default: ListListsOrder.DESC.
        order_by (ListListsOrderBy | Unset):  Default: ListListsOrderBy.LIST_ID.
        internal_name (str | Unset):
        public_name (str | Unset):
        created_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        created_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        updated_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        updated_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListCollection
    """

    response = await asyncio_detailed(
        client=client,
        offset=offset,
        limit=limit,
        order=order,
        order_by=order_by,
        internal_name=internal_name,
        public_name=public_name,
        created_min=created_min,
        created_max=created_max,
        updated_min=updated_min,
        updated_max=updated_max,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(ListCollection | None, response.parsed)
