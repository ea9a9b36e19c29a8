from typing import TYPE_CHECKING, Any, cast

from ...client import AuthenticatedClient, Client
from ...models.list_users_order import ListUsersOrder
from ...models.list_users_order_by import ListUsersOrderBy
from ...models.problem import Problem
from ...models.user_collection import UserCollection
from ...models.user_status import UserStatus
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator

    import httpx

    from ... import _runtime
    from ...models.user import User


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
    *, client: AuthenticatedClient | Client, response: "httpx.Response"
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
        from ... import _runtime

        raise _runtime.unexpected_status(client, response)
    else:
        return None


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
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
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
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[Problem | UserCollection]
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(
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
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


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
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
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
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        UserCollection
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(
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
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(UserCollection | None, _runtime.checked(client, response, _parse_response).parsed)


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
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
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
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[Problem | UserCollection]
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(
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
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


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
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
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
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        UserCollection
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(
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
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(UserCollection | None, _runtime.checked(client, response, _parse_response).parsed)


def iterate(
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
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> "Iterator[User]":
    """Every item across pages, each page fetched as `sync()` does (and raising as it does).

    Pages of `limit` items from `offset` (default 0) on, until
    the body's `total_items` is reached (without a total: until a short or empty page).
    """
    from ... import _runtime

    def fetch(position: int) -> "_runtime.Page[User]":
        response = _runtime.send(
            client,
            _get_kwargs(
                username=username,
                status=status,
                created_min=created_min,
                created_max=created_max,
                updated_min=updated_min,
                updated_max=updated_max,
                offset=position,
                limit=limit,
                order=order,
                order_by=order_by,
            ),
            idempotent=True,
            max_retries=max_retries,
            timeout=timeout,
        )
        checked = _runtime.checked(client, response, _parse_response)
        return _runtime.page(checked, items_attribute="items", total_attribute="total_items")

    return _runtime.iterate_pages(
        fetch,
        start=0 if isinstance(offset, Unset) else offset,
        first=0,
        limit=None if isinstance(limit, Unset) else limit,
    )


def aiterate(
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
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> "AsyncIterator[User]":
    """`iterate()` with `asyncio()`: `async for item in aiterate(...)`."""
    from ... import _runtime

    async def fetch(position: int) -> "_runtime.Page[User]":
        response = await _runtime.asend(
            client,
            _get_kwargs(
                username=username,
                status=status,
                created_min=created_min,
                created_max=created_max,
                updated_min=updated_min,
                updated_max=updated_max,
                offset=position,
                limit=limit,
                order=order,
                order_by=order_by,
            ),
            idempotent=True,
            max_retries=max_retries,
            timeout=timeout,
        )
        checked = _runtime.checked(client, response, _parse_response)
        return _runtime.page(checked, items_attribute="items", total_attribute="total_items")

    return _runtime.aiterate_pages(
        fetch,
        start=0 if isinstance(offset, Unset) else offset,
        first=0,
        limit=None if isinstance(limit, Unset) else limit,
    )
