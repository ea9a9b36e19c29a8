from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.segment_collection import SegmentCollection
from ...models.segment_type import SegmentType
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator

    import httpx

    from ... import _runtime
    from ...models.segment import Segment


def _get_kwargs(
    list_id: int,
    *,
    type_: SegmentType | Unset = UNSET,
    name: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["name"] = name

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/lists/{list_id}/segments".format(
            list_id=quote(str(list_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: "httpx.Response"
) -> Problem | SegmentCollection | None:
    if response.status_code == 200:
        response_200 = SegmentCollection.from_dict(response.json())

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
    list_id: int,
    *,
    client: AuthenticatedClient,
    type_: SegmentType | Unset = UNSET,
    name: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[Problem | SegmentCollection]:
    """Get all segments

     Returns all segments

    Args:
        list_id (int): A numeric E-goi id (`ID`).
        type_ (SegmentType | Unset): Type of segment.
        name (str | Unset):
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[Problem | SegmentCollection]
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(
            list_id=list_id,
            type_=type_,
            name=name,
            offset=offset,
            limit=limit,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


def sync(
    list_id: int,
    *,
    client: AuthenticatedClient,
    type_: SegmentType | Unset = UNSET,
    name: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> SegmentCollection | None:
    """Get all segments

     Returns all segments

    Args:
        list_id (int): A numeric E-goi id (`ID`).
        type_ (SegmentType | Unset): Type of segment.
        name (str | Unset):
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
        SegmentCollection
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(
            list_id=list_id,
            type_=type_,
            name=name,
            offset=offset,
            limit=limit,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(SegmentCollection | None, _runtime.checked(client, response, _parse_response).parsed)


async def asyncio_detailed(
    list_id: int,
    *,
    client: AuthenticatedClient,
    type_: SegmentType | Unset = UNSET,
    name: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[Problem | SegmentCollection]:
    """Get all segments

     Returns all segments

    Args:
        list_id (int): A numeric E-goi id (`ID`).
        type_ (SegmentType | Unset): Type of segment.
        name (str | Unset):
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[Problem | SegmentCollection]
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(
            list_id=list_id,
            type_=type_,
            name=name,
            offset=offset,
            limit=limit,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


async def asyncio(
    list_id: int,
    *,
    client: AuthenticatedClient,
    type_: SegmentType | Unset = UNSET,
    name: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> SegmentCollection | None:
    """Get all segments

     Returns all segments

    Args:
        list_id (int): A numeric E-goi id (`ID`).
        type_ (SegmentType | Unset): Type of segment.
        name (str | Unset):
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
        SegmentCollection
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(
            list_id=list_id,
            type_=type_,
            name=name,
            offset=offset,
            limit=limit,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(SegmentCollection | None, _runtime.checked(client, response, _parse_response).parsed)


def iterate(
    list_id: int,
    *,
    client: AuthenticatedClient,
    type_: SegmentType | Unset = UNSET,
    name: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> "Iterator[Segment]":
    """Every item across pages, each page fetched as `sync()` does (and raising as it does).

    Pages of `limit` items from `offset` (default 0) on, until
    the body's `total_items` is reached (without a total: until a short or empty page).
    """
    from ... import _runtime

    def fetch(position: int) -> "_runtime.Page[Segment]":
        response = _runtime.send(
            client,
            _get_kwargs(
                list_id=list_id,
                type_=type_,
                name=name,
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
    list_id: int,
    *,
    client: AuthenticatedClient,
    type_: SegmentType | Unset = UNSET,
    name: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> "AsyncIterator[Segment]":
    """`iterate()` with `asyncio()`: `async for item in aiterate(...)`."""
    from ... import _runtime

    async def fetch(position: int) -> "_runtime.Page[Segment]":
        response = await _runtime.asend(
            client,
            _get_kwargs(
                list_id=list_id,
                type_=type_,
                name=name,
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
