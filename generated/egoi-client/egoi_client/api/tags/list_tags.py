from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_tags_order import ListTagsOrder
from ...models.list_tags_order_by import ListTagsOrderBy
from ...models.problem import Problem
from ...models.tag_collection import TagCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: ListTagsOrder | Unset = ListTagsOrder.DESC,
    order_by: ListTagsOrderBy | Unset = ListTagsOrderBy.TAG_ID,
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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tags",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TagCollection | None:
    if response.status_code == 200:
        response_200 = TagCollection.from_dict(response.json())

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
) -> Response[Problem | TagCollection]:
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
    order: ListTagsOrder | Unset = ListTagsOrder.DESC,
    order_by: ListTagsOrderBy | Unset = ListTagsOrderBy.TAG_ID,
) -> Response[Problem | TagCollection]:
    """Get all tags

     Returns all tags

    Args:
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        order (ListTagsOrder | Unset):  Default: ListTagsOrder.DESC.
        order_by (ListTagsOrderBy | Unset):  Default: ListTagsOrderBy.TAG_ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TagCollection]
    """

    kwargs = _get_kwargs(
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
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: ListTagsOrder | Unset = ListTagsOrder.DESC,
    order_by: ListTagsOrderBy | Unset = ListTagsOrderBy.TAG_ID,
) -> TagCollection | None:
    """Get all tags

     Returns all tags

    Args:
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        order (ListTagsOrder | Unset):  Default: ListTagsOrder.DESC.
        order_by (ListTagsOrderBy | Unset):  Default: ListTagsOrderBy.TAG_ID.

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TagCollection
    """

    response = sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
        order=order,
        order_by=order_by,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(TagCollection | None, response.parsed)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: ListTagsOrder | Unset = ListTagsOrder.DESC,
    order_by: ListTagsOrderBy | Unset = ListTagsOrderBy.TAG_ID,
) -> Response[Problem | TagCollection]:
    """Get all tags

     Returns all tags

    Args:
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        order (ListTagsOrder | Unset):  Default: ListTagsOrder.DESC.
        order_by (ListTagsOrderBy | Unset):  Default: ListTagsOrderBy.TAG_ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TagCollection]
    """

    kwargs = _get_kwargs(
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
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: ListTagsOrder | Unset = ListTagsOrder.DESC,
    order_by: ListTagsOrderBy | Unset = ListTagsOrderBy.TAG_ID,
) -> TagCollection | None:
    """Get all tags

     Returns all tags

    Args:
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        order (ListTagsOrder | Unset):  Default: ListTagsOrder.DESC.
        order_by (ListTagsOrderBy | Unset):  Default: ListTagsOrderBy.TAG_ID.

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TagCollection
    """

    response = await asyncio_detailed(
        client=client,
        offset=offset,
        limit=limit,
        order=order,
        order_by=order_by,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(TagCollection | None, response.parsed)
