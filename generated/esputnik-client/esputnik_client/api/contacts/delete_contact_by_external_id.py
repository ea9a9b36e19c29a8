from typing import TYPE_CHECKING, Any

from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx


def _get_kwargs(
    *,
    external_customer_id: str,
    erase: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["externalCustomerId"] = external_customer_id

    params["erase"] = erase

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/contact",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: "httpx.Response") -> str | None:
    if response.status_code == 200:
        response_200 = response.text
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
    *,
    client: AuthenticatedClient,
    external_customer_id: str,
    erase: bool | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[str]:
    """Delete a contact by external customer id

     Deletes the contact with the given `externalCustomerId`; with `erase=true`, erases all
    of its data (GDPR). Deleting again changes nothing more.

    Unconfirmed: the answer is assumed to be the plain text of a delete by id; the answer
    to an unknown id is assumed to be 404.

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        external_customer_id (str):
        erase (bool | Unset):
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[str]
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(
            external_customer_id=external_customer_id,
            erase=erase,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


def sync(
    *,
    client: AuthenticatedClient,
    external_customer_id: str,
    erase: bool | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> str | None:
    """Delete a contact by external customer id

     Deletes the contact with the given `externalCustomerId`; with `erase=true`, erases all
    of its data (GDPR). Deleting again changes nothing more.

    Unconfirmed: the answer is assumed to be the plain text of a delete by id; the answer
    to an unknown id is assumed to be 404.

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        external_customer_id (str):
        erase (bool | Unset):
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        str
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(
            external_customer_id=external_customer_id,
            erase=erase,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.checked(client, response, _parse_response).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    external_customer_id: str,
    erase: bool | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[str]:
    """Delete a contact by external customer id

     Deletes the contact with the given `externalCustomerId`; with `erase=true`, erases all
    of its data (GDPR). Deleting again changes nothing more.

    Unconfirmed: the answer is assumed to be the plain text of a delete by id; the answer
    to an unknown id is assumed to be 404.

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        external_customer_id (str):
        erase (bool | Unset):
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[str]
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(
            external_customer_id=external_customer_id,
            erase=erase,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    external_customer_id: str,
    erase: bool | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> str | None:
    """Delete a contact by external customer id

     Deletes the contact with the given `externalCustomerId`; with `erase=true`, erases all
    of its data (GDPR). Deleting again changes nothing more.

    Unconfirmed: the answer is assumed to be the plain text of a delete by id; the answer
    to an unknown id is assumed to be 404.

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        external_customer_id (str):
        erase (bool | Unset):
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        str
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(
            external_customer_id=external_customer_id,
            erase=erase,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.checked(client, response, _parse_response).parsed
