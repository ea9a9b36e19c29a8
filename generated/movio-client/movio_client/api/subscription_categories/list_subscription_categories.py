from typing import TYPE_CHECKING, Any, cast

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.subscription_category import SubscriptionCategory
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subscriptions/categories",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: "httpx.Response"
) -> Error | list[SubscriptionCategory] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = SubscriptionCategory.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

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
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[Error | list[SubscriptionCategory]]:
    """List subscription categories

     Lists the subscription categories set up for the exhibitor by Movio staff.

    Args:
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[Error | list[SubscriptionCategory]]
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
) -> list[SubscriptionCategory] | None:
    """List subscription categories

     Lists the subscription categories set up for the exhibitor by Movio staff.

    Args:
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        list[SubscriptionCategory]
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(list[SubscriptionCategory] | None, _runtime.checked(client, response, _parse_response).parsed)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[Error | list[SubscriptionCategory]]:
    """List subscription categories

     Lists the subscription categories set up for the exhibitor by Movio staff.

    Args:
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[Error | list[SubscriptionCategory]]
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
) -> list[SubscriptionCategory] | None:
    """List subscription categories

     Lists the subscription categories set up for the exhibitor by Movio staff.

    Args:
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        list[SubscriptionCategory]
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(list[SubscriptionCategory] | None, _runtime.checked(client, response, _parse_response).parsed)
