from typing import TYPE_CHECKING, Any, cast

from ...client import AuthenticatedClient, Client
from ...models.contact_emails_response import ContactEmailsResponse
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx


def _get_kwargs(
    *,
    ids: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ids"] = ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/contacts/email",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: "httpx.Response"
) -> ContactEmailsResponse | str | None:
    if response.status_code == 200:
        response_200 = ContactEmailsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = response.text
        return response_400

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
    ids: str,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[ContactEmailsResponse | str]:
    """Get the emails of contacts

     The email address of each contact id given.

    Unconfirmed: the parameter name `ids` comes from one client (another sends `emails`,
    likely a bug).

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        ids (str):
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[ContactEmailsResponse | str]
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(
            ids=ids,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


def sync(
    *,
    client: AuthenticatedClient,
    ids: str,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> ContactEmailsResponse | None:
    """Get the emails of contacts

     The email address of each contact id given.

    Unconfirmed: the parameter name `ids` comes from one client (another sends `emails`,
    likely a bug).

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        ids (str):
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        ContactEmailsResponse
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(
            ids=ids,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(ContactEmailsResponse | None, _runtime.checked(client, response, _parse_response).parsed)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    ids: str,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[ContactEmailsResponse | str]:
    """Get the emails of contacts

     The email address of each contact id given.

    Unconfirmed: the parameter name `ids` comes from one client (another sends `emails`,
    likely a bug).

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        ids (str):
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[ContactEmailsResponse | str]
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(
            ids=ids,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    ids: str,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> ContactEmailsResponse | None:
    """Get the emails of contacts

     The email address of each contact id given.

    Unconfirmed: the parameter name `ids` comes from one client (another sends `emails`,
    likely a bug).

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        ids (str):
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        ContactEmailsResponse
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(
            ids=ids,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(ContactEmailsResponse | None, _runtime.checked(client, response, _parse_response).parsed)
