from typing import TYPE_CHECKING, Any, cast

from ...client import AuthenticatedClient, Client
from ...models.campaign_group_collection import CampaignGroupCollection
from ...models.problem import Problem
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator

    import httpx

    from ... import _runtime
    from ...models.campaign_group import CampaignGroup


def _get_kwargs(
    *,
    group_id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["group_id"] = group_id

    params["name"] = name

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/campaign-groups",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: "httpx.Response"
) -> CampaignGroupCollection | Problem | None:
    if response.status_code == 200:
        response_200 = CampaignGroupCollection.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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
    *,
    client: AuthenticatedClient,
    group_id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[CampaignGroupCollection | Problem]:
    """Get all campaign groups

     Returns all campaign groups

    Args:
        group_id (int | Unset): A numeric E-goi id (`ID`).
        name (str | Unset):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[CampaignGroupCollection | Problem]
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(
            group_id=group_id,
            name=name,
            limit=limit,
            offset=offset,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


def sync(
    *,
    client: AuthenticatedClient,
    group_id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> CampaignGroupCollection | None:
    """Get all campaign groups

     Returns all campaign groups

    Args:
        group_id (int | Unset): A numeric E-goi id (`ID`).
        name (str | Unset):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        CampaignGroupCollection
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(
            group_id=group_id,
            name=name,
            limit=limit,
            offset=offset,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(CampaignGroupCollection | None, _runtime.checked(client, response, _parse_response).parsed)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    group_id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[CampaignGroupCollection | Problem]:
    """Get all campaign groups

     Returns all campaign groups

    Args:
        group_id (int | Unset): A numeric E-goi id (`ID`).
        name (str | Unset):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[CampaignGroupCollection | Problem]
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(
            group_id=group_id,
            name=name,
            limit=limit,
            offset=offset,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    group_id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> CampaignGroupCollection | None:
    """Get all campaign groups

     Returns all campaign groups

    Args:
        group_id (int | Unset): A numeric E-goi id (`ID`).
        name (str | Unset):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        CampaignGroupCollection
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(
            group_id=group_id,
            name=name,
            limit=limit,
            offset=offset,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(CampaignGroupCollection | None, _runtime.checked(client, response, _parse_response).parsed)


def iterate(
    *,
    client: AuthenticatedClient,
    group_id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> "Iterator[CampaignGroup]":
    """Every item across pages, each page fetched as `sync()` does (and raising as it does).

    Pages of `limit` items from `offset` (default 0) on, until
    the body's `total_items` is reached (without a total: until a short or empty page).
    """
    from ... import _runtime

    def fetch(position: int) -> "_runtime.Page[CampaignGroup]":
        response = _runtime.send(
            client,
            _get_kwargs(
                group_id=group_id,
                name=name,
                limit=limit,
                offset=position,
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
    *,
    client: AuthenticatedClient,
    group_id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> "AsyncIterator[CampaignGroup]":
    """`iterate()` with `asyncio()`: `async for item in aiterate(...)`."""
    from ... import _runtime

    async def fetch(position: int) -> "_runtime.Page[CampaignGroup]":
        response = await _runtime.asend(
            client,
            _get_kwargs(
                group_id=group_id,
                name=name,
                limit=limit,
                offset=position,
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
