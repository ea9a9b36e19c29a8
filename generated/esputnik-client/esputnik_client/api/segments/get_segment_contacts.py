from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

from ...client import AuthenticatedClient, Client
from ...models.contact import Contact
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator

    import httpx

    from ... import _runtime
    from ...models.contact import Contact


def _get_kwargs(
    id: int,
    *,
    startindex: int | Unset = UNSET,
    maxrows: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["startindex"] = startindex

    params["maxrows"] = maxrows

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/group/{id}/contacts".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: "httpx.Response") -> list[Contact] | str | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_contact_list_item_data in _response_200:
            componentsschemas_contact_list_item = Contact.from_dict(componentsschemas_contact_list_item_data)

            response_200.append(componentsschemas_contact_list_item)

        return response_200

    if response.status_code == 400:
        response_400 = response.text
        return response_400

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if response.status_code == 404:
        response_404 = response.text
        return response_404

    if response.status_code == 429:
        response_429 = response.text
        return response_429

    if response.status_code == 500:
        response_500 = response.text
        return response_500

    if client.raise_on_unexpected_status:
        from ... import _runtime

        raise _runtime.unexpected_status(client, response)
    else:
        return None


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    startindex: int | Unset = UNSET,
    maxrows: int | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[list[Contact] | str]:
    """Get the contacts of a segment

     The contacts of a segment, a page at a time; the total is in the `TotalCount` header.

    Unconfirmed: the answer to an unknown segment id (404 listed).

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        id (int):
        startindex (int | Unset):
        maxrows (int | Unset):
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[list[Contact] | str]
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(
            id=id,
            startindex=startindex,
            maxrows=maxrows,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    startindex: int | Unset = UNSET,
    maxrows: int | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> list[Contact] | None:
    """Get the contacts of a segment

     The contacts of a segment, a page at a time; the total is in the `TotalCount` header.

    Unconfirmed: the answer to an unknown segment id (404 listed).

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        id (int):
        startindex (int | Unset):
        maxrows (int | Unset):
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        list[Contact]
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(
            id=id,
            startindex=startindex,
            maxrows=maxrows,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(list[Contact] | None, _runtime.checked(client, response, _parse_response).parsed)


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    startindex: int | Unset = UNSET,
    maxrows: int | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[list[Contact] | str]:
    """Get the contacts of a segment

     The contacts of a segment, a page at a time; the total is in the `TotalCount` header.

    Unconfirmed: the answer to an unknown segment id (404 listed).

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        id (int):
        startindex (int | Unset):
        maxrows (int | Unset):
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[list[Contact] | str]
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(
            id=id,
            startindex=startindex,
            maxrows=maxrows,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    startindex: int | Unset = UNSET,
    maxrows: int | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> list[Contact] | None:
    """Get the contacts of a segment

     The contacts of a segment, a page at a time; the total is in the `TotalCount` header.

    Unconfirmed: the answer to an unknown segment id (404 listed).

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        id (int):
        startindex (int | Unset):
        maxrows (int | Unset):
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        list[Contact]
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(
            id=id,
            startindex=startindex,
            maxrows=maxrows,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(list[Contact] | None, _runtime.checked(client, response, _parse_response).parsed)


def iterate(
    id: int,
    *,
    client: AuthenticatedClient,
    startindex: int | Unset = UNSET,
    maxrows: int | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> "Iterator[Contact]":
    """Every item across pages, each page fetched as `sync()` does (and raising as it does).

    Pages of `maxrows` items from `startindex` (default 1) on, until
    the `TotalCount` header is reached (without a total: until a short or empty page).
    """
    from ... import _runtime

    def fetch(position: int) -> "_runtime.Page[Contact]":
        response = _runtime.send(
            client,
            _get_kwargs(
                id=id,
                startindex=position,
                maxrows=maxrows,
            ),
            idempotent=True,
            max_retries=max_retries,
            timeout=timeout,
        )
        checked = _runtime.checked(client, response, _parse_response)
        return _runtime.page(checked, items_attribute=None, total_header="TotalCount")

    return _runtime.iterate_pages(
        fetch,
        start=1 if isinstance(startindex, Unset) else startindex,
        first=1,
        limit=None if isinstance(maxrows, Unset) else maxrows,
    )


def aiterate(
    id: int,
    *,
    client: AuthenticatedClient,
    startindex: int | Unset = UNSET,
    maxrows: int | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> "AsyncIterator[Contact]":
    """`iterate()` with `asyncio()`: `async for item in aiterate(...)`."""
    from ... import _runtime

    async def fetch(position: int) -> "_runtime.Page[Contact]":
        response = await _runtime.asend(
            client,
            _get_kwargs(
                id=id,
                startindex=position,
                maxrows=maxrows,
            ),
            idempotent=True,
            max_retries=max_retries,
            timeout=timeout,
        )
        checked = _runtime.checked(client, response, _parse_response)
        return _runtime.page(checked, items_attribute=None, total_header="TotalCount")

    return _runtime.aiterate_pages(
        fetch,
        start=1 if isinstance(startindex, Unset) else startindex,
        first=1,
        limit=None if isinstance(maxrows, Unset) else maxrows,
    )
