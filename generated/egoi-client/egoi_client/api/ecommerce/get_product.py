from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.product import Product
from ...types import Response


def _get_kwargs(
    catalog_id: int,
    product_identifier: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/catalogs/{catalog_id}/products/{product_identifier}".format(
            catalog_id=quote(str(catalog_id), safe=""),
            product_identifier=quote(str(product_identifier), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | Product | None:
    if response.status_code == 200:
        response_200 = Product.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | Product]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    catalog_id: int,
    product_identifier: str,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | Product]:
    """Get product

     Returns product information given its ID.

    Args:
        catalog_id (int): A numeric E-goi id (`ID`).
        product_identifier (str): The ID of a product in your store. Unconfirmed: the reference
            gives the character class `[a-zA-Z0-9\\_\\-.]` unanchored and without a quantifier; it is
            read here as the characters the identifier is made of (one or more).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Product]
    """

    kwargs = _get_kwargs(
        catalog_id=catalog_id,
        product_identifier=product_identifier,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    catalog_id: int,
    product_identifier: str,
    *,
    client: AuthenticatedClient,
) -> Product | None:
    """Get product

     Returns product information given its ID.

    Args:
        catalog_id (int): A numeric E-goi id (`ID`).
        product_identifier (str): The ID of a product in your store. Unconfirmed: the reference
            gives the character class `[a-zA-Z0-9\\_\\-.]` unanchored and without a quantifier; it is
            read here as the characters the identifier is made of (one or more).

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Product
    """

    response = sync_detailed(
        catalog_id=catalog_id,
        product_identifier=product_identifier,
        client=client,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(Product | None, response.parsed)


async def asyncio_detailed(
    catalog_id: int,
    product_identifier: str,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | Product]:
    """Get product

     Returns product information given its ID.

    Args:
        catalog_id (int): A numeric E-goi id (`ID`).
        product_identifier (str): The ID of a product in your store. Unconfirmed: the reference
            gives the character class `[a-zA-Z0-9\\_\\-.]` unanchored and without a quantifier; it is
            read here as the characters the identifier is made of (one or more).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Product]
    """

    kwargs = _get_kwargs(
        catalog_id=catalog_id,
        product_identifier=product_identifier,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    catalog_id: int,
    product_identifier: str,
    *,
    client: AuthenticatedClient,
) -> Product | None:
    """Get product

     Returns product information given its ID.

    Args:
        catalog_id (int): A numeric E-goi id (`ID`).
        product_identifier (str): The ID of a product in your store. Unconfirmed: the reference
            gives the character class `[a-zA-Z0-9\\_\\-.]` unanchored and without a quantifier; it is
            read here as the characters the identifier is made of (one or more).

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Product
    """

    response = await asyncio_detailed(
        catalog_id=catalog_id,
        product_identifier=product_identifier,
        client=client,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(Product | None, response.parsed)
