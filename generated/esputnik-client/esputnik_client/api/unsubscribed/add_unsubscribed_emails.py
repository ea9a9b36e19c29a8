from typing import TYPE_CHECKING, Any, cast

from ...client import AuthenticatedClient, Client
from ...models.email_list import EmailList
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx


def _get_kwargs(
    *,
    body: EmailList,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/emails/unsubscribed/add",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: "httpx.Response") -> Any | str | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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
    body: EmailList,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[Any | str]:
    """Add emails to the unsubscribed list

     Marks email addresses as unsubscribed. This unsubscribes the addresses, not the
    contacts: every contact of the organisation using a listed address stops getting bulk
    email, while SMS, Viber and web push stay active. Adding an address already listed
    changes nothing.

    Unconfirmed: the answer body is not documented (clients only test for success); no
    body is declared. No maximum number of addresses is documented.

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        body (EmailList): Email addresses. Unconfirmed: no maximum number is documented.
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[Any | str]
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
    body: EmailList,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Any | None:
    """Add emails to the unsubscribed list

     Marks email addresses as unsubscribed. This unsubscribes the addresses, not the
    contacts: every contact of the organisation using a listed address stops getting bulk
    email, while SMS, Viber and web push stay active. Adding an address already listed
    changes nothing.

    Unconfirmed: the answer body is not documented (clients only test for success); no
    body is declared. No maximum number of addresses is documented.

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        body (EmailList): Email addresses. Unconfirmed: no maximum number is documented.
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Any
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
    return _runtime.checked(client, response, _parse_response).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: EmailList,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[Any | str]:
    """Add emails to the unsubscribed list

     Marks email addresses as unsubscribed. This unsubscribes the addresses, not the
    contacts: every contact of the organisation using a listed address stops getting bulk
    email, while SMS, Viber and web push stay active. Adding an address already listed
    changes nothing.

    Unconfirmed: the answer body is not documented (clients only test for success); no
    body is declared. No maximum number of addresses is documented.

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        body (EmailList): Email addresses. Unconfirmed: no maximum number is documented.
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[Any | str]
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
    body: EmailList,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Any | None:
    """Add emails to the unsubscribed list

     Marks email addresses as unsubscribed. This unsubscribes the addresses, not the
    contacts: every contact of the organisation using a listed address stops getting bulk
    email, while SMS, Viber and web push stay active. Adding an address already listed
    changes nothing.

    Unconfirmed: the answer body is not documented (clients only test for success); no
    body is declared. No maximum number of addresses is documented.

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        body (EmailList): Email addresses. Unconfirmed: no maximum number is documented.
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Any
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
    return _runtime.checked(client, response, _parse_response).parsed
