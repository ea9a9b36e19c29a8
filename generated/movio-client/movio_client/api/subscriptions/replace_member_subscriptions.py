from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.subscription_update import SubscriptionUpdate
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx


def _get_kwargs(
    member_id: str,
    *,
    body: list[SubscriptionUpdate],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/members/{member_id}/subscriptions".format(
            member_id=quote(str(member_id), safe=""),
        ),
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: "httpx.Response") -> Any | Error | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
    member_id: str,
    *,
    client: AuthenticatedClient,
    body: list[SubscriptionUpdate],
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[Any | Error]:
    """Replace a member's subscriptions

     Sets the member's subscriptions. The body replaces all of the member's subscriptions.

    Args:
        member_id (str):
        body (list[SubscriptionUpdate]):
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[Any | Error]
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(
            member_id=member_id,
            body=body,
        ),
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


def sync(
    member_id: str,
    *,
    client: AuthenticatedClient,
    body: list[SubscriptionUpdate],
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Any | None:
    """Replace a member's subscriptions

     Sets the member's subscriptions. The body replaces all of the member's subscriptions.

    Args:
        member_id (str):
        body (list[SubscriptionUpdate]):
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
            member_id=member_id,
            body=body,
        ),
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.checked(client, response, _parse_response).parsed


async def asyncio_detailed(
    member_id: str,
    *,
    client: AuthenticatedClient,
    body: list[SubscriptionUpdate],
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[Any | Error]:
    """Replace a member's subscriptions

     Sets the member's subscriptions. The body replaces all of the member's subscriptions.

    Args:
        member_id (str):
        body (list[SubscriptionUpdate]):
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[Any | Error]
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(
            member_id=member_id,
            body=body,
        ),
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


async def asyncio(
    member_id: str,
    *,
    client: AuthenticatedClient,
    body: list[SubscriptionUpdate],
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Any | None:
    """Replace a member's subscriptions

     Sets the member's subscriptions. The body replaces all of the member's subscriptions.

    Args:
        member_id (str):
        body (list[SubscriptionUpdate]):
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
            member_id=member_id,
            body=body,
        ),
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.checked(client, response, _parse_response).parsed
