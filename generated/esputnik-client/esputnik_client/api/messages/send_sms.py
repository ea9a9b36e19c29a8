from typing import TYPE_CHECKING, Any, cast

from ...client import AuthenticatedClient, Client
from ...models.send_message_response import SendMessageResponse
from ...models.send_sms_request import SendSmsRequest
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx


def _get_kwargs(
    *,
    body: SendSmsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/message/sms",
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
    body: SendSmsRequest,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[SendMessageResponse | str]:
    """Send an SMS message

     Sends an SMS to the given phone numbers or to a segment (`phoneNumbers` is required
    when `groupId` is absent), asynchronously. An unknown number creates a contact with
    just that channel, in no segment and without events.

    Unconfirmed: the answer is assumed to be the per-recipient results of smartsend and
    send email; the name of the link-tracking flag (default off) is not documented.

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        body (SendSmsRequest): A single SMS: to `phoneNumbers`, or to the segment `groupId` (one
            of them is required).
            Unconfirmed: the link-tracking flag (default off) exists but its name is not documented.
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
    body: SendSmsRequest,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> SendMessageResponse | None:
    """Send an SMS message

     Sends an SMS to the given phone numbers or to a segment (`phoneNumbers` is required
    when `groupId` is absent), asynchronously. An unknown number creates a contact with
    just that channel, in no segment and without events.

    Unconfirmed: the answer is assumed to be the per-recipient results of smartsend and
    send email; the name of the link-tracking flag (default off) is not documented.

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        body (SendSmsRequest): A single SMS: to `phoneNumbers`, or to the segment `groupId` (one
            of them is required).
            Unconfirmed: the link-tracking flag (default off) exists but its name is not documented.
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
    body: SendSmsRequest,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[SendMessageResponse | str]:
    """Send an SMS message

     Sends an SMS to the given phone numbers or to a segment (`phoneNumbers` is required
    when `groupId` is absent), asynchronously. An unknown number creates a contact with
    just that channel, in no segment and without events.

    Unconfirmed: the answer is assumed to be the per-recipient results of smartsend and
    send email; the name of the link-tracking flag (default off) is not documented.

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        body (SendSmsRequest): A single SMS: to `phoneNumbers`, or to the segment `groupId` (one
            of them is required).
            Unconfirmed: the link-tracking flag (default off) exists but its name is not documented.
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
    body: SendSmsRequest,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> SendMessageResponse | None:
    """Send an SMS message

     Sends an SMS to the given phone numbers or to a segment (`phoneNumbers` is required
    when `groupId` is absent), asynchronously. An unknown number creates a contact with
    just that channel, in no segment and without events.

    Unconfirmed: the answer is assumed to be the per-recipient results of smartsend and
    send email; the name of the link-tracking flag (default off) is not documented.

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        body (SendSmsRequest): A single SMS: to `phoneNumbers`, or to the segment `groupId` (one
            of them is required).
            Unconfirmed: the link-tracking flag (default off) exists but its name is not documented.
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
