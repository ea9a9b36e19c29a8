from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.product_collection import ProductCollection
from ...models.product_custom_attributes_filter import ProductCustomAttributesFilter
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator

    import httpx

    from ... import _runtime
    from ...models.product import Product


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
    *, client: AuthenticatedClient | Client, response: "httpx.Response"
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
        from ... import _runtime

        raise _runtime.unexpected_status(client, response)
    else:
        return None


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
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
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
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[Problem | ProductCollection]
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(
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
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


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
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
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
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        ProductCollection
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(
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
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(ProductCollection | None, _runtime.checked(client, response, _parse_response).parsed)


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
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
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
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[Problem | ProductCollection]
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(
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
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


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
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
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
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        ProductCollection
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(
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
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(ProductCollection | None, _runtime.checked(client, response, _parse_response).parsed)


def iterate(
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
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> "Iterator[Product]":
    """Every item across pages, each page fetched as `sync()` does (and raising as it does).

    Pages of `limit` items from `offset` (default 0) on, until
    the body's `total_items` is reached (without a total: until a short or empty page).
    """
    from ... import _runtime

    def fetch(position: int) -> "_runtime.Page[Product]":
        response = _runtime.send(
            client,
            _get_kwargs(
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
                offset=position,
                limit=limit,
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
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> "AsyncIterator[Product]":
    """`iterate()` with `asyncio()`: `async for item in aiterate(...)`."""
    from ... import _runtime

    async def fetch(position: int) -> "_runtime.Page[Product]":
        response = await _runtime.asend(
            client,
            _get_kwargs(
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
                offset=position,
                limit=limit,
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
