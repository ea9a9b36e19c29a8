from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_upsert_result import BulkUpsertResult
from ...models.error import Error
from ...models.member import Member
from ...types import Response


def _get_kwargs(
    *,
    body: list[Member],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/members",
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkUpsertResult | Error | None:
    if response.status_code == 202:
        response_202 = BulkUpsertResult.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BulkUpsertResult | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: list[Member],
) -> Response[BulkUpsertResult | Error]:
    """Create or update members

     Creates or updates full member records in one request. Each member is a one-to-one
    replacement keyed on `member_id`.

    Unconfirmed: the docs mention a full-member PUT but its path was not captured; `PUT
    /members` taking an array is the most likely form. The limit of 1 to 5000 members per
    request is documented for the other bulk resources and assumed here.

    Args:
        body (list[Member]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkUpsertResult | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: list[Member],
) -> BulkUpsertResult | None:
    """Create or update members

     Creates or updates full member records in one request. Each member is a one-to-one
    replacement keyed on `member_id`.

    Unconfirmed: the docs mention a full-member PUT but its path was not captured; `PUT
    /members` taking an array is the most likely form. The limit of 1 to 5000 members per
    request is documented for the other bulk resources and assumed here.

    Args:
        body (list[Member]):

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkUpsertResult
    """

    response = sync_detailed(
        client=client,
        body=body,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(BulkUpsertResult | None, response.parsed)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: list[Member],
) -> Response[BulkUpsertResult | Error]:
    """Create or update members

     Creates or updates full member records in one request. Each member is a one-to-one
    replacement keyed on `member_id`.

    Unconfirmed: the docs mention a full-member PUT but its path was not captured; `PUT
    /members` taking an array is the most likely form. The limit of 1 to 5000 members per
    request is documented for the other bulk resources and assumed here.

    Args:
        body (list[Member]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkUpsertResult | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: list[Member],
) -> BulkUpsertResult | None:
    """Create or update members

     Creates or updates full member records in one request. Each member is a one-to-one
    replacement keyed on `member_id`.

    Unconfirmed: the docs mention a full-member PUT but its path was not captured; `PUT
    /members` taking an array is the most likely form. The limit of 1 to 5000 members per
    request is documented for the other bulk resources and assumed here.

    Args:
        body (list[Member]):

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkUpsertResult
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(BulkUpsertResult | None, response.parsed)
