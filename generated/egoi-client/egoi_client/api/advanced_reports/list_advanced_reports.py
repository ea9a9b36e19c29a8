from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.advanced_report_collection import AdvancedReportCollection
from ...models.advanced_report_status import AdvancedReportStatus
from ...models.list_advanced_reports_order import ListAdvancedReportsOrder
from ...models.list_advanced_reports_order_by import ListAdvancedReportsOrderBy
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: AdvancedReportStatus | Unset = UNSET,
    title: str | Unset = UNSET,
    created_min: str | Unset = UNSET,
    created_max: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: ListAdvancedReportsOrder | Unset = ListAdvancedReportsOrder.DESC,
    order_by: ListAdvancedReportsOrderBy | Unset = ListAdvancedReportsOrderBy.ADVANCED_REPORT_ID,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["title"] = title

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
        "url": "/reports/advanced",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AdvancedReportCollection | Problem | None:
    if response.status_code == 200:
        response_200 = AdvancedReportCollection.from_dict(response.json())

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
) -> Response[AdvancedReportCollection | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: AdvancedReportStatus | Unset = UNSET,
    title: str | Unset = UNSET,
    created_min: str | Unset = UNSET,
    created_max: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: ListAdvancedReportsOrder | Unset = ListAdvancedReportsOrder.DESC,
    order_by: ListAdvancedReportsOrderBy | Unset = ListAdvancedReportsOrderBy.ADVANCED_REPORT_ID,
) -> Response[AdvancedReportCollection | Problem]:
    """Get all advanced reports

     Returns all advanced reports

    Args:
        status (AdvancedReportStatus | Unset): Advanced report status.
        title (str | Unset):
        created_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        created_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        order (ListAdvancedReportsOrder | Unset):  Default: ListAdvancedReportsOrder.DESC.
        order_by (ListAdvancedReportsOrderBy | Unset):  Default:
            ListAdvancedReportsOrderBy.ADVANCED_REPORT_ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdvancedReportCollection | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        title=title,
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
    status: AdvancedReportStatus | Unset = UNSET,
    title: str | Unset = UNSET,
    created_min: str | Unset = UNSET,
    created_max: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: ListAdvancedReportsOrder | Unset = ListAdvancedReportsOrder.DESC,
    order_by: ListAdvancedReportsOrderBy | Unset = ListAdvancedReportsOrderBy.ADVANCED_REPORT_ID,
) -> AdvancedReportCollection | None:
    """Get all advanced reports

     Returns all advanced reports

    Args:
        status (AdvancedReportStatus | Unset): Advanced report status.
        title (str | Unset):
        created_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        created_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        order (ListAdvancedReportsOrder | Unset):  Default: ListAdvancedReportsOrder.DESC.
        order_by (ListAdvancedReportsOrderBy | Unset):  Default:
            ListAdvancedReportsOrderBy.ADVANCED_REPORT_ID.

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdvancedReportCollection
    """

    response = sync_detailed(
        client=client,
        status=status,
        title=title,
        created_min=created_min,
        created_max=created_max,
        offset=offset,
        limit=limit,
        order=order,
        order_by=order_by,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(AdvancedReportCollection | None, response.parsed)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: AdvancedReportStatus | Unset = UNSET,
    title: str | Unset = UNSET,
    created_min: str | Unset = UNSET,
    created_max: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: ListAdvancedReportsOrder | Unset = ListAdvancedReportsOrder.DESC,
    order_by: ListAdvancedReportsOrderBy | Unset = ListAdvancedReportsOrderBy.ADVANCED_REPORT_ID,
) -> Response[AdvancedReportCollection | Problem]:
    """Get all advanced reports

     Returns all advanced reports

    Args:
        status (AdvancedReportStatus | Unset): Advanced report status.
        title (str | Unset):
        created_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        created_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        order (ListAdvancedReportsOrder | Unset):  Default: ListAdvancedReportsOrder.DESC.
        order_by (ListAdvancedReportsOrderBy | Unset):  Default:
            ListAdvancedReportsOrderBy.ADVANCED_REPORT_ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdvancedReportCollection | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        title=title,
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
    status: AdvancedReportStatus | Unset = UNSET,
    title: str | Unset = UNSET,
    created_min: str | Unset = UNSET,
    created_max: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: ListAdvancedReportsOrder | Unset = ListAdvancedReportsOrder.DESC,
    order_by: ListAdvancedReportsOrderBy | Unset = ListAdvancedReportsOrderBy.ADVANCED_REPORT_ID,
) -> AdvancedReportCollection | None:
    """Get all advanced reports

     Returns all advanced reports

    Args:
        status (AdvancedReportStatus | Unset): Advanced report status.
        title (str | Unset):
        created_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        created_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        order (ListAdvancedReportsOrder | Unset):  Default: ListAdvancedReportsOrder.DESC.
        order_by (ListAdvancedReportsOrderBy | Unset):  Default:
            ListAdvancedReportsOrderBy.ADVANCED_REPORT_ID.

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdvancedReportCollection
    """

    response = await asyncio_detailed(
        client=client,
        status=status,
        title=title,
        created_min=created_min,
        created_max=created_max,
        offset=offset,
        limit=limit,
        order=order,
        order_by=order_by,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(AdvancedReportCollection | None, response.parsed)
