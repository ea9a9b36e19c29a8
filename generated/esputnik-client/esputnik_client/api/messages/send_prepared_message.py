from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

from ...client import AuthenticatedClient, Client
from ...models.send_message_response import SendMessageResponse
from ...models.smart_send_request import SmartSendRequest
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx


def _get_kwargs(
    id: int,
    *,
    body: SmartSendRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/message/{id}/smartsend".format(
            id=quote(str(id), safe=""),
        ),
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
    body: SmartSendRequest,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[SendMessageResponse | str]:
    """Send a prepared message

     Sends a message prepared in the account ("sendExtendedPreparedMessage") to up to 1000
    recipients, each with its own data (`jsonParam`, read in the message as
    `$data.get('key')`). Works for email, SMS, Viber, mobile push, web push, Telegram and
    App Inbox. Sending is asynchronous: each recipient's result says whether the message
    was queued (`OK`, with a `requestId` for the message status) or why not (`ERROR`, with
    a `message`). With one recipient, `results` may be a single object instead of an array.

    A 404 answers an unknown message id (handled by a client). Unconfirmed: other error
    codes are not documented.

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        id (int):
        body (SmartSendRequest): A prepared message's recipients and options, at most 1000
            recipients.

            Unconfirmed: `campaignId` and `allowUnconfirmed` are sent by one client only; where
            `externalRequestId` goes (here or per recipient) is not settled, so both are accepted.
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
            id=id,
            body=body,
        ),
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    body: SmartSendRequest,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> SendMessageResponse | None:
    """Send a prepared message

     Sends a message prepared in the account ("sendExtendedPreparedMessage") to up to 1000
    recipients, each with its own data (`jsonParam`, read in the message as
    `$data.get('key')`). Works for email, SMS, Viber, mobile push, web push, Telegram and
    App Inbox. Sending is asynchronous: each recipient's result says whether the message
    was queued (`OK`, with a `requestId` for the message status) or why not (`ERROR`, with
    a `message`). With one recipient, `results` may be a single object instead of an array.

    A 404 answers an unknown message id (handled by a client). Unconfirmed: other error
    codes are not documented.

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        id (int):
        body (SmartSendRequest): A prepared message's recipients and options, at most 1000
            recipients.

            Unconfirmed: `campaignId` and `allowUnconfirmed` are sent by one client only; where
            `externalRequestId` goes (here or per recipient) is not settled, so both are accepted.
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
            id=id,
            body=body,
        ),
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(SendMessageResponse | None, _runtime.checked(client, response, _parse_response).parsed)


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: SmartSendRequest,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[SendMessageResponse | str]:
    """Send a prepared message

     Sends a message prepared in the account ("sendExtendedPreparedMessage") to up to 1000
    recipients, each with its own data (`jsonParam`, read in the message as
    `$data.get('key')`). Works for email, SMS, Viber, mobile push, web push, Telegram and
    App Inbox. Sending is asynchronous: each recipient's result says whether the message
    was queued (`OK`, with a `requestId` for the message status) or why not (`ERROR`, with
    a `message`). With one recipient, `results` may be a single object instead of an array.

    A 404 answers an unknown message id (handled by a client). Unconfirmed: other error
    codes are not documented.

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        id (int):
        body (SmartSendRequest): A prepared message's recipients and options, at most 1000
            recipients.

            Unconfirmed: `campaignId` and `allowUnconfirmed` are sent by one client only; where
            `externalRequestId` goes (here or per recipient) is not settled, so both are accepted.
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
            id=id,
            body=body,
        ),
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: SmartSendRequest,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> SendMessageResponse | None:
    """Send a prepared message

     Sends a message prepared in the account ("sendExtendedPreparedMessage") to up to 1000
    recipients, each with its own data (`jsonParam`, read in the message as
    `$data.get('key')`). Works for email, SMS, Viber, mobile push, web push, Telegram and
    App Inbox. Sending is asynchronous: each recipient's result says whether the message
    was queued (`OK`, with a `requestId` for the message status) or why not (`ERROR`, with
    a `message`). With one recipient, `results` may be a single object instead of an array.

    A 404 answers an unknown message id (handled by a client). Unconfirmed: other error
    codes are not documented.

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        id (int):
        body (SmartSendRequest): A prepared message's recipients and options, at most 1000
            recipients.

            Unconfirmed: `campaignId` and `allowUnconfirmed` are sent by one client only; where
            `externalRequestId` goes (here or per recipient) is not settled, so both are accepted.
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
            id=id,
            body=body,
        ),
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(SendMessageResponse | None, _runtime.checked(client, response, _parse_response).parsed)
