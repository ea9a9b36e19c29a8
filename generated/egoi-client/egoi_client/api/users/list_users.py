from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_users_order import ListUsersOrder
from ...models.list_users_order_by import ListUsersOrderBy
from ...models.problem import Problem
from ...models.user_collection import UserCollection
from ...models.user_status import UserStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    username: str | Unset = UNSET,
    status: UserStatus | Unset = UNSET,
    created_min: str | Unset = UNSET,
    created_max: str | Unset = UNSET,
    updated_min: str | Unset = UNSET,
    updated_max: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: ListUsersOrder | Unset = ListUsersOrder.DESC,
    order_by: ListUsersOrderBy | Unset = ListUsersOrderBy.USER_ID,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["username"] = username

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["created_min"] = created_min

    params["created_max"] = created_max

    params["updated_min"] = updated_min

    params["updated_max"] = updated_max

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
        "url": "/users",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | UserCollection | None:
    if response.status_code == 200:
        response_200 = UserCollection.from_dict(response.json())

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
) -> Response[Problem | UserCollection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    username: str | Unset = UNSET,
    status: UserStatus | Unset = UNSET,
    created_min: str | Unset = UNSET,
    created_max: str | Unset = UNSET,
    updated_min: str | Unset = UNSET,
    updated_max: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: ListUsersOrder | Unset = ListUsersOrder.DESC,
    order_by: ListUsersOrderBy | Unset = ListUsersOrderBy.USER_ID,
) -> Response[Problem | UserCollection]:
    """Get all users

     Returns all users.

    Args:
        username (str | Unset):
        status (UserStatus | Unset): Status of a user.
        created_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        created_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        updated_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        updated_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        order (ListUsersOrder | Unset):  Default: ListUsersOrder.DESC.
        order_by (ListUsersOrderBy | Unset):  Default: ListUsersOrderBy.USER_ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UserCollection]
    """

    kwargs = _get_kwargs(
        username=username,
        status=status,
        created_min=created_min,
        created_max=created_max,
        updated_min=updated_min,
        updated_max=updated_max,
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
    username: str | Unset = UNSET,
    status: UserStatus | Unset = UNSET,
    created_min: str | Unset = UNSET,
    created_max: str | Unset = UNSET,
    updated_min: str | Unset = UNSET,
    updated_max: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: ListUsersOrder | Unset = ListUsersOrder.DESC,
    order_by: ListUsersOrderBy | Unset = ListUsersOrderBy.USER_ID,
) -> UserCollection | None:
    """Get all users

     Returns all users.

    Args:
        username (str | Unset):
        status (UserStatus | Unset): Status of a user.
        created_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        created_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        updated_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        updated_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        order (ListUsersOrder | Unset):  Default: ListUsersOrder.DESC.
        order_by (ListUsersOrderBy | Unset):  Default: ListUsersOrderBy.USER_ID.

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UserCollection
    """

    response = sync_detailed(
        client=client,
        username=username,
        status=status,
        created_min=created_min,
        created_max=created_max,
        updated_min=updated_min,
        updated_max=updated_max,
        offset=offset,
        limit=limit,
        order=order,
        order_by=order_by,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(UserCollection | None, response.parsed)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    username: str | Unset = UNSET,
    status: UserStatus | Unset = UNSET,
    created_min: str | Unset = UNSET,
    created_max: str | Unset = UNSET,
    updated_min: str | Unset = UNSET,
    updated_max: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: ListUsersOrder | Unset = ListUsersOrder.DESC,
    order_by: ListUsersOrderBy | Unset = ListUsersOrderBy.USER_ID,
) -> Response[Problem | UserCollection]:
    """Get all users

     Returns all users.

    Args:
        username (str | Unset):
        status (UserStatus | Unset): Status of a user.
        created_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        created_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        updated_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        updated_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        order (ListUsersOrder | Unset):  Default: ListUsersOrder.DESC.
        order_by (ListUsersOrderBy | Unset):  Default: ListUsersOrderBy.USER_ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UserCollection]
    """

    kwargs = _get_kwargs(
        username=username,
        status=status,
        created_min=created_min,
        created_max=created_max,
        updated_min=updated_min,
        updated_max=updated_max,
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
    username: str | Unset = UNSET,
    status: UserStatus | Unset = UNSET,
    created_min: str | Unset = UNSET,
    created_max: str | Unset = UNSET,
    updated_min: str | Unset = UNSET,
    updated_max: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: ListUsersOrder | Unset = ListUsersOrder.DESC,
    order_by: ListUsersOrderBy | Unset = ListUsersOrderBy.USER_ID,
) -> UserCollection | None:
    """Get all users

     Returns all users.

    Args:
        username (str | Unset):
        status (UserStatus | Unset): Status of a user.
        created_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        created_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        updated_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        updated_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        order (ListUsersOrder | Unset):  Default: ListUsersOrder.DESC.
        order_by (ListUsersOrderBy | Unset):  Default: ListUsersOrderBy.USER_ID.

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UserCollection
    """

    response = await asyncio_detailed(
        client=client,
        username=username,
        status=status,
        created_min=created_min,
        created_max=created_max,
        updated_min=updated_min,
        updated_max=updated_max,
        offset=offset,
        limit=limit,
        order=order,
        order_by=order_by,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(UserCollection | None, response.parsed)
