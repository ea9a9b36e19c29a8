from typing import TYPE_CHECKING, Any, cast

from ...client import AuthenticatedClient, Client
from ...models.automation_collection import AutomationCollection
from ...models.automation_status import AutomationStatus
from ...models.list_automations_order import ListAutomationsOrder
from ...models.list_automations_order_by import ListAutomationsOrderBy
from ...models.problem import Problem
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator

    import httpx

    from ... import _runtime
    from ...models.automation import Automation


def _get_kwargs(
    *,
    automation_id: int | Unset = UNSET,
    title: str | Unset = UNSET,
    created_by: int | Unset = UNSET,
    list_id: int | Unset = UNSET,
    status: AutomationStatus | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: ListAutomationsOrder | Unset = ListAutomationsOrder.DESC,
    order_by: ListAutomationsOrderBy | Unset = ListAutomationsOrderBy.AUTOMATION_ID,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["automation_id"] = automation_id

    params["title"] = title

    params["created_by"] = created_by

    params["list_id"] = list_id

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
        "url": "/automations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: "httpx.Response"
) -> AutomationCollection | Problem | None:
    if response.status_code == 200:
        response_200 = AutomationCollection.from_dict(response.json())

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
    automation_id: int | Unset = UNSET,
    title: str | Unset = UNSET,
    created_by: int | Unset = UNSET,
    list_id: int | Unset = UNSET,
    status: AutomationStatus | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: ListAutomationsOrder | Unset = ListAutomationsOrder.DESC,
    order_by: ListAutomationsOrderBy | Unset = ListAutomationsOrderBy.AUTOMATION_ID,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[AutomationCollection | Problem]:
    """Get all automations

     Returns all automations

    Args:
        automation_id (int | Unset):
        title (str | Unset):
        created_by (int | Unset):
        list_id (int | Unset): A numeric E-goi id (`ID`).
        status (AutomationStatus | Unset): Automation status.
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        order (ListAutomationsOrder | Unset):  Default: ListAutomationsOrder.DESC.
        order_by (ListAutomationsOrderBy | Unset):  Default: ListAutomationsOrderBy.AUTOMATION_ID.
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[AutomationCollection | Problem]
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(
            automation_id=automation_id,
            title=title,
            created_by=created_by,
            list_id=list_id,
            status=status,
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
    automation_id: int | Unset = UNSET,
    title: str | Unset = UNSET,
    created_by: int | Unset = UNSET,
    list_id: int | Unset = UNSET,
    status: AutomationStatus | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: ListAutomationsOrder | Unset = ListAutomationsOrder.DESC,
    order_by: ListAutomationsOrderBy | Unset = ListAutomationsOrderBy.AUTOMATION_ID,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> AutomationCollection | None:
    """Get all automations

     Returns all automations

    Args:
        automation_id (int | Unset):
        title (str | Unset):
        created_by (int | Unset):
        list_id (int | Unset): A numeric E-goi id (`ID`).
        status (AutomationStatus | Unset): Automation status.
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        order (ListAutomationsOrder | Unset):  Default: ListAutomationsOrder.DESC.
        order_by (ListAutomationsOrderBy | Unset):  Default: ListAutomationsOrderBy.AUTOMATION_ID.
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        AutomationCollection
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(
            automation_id=automation_id,
            title=title,
            created_by=created_by,
            list_id=list_id,
            status=status,
            offset=offset,
            limit=limit,
            order=order,
            order_by=order_by,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(AutomationCollection | None, _runtime.checked(client, response, _parse_response).parsed)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    automation_id: int | Unset = UNSET,
    title: str | Unset = UNSET,
    created_by: int | Unset = UNSET,
    list_id: int | Unset = UNSET,
    status: AutomationStatus | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: ListAutomationsOrder | Unset = ListAutomationsOrder.DESC,
    order_by: ListAutomationsOrderBy | Unset = ListAutomationsOrderBy.AUTOMATION_ID,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[AutomationCollection | Problem]:
    """Get all automations

     Returns all automations

    Args:
        automation_id (int | Unset):
        title (str | Unset):
        created_by (int | Unset):
        list_id (int | Unset): A numeric E-goi id (`ID`).
        status (AutomationStatus | Unset): Automation status.
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        order (ListAutomationsOrder | Unset):  Default: ListAutomationsOrder.DESC.
        order_by (ListAutomationsOrderBy | Unset):  Default: ListAutomationsOrderBy.AUTOMATION_ID.
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[AutomationCollection | Problem]
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(
            automation_id=automation_id,
            title=title,
            created_by=created_by,
            list_id=list_id,
            status=status,
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
    automation_id: int | Unset = UNSET,
    title: str | Unset = UNSET,
    created_by: int | Unset = UNSET,
    list_id: int | Unset = UNSET,
    status: AutomationStatus | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: ListAutomationsOrder | Unset = ListAutomationsOrder.DESC,
    order_by: ListAutomationsOrderBy | Unset = ListAutomationsOrderBy.AUTOMATION_ID,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> AutomationCollection | None:
    """Get all automations

     Returns all automations

    Args:
        automation_id (int | Unset):
        title (str | Unset):
        created_by (int | Unset):
        list_id (int | Unset): A numeric E-goi id (`ID`).
        status (AutomationStatus | Unset): Automation status.
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        order (ListAutomationsOrder | Unset):  Default: ListAutomationsOrder.DESC.
        order_by (ListAutomationsOrderBy | Unset):  Default: ListAutomationsOrderBy.AUTOMATION_ID.
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        AutomationCollection
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(
            automation_id=automation_id,
            title=title,
            created_by=created_by,
            list_id=list_id,
            status=status,
            offset=offset,
            limit=limit,
            order=order,
            order_by=order_by,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(AutomationCollection | None, _runtime.checked(client, response, _parse_response).parsed)


def iterate(
    *,
    client: AuthenticatedClient,
    automation_id: int | Unset = UNSET,
    title: str | Unset = UNSET,
    created_by: int | Unset = UNSET,
    list_id: int | Unset = UNSET,
    status: AutomationStatus | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: ListAutomationsOrder | Unset = ListAutomationsOrder.DESC,
    order_by: ListAutomationsOrderBy | Unset = ListAutomationsOrderBy.AUTOMATION_ID,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> "Iterator[Automation]":
    """Every item across pages, each page fetched as `sync()` does (and raising as it does).

    Pages of `limit` items from `offset` (default 0) on, until
    the body's `total_items` is reached (without a total: until a short or empty page).
    """
    from ... import _runtime

    def fetch(position: int) -> "_runtime.Page[Automation]":
        response = _runtime.send(
            client,
            _get_kwargs(
                automation_id=automation_id,
                title=title,
                created_by=created_by,
                list_id=list_id,
                status=status,
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
    automation_id: int | Unset = UNSET,
    title: str | Unset = UNSET,
    created_by: int | Unset = UNSET,
    list_id: int | Unset = UNSET,
    status: AutomationStatus | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: ListAutomationsOrder | Unset = ListAutomationsOrder.DESC,
    order_by: ListAutomationsOrderBy | Unset = ListAutomationsOrderBy.AUTOMATION_ID,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> "AsyncIterator[Automation]":
    """`iterate()` with `asyncio()`: `async for item in aiterate(...)`."""
    from ... import _runtime

    async def fetch(position: int) -> "_runtime.Page[Automation]":
        response = await _runtime.asend(
            client,
            _get_kwargs(
                automation_id=automation_id,
                title=title,
                created_by=created_by,
                list_id=list_id,
                status=status,
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
