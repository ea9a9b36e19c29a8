from typing import TYPE_CHECKING, Any, cast

from ...client import AuthenticatedClient, Client
from ...models.send_email_request import SendEmailRequest
from ...models.send_message_response import SendMessageResponse
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx


def _get_kwargs(
    *,
    body: SendEmailRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/message/email",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: "httpx.Response"
) -> SendMessageResponse | str | None:
    if response.status_code == 200:
        response_200 = SendMessageResponse.from_dict(response.json())

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
    body: SendEmailRequest,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[SendMessageResponse | str]:
    """Send an email message

     Sends an email to the given addresses, asynchronously; poll the message status with the
    returned `requestId`s. An unknown address creates a contact with just that channel, in
    no segment and without events. The docs advise smartsend instead for one-time codes.

    Unconfirmed: the names of the AMP HTML body and of the link-tracking flag (default on)
    are not documented; send them as additional properties. `campaignId` is sent by one
    client only. Error codes are not documented.

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        body (SendEmailRequest): A single email. Unconfirmed: the AMP HTML body and the link-
            tracking flag (default on)
            exist but their names are not documented; `campaignId` is sent by one client only.
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[SendMessageResponse | str]
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(
            body=body,
        ),
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SendEmailRequest,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> SendMessageResponse | None:
    """Send an email message

     Sends an email to the given addresses, asynchronously; poll the message status with the
    returned `requestId`s. An unknown address creates a contact with just that channel, in
    no segment and without events. The docs advise smartsend instead for one-time codes.

    Unconfirmed: the names of the AMP HTML body and of the link-tracking flag (default on)
    are not documented; send them as additional properties. `campaignId` is sent by one
    client only. Error codes are not documented.

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        body (SendEmailRequest): A single email. Unconfirmed: the AMP HTML body and the link-
            tracking flag (default on)
            exist but their names are not documented; `campaignId` is sent by one client only.
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        SendMessageResponse
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(
            body=body,
        ),
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(SendMessageResponse | None, _runtime.checked(client, response, _parse_response).parsed)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SendEmailRequest,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[SendMessageResponse | str]:
    """Send an email message

     Sends an email to the given addresses, asynchronously; poll the message status with the
    returned `requestId`s. An unknown address creates a contact with just that channel, in
    no segment and without events. The docs advise smartsend instead for one-time codes.

    Unconfirmed: the names of the AMP HTML body and of the link-tracking flag (default on)
    are not documented; send them as additional properties. `campaignId` is sent by one
    client only. Error codes are not documented.

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        body (SendEmailRequest): A single email. Unconfirmed: the AMP HTML body and the link-
            tracking flag (default on)
            exist but their names are not documented; `campaignId` is sent by one client only.
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[SendMessageResponse | str]
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(
            body=body,
        ),
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SendEmailRequest,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> SendMessageResponse | None:
    """Send an email message

     Sends an email to the given addresses, asynchronously; poll the message status with the
    returned `requestId`s. An unknown address creates a contact with just that channel, in
    no segment and without events. The docs advise smartsend instead for one-time codes.

    Unconfirmed: the names of the AMP HTML body and of the link-tracking flag (default on)
    are not documented; send them as additional properties. `campaignId` is sent by one
    client only. Error codes are not documented.

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        body (SendEmailRequest): A single email. Unconfirmed: the AMP HTML body and the link-
            tracking flag (default on)
            exist but their names are not documented; `campaignId` is sent by one client only.
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        SendMessageResponse
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(
            body=body,
        ),
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(SendMessageResponse | None, _runtime.checked(client, response, _parse_response).parsed)
