from typing import TYPE_CHECKING, Any, cast

from ...client import AuthenticatedClient, Client
from ...models.bulk_upsert_result import BulkUpsertResult
from ...models.error import Error
from ...models.ticket import Ticket
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx


def _get_kwargs(
    *,
    body: list[Ticket],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/tickets",
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: "httpx.Response"
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
        from ... import _runtime

        raise _runtime.unexpected_status(client, response)
    else:
        return None


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: list[Ticket],
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[BulkUpsertResult | Error]:
    """Create or update tickets

     Creates or updates 1 to 5000 ticket types in one request. Each ticket is a one-to-one
    replacement keyed on `ticket_id`.

    Args:
        body (list[Ticket]):
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[BulkUpsertResult | Error]
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(
            body=body,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


def sync(
    *,
    client: AuthenticatedClient,
    body: list[Ticket],
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> BulkUpsertResult | None:
    """Create or update tickets

     Creates or updates 1 to 5000 ticket types in one request. Each ticket is a one-to-one
    replacement keyed on `ticket_id`.

    Args:
        body (list[Ticket]):
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        BulkUpsertResult
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(
            body=body,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(BulkUpsertResult | None, _runtime.checked(client, response, _parse_response).parsed)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: list[Ticket],
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[BulkUpsertResult | Error]:
    """Create or update tickets

     Creates or updates 1 to 5000 ticket types in one request. Each ticket is a one-to-one
    replacement keyed on `ticket_id`.

    Args:
        body (list[Ticket]):
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[BulkUpsertResult | Error]
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(
            body=body,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: list[Ticket],
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> BulkUpsertResult | None:
    """Create or update tickets

     Creates or updates 1 to 5000 ticket types in one request. Each ticket is a one-to-one
    replacement keyed on `ticket_id`.

    Args:
        body (list[Ticket]):
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        BulkUpsertResult
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(
            body=body,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(BulkUpsertResult | None, _runtime.checked(client, response, _parse_response).parsed)
