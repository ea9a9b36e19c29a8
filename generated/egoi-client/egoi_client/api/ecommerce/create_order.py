from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.action_result import ActionResult
from ...models.order_create import OrderCreate
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    domain: str,
    *,
    body: OrderCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{domain}/orders".format(
            domain=quote(str(domain), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ActionResult | Problem | None:
    if response.status_code == 202:
        response_202 = ActionResult.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 408:
        response_408 = Problem.from_dict(response.json())

        return response_408

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

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
) -> Response[ActionResult | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    domain: str,
    *,
    client: AuthenticatedClient,
    body: OrderCreate,
) -> Response[ActionResult | Problem]:
    """Create order

     Creates a new order. If contact_id is specified, the order will be attached to the contact; if the
    contact properties are specified, E-goi creates the contact, or, if it is already in your list,
    finds the right one (send at least all of the list's configured unique fields). The same logic
    applies to the product_identifier of the products.

    Args:
        domain (str):
        body (OrderCreate): A new order (`Parameters for the Orders`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionResult | Problem]
    """

    kwargs = _get_kwargs(
        domain=domain,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    domain: str,
    *,
    client: AuthenticatedClient,
    body: OrderCreate,
) -> ActionResult | None:
    """Create order

     Creates a new order. If contact_id is specified, the order will be attached to the contact; if the
    contact properties are specified, E-goi creates the contact, or, if it is already in your list,
    finds the right one (send at least all of the list's configured unique fields). The same logic
    applies to the product_identifier of the products.

    Args:
        domain (str):
        body (OrderCreate): A new order (`Parameters for the Orders`).

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionResult
    """

    response = sync_detailed(
        domain=domain,
        client=client,
        body=body,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(ActionResult | None, response.parsed)


async def asyncio_detailed(
    domain: str,
    *,
    client: AuthenticatedClient,
    body: OrderCreate,
) -> Response[ActionResult | Problem]:
    """Create order

     Creates a new order. If contact_id is specified, the order will be attached to the contact; if the
    contact properties are specified, E-goi creates the contact, or, if it is already in your list,
    finds the right one (send at least all of the list's configured unique fields). The same logic
    applies to the product_identifier of the products.

    Args:
        domain (str):
        body (OrderCreate): A new order (`Parameters for the Orders`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionResult | Problem]
    """

    kwargs = _get_kwargs(
        domain=domain,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    domain: str,
    *,
    client: AuthenticatedClient,
    body: OrderCreate,
) -> ActionResult | None:
    """Create order

     Creates a new order. If contact_id is specified, the order will be attached to the contact; if the
    contact properties are specified, E-goi creates the contact, or, if it is already in your list,
    finds the right one (send at least all of the list's configured unique fields). The same logic
    applies to the product_identifier of the products.

    Args:
        domain (str):
        body (OrderCreate): A new order (`Parameters for the Orders`).

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionResult
    """

    response = await asyncio_detailed(
        domain=domain,
        client=client,
        body=body,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(ActionResult | None, response.parsed)
