from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.product_collection import ProductCollection
from ...models.product_custom_attributes_filter import ProductCustomAttributesFilter
from ...types import UNSET, Response, Unset


def _get_kwargs(
    catalog_id: int,
    *,
    product_identifier: str | Unset = UNSET,
    name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    sku: str | Unset = UNSET,
    upc: str | Unset = UNSET,
    ean: str | Unset = UNSET,
    gtin: str | Unset = UNSET,
    mpn: str | Unset = UNSET,
    price: float | Unset = UNSET,
    sale_price: float | Unset = UNSET,
    brand: str | Unset = UNSET,
    custom_attributes: ProductCustomAttributesFilter | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["product_identifier"] = product_identifier

    params["name"] = name

    params["description"] = description

    params["sku"] = sku

    params["upc"] = upc

    params["ean"] = ean

    params["gtin"] = gtin

    params["mpn"] = mpn

    params["price"] = price

    params["sale_price"] = sale_price

    params["brand"] = brand

    json_custom_attributes: dict[str, Any] | Unset = UNSET
    if not isinstance(custom_attributes, Unset):
        json_custom_attributes = custom_attributes.to_dict()
    if not isinstance(json_custom_attributes, Unset):
        params.update({f"custom_attributes[{key}]": value for key, value in json_custom_attributes.items()})

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/catalogs/{catalog_id}/products".format(
            catalog_id=quote(str(catalog_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ProductCollection | None:
    if response.status_code == 200:
        response_200 = ProductCollection.from_dict(response.json())

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
) -> Response[Problem | ProductCollection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    catalog_id: int,
    *,
    client: AuthenticatedClient,
    product_identifier: str | Unset = UNSET,
    name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    sku: str | Unset = UNSET,
    upc: str | Unset = UNSET,
    ean: str | Unset = UNSET,
    gtin: str | Unset = UNSET,
    mpn: str | Unset = UNSET,
    price: float | Unset = UNSET,
    sale_price: float | Unset = UNSET,
    brand: str | Unset = UNSET,
    custom_attributes: ProductCustomAttributesFilter | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
) -> Response[Problem | ProductCollection]:
    """Get all products

     Returns all products for the given catalog.

    Args:
        catalog_id (int): A numeric E-goi id (`ID`).
        product_identifier (str | Unset): The ID of a product in your store. Unconfirmed: the
            reference gives the character class `[a-zA-Z0-9\\_\\-.]` unanchored and without a
            quantifier; it is read here as the characters the identifier is made of (one or more).
        name (str | Unset):
        description (str | Unset):
        sku (str | Unset):
        upc (str | Unset):
        ean (str | Unset):
        gtin (str | Unset):
        mpn (str | Unset):
        price (float | Unset):
        sale_price (float | Unset):
        brand (str | Unset):
        custom_attributes (ProductCustomAttributesFilter | Unset): Custom attribute filters, by
            alias: `{"<alias>": "<value>"}`, sent as `custom_attributes[<alias>]=<value>`.
        offset (int | Unset):
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProductCollection]
    """

    kwargs = _get_kwargs(
        catalog_id=catalog_id,
        product_identifier=product_identifier,
        name=name,
        description=description,
        sku=sku,
        upc=upc,
        ean=ean,
        gtin=gtin,
        mpn=mpn,
        price=price,
        sale_price=sale_price,
        brand=brand,
        custom_attributes=custom_attributes,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    catalog_id: int,
    *,
    client: AuthenticatedClient,
    product_identifier: str | Unset = UNSET,
    name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    sku: str | Unset = UNSET,
    upc: str | Unset = UNSET,
    ean: str | Unset = UNSET,
    gtin: str | Unset = UNSET,
    mpn: str | Unset = UNSET,
    price: float | Unset = UNSET,
    sale_price: float | Unset = UNSET,
    brand: str | Unset = UNSET,
    custom_attributes: ProductCustomAttributesFilter | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
) -> ProductCollection | None:
    """Get all products

     Returns all products for the given catalog.

    Args:
        catalog_id (int): A numeric E-goi id (`ID`).
        product_identifier (str | Unset): The ID of a product in your store. Unconfirmed: the
            reference gives the character class `[a-zA-Z0-9\\_\\-.]` unanchored and without a
            quantifier; it is read here as the characters the identifier is made of (one or more).
        name (str | Unset):
        description (str | Unset):
        sku (str | Unset):
        upc (str | Unset):
        ean (str | Unset):
        gtin (str | Unset):
        mpn (str | Unset):
        price (float | Unset):
        sale_price (float | Unset):
        brand (str | Unset):
        custom_attributes (ProductCustomAttributesFilter | Unset): Custom attribute filters, by
            alias: `{"<alias>": "<value>"}`, sent as `custom_attributes[<alias>]=<value>`.
        offset (int | Unset):
        limit (int | Unset):  Default: 10.

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProductCollection
    """

    response = sync_detailed(
        catalog_id=catalog_id,
        client=client,
        product_identifier=product_identifier,
        name=name,
        description=description,
        sku=sku,
        upc=upc,
        ean=ean,
        gtin=gtin,
        mpn=mpn,
        price=price,
        sale_price=sale_price,
        brand=brand,
        custom_attributes=custom_attributes,
        offset=offset,
        limit=limit,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(ProductCollection | None, response.parsed)


async def asyncio_detailed(
    catalog_id: int,
    *,
    client: AuthenticatedClient,
    product_identifier: str | Unset = UNSET,
    name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    sku: str | Unset = UNSET,
    upc: str | Unset = UNSET,
    ean: str | Unset = UNSET,
    gtin: str | Unset = UNSET,
    mpn: str | Unset = UNSET,
    price: float | Unset = UNSET,
    sale_price: float | Unset = UNSET,
    brand: str | Unset = UNSET,
    custom_attributes: ProductCustomAttributesFilter | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
) -> Response[Problem | ProductCollection]:
    """Get all products

     Returns all products for the given catalog.

    Args:
        catalog_id (int): A numeric E-goi id (`ID`).
        product_identifier (str | Unset): The ID of a product in your store. Unconfirmed: the
            reference gives the character class `[a-zA-Z0-9\\_\\-.]` unanchored and without a
            quantifier; it is read here as the characters the identifier is made of (one or more).
        name (str | Unset):
        description (str | Unset):
        sku (str | Unset):
        upc (str | Unset):
        ean (str | Unset):
        gtin (str | Unset):
        mpn (str | Unset):
        price (float | Unset):
        sale_price (float | Unset):
        brand (str | Unset):
        custom_attributes (ProductCustomAttributesFilter | Unset): Custom attribute filters, by
            alias: `{"<alias>": "<value>"}`, sent as `custom_attributes[<alias>]=<value>`.
        offset (int | Unset):
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProductCollection]
    """

    kwargs = _get_kwargs(
        catalog_id=catalog_id,
        product_identifier=product_identifier,
        name=name,
        description=description,
        sku=sku,
        upc=upc,
        ean=ean,
        gtin=gtin,
        mpn=mpn,
        price=price,
        sale_price=sale_price,
        brand=brand,
        custom_attributes=custom_attributes,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    catalog_id: int,
    *,
    client: AuthenticatedClient,
    product_identifier: str | Unset = UNSET,
    name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    sku: str | Unset = UNSET,
    upc: str | Unset = UNSET,
    ean: str | Unset = UNSET,
    gtin: str | Unset = UNSET,
    mpn: str | Unset = UNSET,
    price: float | Unset = UNSET,
    sale_price: float | Unset = UNSET,
    brand: str | Unset = UNSET,
    custom_attributes: ProductCustomAttributesFilter | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
) -> ProductCollection | None:
    """Get all products

     Returns all products for the given catalog.

    Args:
        catalog_id (int): A numeric E-goi id (`ID`).
        product_identifier (str | Unset): The ID of a product in your store. Unconfirmed: the
            reference gives the character class `[a-zA-Z0-9\\_\\-.]` unanchored and without a
            quantifier; it is read here as the characters the identifier is made of (one or more).
        name (str | Unset):
        description (str | Unset):
        sku (str | Unset):
        upc (str | Unset):
        ean (str | Unset):
        gtin (str | Unset):
        mpn (str | Unset):
        price (float | Unset):
        sale_price (float | Unset):
        brand (str | Unset):
        custom_attributes (ProductCustomAttributesFilter | Unset): Custom attribute filters, by
            alias: `{"<alias>": "<value>"}`, sent as `custom_attributes[<alias>]=<value>`.
        offset (int | Unset):
        limit (int | Unset):  Default: 10.

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProductCollection
    """

    response = await asyncio_detailed(
        catalog_id=catalog_id,
        client=client,
        product_identifier=product_identifier,
        name=name,
        description=description,
        sku=sku,
        upc=upc,
        ean=ean,
        gtin=gtin,
        mpn=mpn,
        price=price,
        sale_price=sale_price,
        brand=brand,
        custom_attributes=custom_attributes,
        offset=offset,
        limit=limit,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(ProductCollection | None, response.parsed)
