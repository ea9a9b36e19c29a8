from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.web_push_report import WebPushReport
from ...types import UNSET, Response, Unset


def _get_kwargs(
    campaign_hash: str,
    *,
    devices: bool | Unset = True,
    operating_systems: bool | Unset = True,
    browsers: bool | Unset = True,
    url_query: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["devices"] = devices

    params["operating_systems"] = operating_systems

    params["browsers"] = browsers

    params["url"] = url_query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reports/web-push/{campaign_hash}".format(
            campaign_hash=quote(str(campaign_hash), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | WebPushReport | None:
    if response.status_code == 200:
        response_200 = WebPushReport.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[Problem | WebPushReport]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    campaign_hash: str,
    *,
    client: AuthenticatedClient,
    devices: bool | Unset = True,
    operating_systems: bool | Unset = True,
    browsers: bool | Unset = True,
    url_query: bool | Unset = True,
) -> Response[Problem | WebPushReport]:
    """Get webpush report

     Returns webpush report given the campaign hash

    Args:
        campaign_hash (str): A campaign hash. The reference gives the pattern `[a-zA-Z0-9_-]*`
            unanchored; it is anchored here, as the characters of a hash.
        devices (bool | Unset):  Default: True.
        operating_systems (bool | Unset):  Default: True.
        browsers (bool | Unset):  Default: True.
        url_query (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WebPushReport]
    """

    kwargs = _get_kwargs(
        campaign_hash=campaign_hash,
        devices=devices,
        operating_systems=operating_systems,
        browsers=browsers,
        url_query=url_query,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_hash: str,
    *,
    client: AuthenticatedClient,
    devices: bool | Unset = True,
    operating_systems: bool | Unset = True,
    browsers: bool | Unset = True,
    url_query: bool | Unset = True,
) -> WebPushReport | None:
    """Get webpush report

     Returns webpush report given the campaign hash

    Args:
        campaign_hash (str): A campaign hash. The reference gives the pattern `[a-zA-Z0-9_-]*`
            unanchored; it is anchored here, as the characters of a hash.
        devices (bool | Unset):  Default: True.
        operating_systems (bool | Unset):  Default: True.
        browsers (bool | Unset):  Default: True.
        url_query (bool | Unset):  Default: True.

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebPushReport
    """

    response = sync_detailed(
        campaign_hash=campaign_hash,
        client=client,
        devices=devices,
        operating_systems=operating_systems,
        browsers=browsers,
        url_query=url_query,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(WebPushReport | None, response.parsed)


async def asyncio_detailed(
    campaign_hash: str,
    *,
    client: AuthenticatedClient,
    devices: bool | Unset = True,
    operating_systems: bool | Unset = True,
    browsers: bool | Unset = True,
    url_query: bool | Unset = True,
) -> Response[Problem | WebPushReport]:
    """Get webpush report

     Returns webpush report given the campaign hash

    Args:
        campaign_hash (str): A campaign hash. The reference gives the pattern `[a-zA-Z0-9_-]*`
            unanchored; it is anchored here, as the characters of a hash.
        devices (bool | Unset):  Default: True.
        operating_systems (bool | Unset):  Default: True.
        browsers (bool | Unset):  Default: True.
        url_query (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WebPushReport]
    """

    kwargs = _get_kwargs(
        campaign_hash=campaign_hash,
        devices=devices,
        operating_systems=operating_systems,
        browsers=browsers,
        url_query=url_query,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_hash: str,
    *,
    client: AuthenticatedClient,
    devices: bool | Unset = True,
    operating_systems: bool | Unset = True,
    browsers: bool | Unset = True,
    url_query: bool | Unset = True,
) -> WebPushReport | None:
    """Get webpush report

     Returns webpush report given the campaign hash

    Args:
        campaign_hash (str): A campaign hash. The reference gives the pattern `[a-zA-Z0-9_-]*`
            unanchored; it is anchored here, as the characters of a hash.
        devices (bool | Unset):  Default: True.
        operating_systems (bool | Unset):  Default: True.
        browsers (bool | Unset):  Default: True.
        url_query (bool | Unset):  Default: True.

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebPushReport
    """

    response = await asyncio_detailed(
        campaign_hash=campaign_hash,
        client=client,
        devices=devices,
        operating_systems=operating_systems,
        browsers=browsers,
        url_query=url_query,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(WebPushReport | None, response.parsed)
