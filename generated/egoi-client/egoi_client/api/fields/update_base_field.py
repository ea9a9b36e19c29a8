from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.base_field_update_request import BaseFieldUpdateRequest
from ...models.field import Field
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    list_id: int,
    field_id: str,
    *,
    body: BaseFieldUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/lists/{list_id}/fields/base/{field_id}".format(
            list_id=quote(str(list_id), safe=""),
            field_id=quote(str(field_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Field | Problem | None:
    if response.status_code == 200:
        response_200 = Field.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Field | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    list_id: int,
    field_id: str,
    *,
    client: AuthenticatedClient,
    body: BaseFieldUpdateRequest,
) -> Response[Field | Problem]:
    """Update base field

     Updates a base field

    Args:
        list_id (int): A numeric E-goi id (`ID`).
        field_id (str):
        body (BaseFieldUpdateRequest): The base field settings to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Field | Problem]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        field_id=field_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    list_id: int,
    field_id: str,
    *,
    client: AuthenticatedClient,
    body: BaseFieldUpdateRequest,
) -> Field | None:
    """Update base field

     Updates a base field

    Args:
        list_id (int): A numeric E-goi id (`ID`).
        field_id (str):
        body (BaseFieldUpdateRequest): The base field settings to change.

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Field
    """

    response = sync_detailed(
        list_id=list_id,
        field_id=field_id,
        client=client,
        body=body,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(Field | None, response.parsed)


async def asyncio_detailed(
    list_id: int,
    field_id: str,
    *,
    client: AuthenticatedClient,
    body: BaseFieldUpdateRequest,
) -> Response[Field | Problem]:
    """Update base field

     Updates a base field

    Args:
        list_id (int): A numeric E-goi id (`ID`).
        field_id (str):
        body (BaseFieldUpdateRequest): The base field settings to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Field | Problem]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        field_id=field_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    list_id: int,
    field_id: str,
    *,
    client: AuthenticatedClient,
    body: BaseFieldUpdateRequest,
) -> Field | None:
    """Update base field

     Updates a base field

    Args:
        list_id (int): A numeric E-goi id (`ID`).
        field_id (str):
        body (BaseFieldUpdateRequest): The base field settings to change.

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Field
    """

    response = await asyncio_detailed(
        list_id=list_id,
        field_id=field_id,
        client=client,
        body=body,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(Field | None, response.parsed)
