from typing import TYPE_CHECKING, Any, cast

from ...client import AuthenticatedClient, Client
from ...models.account_info import AccountInfo
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/account/info",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: "httpx.Response") -> AccountInfo | str | None:
    if response.status_code == 200:
        response_200 = AccountInfo.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = response.text
        return response_401

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
    *,
    client: AuthenticatedClient,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[AccountInfo | str]:
    """Get account info

     Returns the API user's email and the organisation's name. The docs use it to test a
    connection; under OAuth it needs no special permission. A 401 means the API key is
    invalid.

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[AccountInfo | str]
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


def sync(
    *,
    client: AuthenticatedClient,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> AccountInfo | None:
    """Get account info

     Returns the API user's email and the organisation's name. The docs use it to test a
    connection; under OAuth it needs no special permission. A 401 means the API key is
    invalid.

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        AccountInfo
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(AccountInfo | None, _runtime.checked(client, response, _parse_response).parsed)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[AccountInfo | str]:
    """Get account info

     Returns the API user's email and the organisation's name. The docs use it to test a
    connection; under OAuth it needs no special permission. A 401 means the API key is
    invalid.

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[AccountInfo | str]
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> AccountInfo | None:
    """Get account info

     Returns the API user's email and the organisation's name. The docs use it to test a
    connection; under OAuth it needs no special permission. A 401 means the API key is
    invalid.

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        AccountInfo
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(AccountInfo | None, _runtime.checked(client, response, _parse_response).parsed)
