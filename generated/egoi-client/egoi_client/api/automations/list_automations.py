from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.automation_collection import AutomationCollection
from ...models.automation_status import AutomationStatus
from ...models.list_automations_order import ListAutomationsOrder
from ...models.list_automations_order_by import ListAutomationsOrderBy
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


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
    *, client: AuthenticatedClient | Client, response: httpx.Response
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
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AutomationCollection | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationCollection | Problem]
    """

    kwargs = _get_kwargs(
        automation_id=automation_id,
        title=title,
        created_by=created_by,
        list_id=list_id,
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
    automation_id: int | Unset = UNSET,
    title: str | Unset = UNSET,
    created_by: int | Unset = UNSET,
    list_id: int | Unset = UNSET,
    status: AutomationStatus | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: ListAutomationsOrder | Unset = ListAutomationsOrder.DESC,
    order_by: ListAutomationsOrderBy | Unset = ListAutomationsOrderBy.AUTOMATION_ID,
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

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationCollection
    """

    response = sync_detailed(
        client=client,
        automation_id=automation_id,
        title=title,
        created_by=created_by,
        list_id=list_id,
        status=status,
        offset=offset,
        limit=limit,
        order=order,
        order_by=order_by,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(AutomationCollection | None, response.parsed)


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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationCollection | Problem]
    """

    kwargs = _get_kwargs(
        automation_id=automation_id,
        title=title,
        created_by=created_by,
        list_id=list_id,
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
    automation_id: int | Unset = UNSET,
    title: str | Unset = UNSET,
    created_by: int | Unset = UNSET,
    list_id: int | Unset = UNSET,
    status: AutomationStatus | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: ListAutomationsOrder | Unset = ListAutomationsOrder.DESC,
    order_by: ListAutomationsOrderBy | Unset = ListAutomationsOrderBy.AUTOMATION_ID,
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

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationCollection
    """

    response = await asyncio_detailed(
        client=client,
        automation_id=automation_id,
        title=title,
        created_by=created_by,
        list_id=list_id,
        status=status,
        offset=offset,
        limit=limit,
        order=order,
        order_by=order_by,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(AutomationCollection | None, response.parsed)
