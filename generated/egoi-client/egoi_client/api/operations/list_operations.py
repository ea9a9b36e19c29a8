from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_operations_order import ListOperationsOrder
from ...models.list_operations_order_by import ListOperationsOrderBy
from ...models.operation_collection import OperationCollection
from ...models.operation_status import OperationStatus
from ...models.operation_type import OperationType
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: OperationType | Unset = UNSET,
    status: OperationStatus | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: ListOperationsOrder | Unset = ListOperationsOrder.DESC,
    order_by: ListOperationsOrderBy | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

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
        "url": "/operations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OperationCollection | Problem | None:
    if response.status_code == 200:
        response_200 = OperationCollection.from_dict(response.json())

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
) -> Response[OperationCollection | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    type_: OperationType | Unset = UNSET,
    status: OperationStatus | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: ListOperationsOrder | Unset = ListOperationsOrder.DESC,
    order_by: ListOperationsOrderBy | Unset = UNSET,
) -> Response[OperationCollection | Problem]:
    """Get all queued operations

     Returns all operations in queue

    Args:
        type_ (OperationType | Unset): Operation type.
        status (OperationStatus | Unset): Operation state.
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        order (ListOperationsOrder | Unset):  Default: ListOperationsOrder.DESC.
        order_by (ListOperationsOrderBy | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OperationCollection | Problem]
    """

    kwargs = _get_kwargs(
        type_=type_,
        status=status,
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
    type_: OperationType | Unset = UNSET,
    status: OperationStatus | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: ListOperationsOrder | Unset = ListOperationsOrder.DESC,
    order_by: ListOperationsOrderBy | Unset = UNSET,
) -> OperationCollection | None:
    """Get all queued operations

     Returns all operations in queue

    Args:
        type_ (OperationType | Unset): Operation type.
        status (OperationStatus | Unset): Operation state.
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        order (ListOperationsOrder | Unset):  Default: ListOperationsOrder.DESC.
        order_by (ListOperationsOrderBy | Unset):

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OperationCollection
    """

    response = sync_detailed(
        client=client,
        type_=type_,
        status=status,
        offset=offset,
        limit=limit,
        order=order,
        order_by=order_by,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(OperationCollection | None, response.parsed)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    type_: OperationType | Unset = UNSET,
    status: OperationStatus | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: ListOperationsOrder | Unset = ListOperationsOrder.DESC,
    order_by: ListOperationsOrderBy | Unset = UNSET,
) -> Response[OperationCollection | Problem]:
    """Get all queued operations

     Returns all operations in queue

    Args:
        type_ (OperationType | Unset): Operation type.
        status (OperationStatus | Unset): Operation state.
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        order (ListOperationsOrder | Unset):  Default: ListOperationsOrder.DESC.
        order_by (ListOperationsOrderBy | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OperationCollection | Problem]
    """

    kwargs = _get_kwargs(
        type_=type_,
        status=status,
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
    type_: OperationType | Unset = UNSET,
    status: OperationStatus | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: ListOperationsOrder | Unset = ListOperationsOrder.DESC,
    order_by: ListOperationsOrderBy | Unset = UNSET,
) -> OperationCollection | None:
    """Get all queued operations

     Returns all operations in queue

    Args:
        type_ (OperationType | Unset): Operation type.
        status (OperationStatus | Unset): Operation state.
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        order (ListOperationsOrder | Unset):  Default: ListOperationsOrder.DESC.
        order_by (ListOperationsOrderBy | Unset):

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OperationCollection
    """

    response = await asyncio_detailed(
        client=client,
        type_=type_,
        status=status,
        offset=offset,
        limit=limit,
        order=order,
        order_by=order_by,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(OperationCollection | None, response.parsed)
