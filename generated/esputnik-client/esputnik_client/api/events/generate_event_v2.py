from typing import TYPE_CHECKING, Any, cast

from ...client import AuthenticatedClient, Client
from ...models.event import Event
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx


def _get_kwargs(
    *,
    body: Event,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/event",
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

    if response.status_code == 413:
        response_413 = response.text
        return response_413

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
    body: Event,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[Any | str]:
    """Generate an event (v2)

     Registers an event, the method for site activity tracking (standard types include
    pageViewed, productViewed, productCategoryViewed, cartUpdated, productImpressions,
    productAddedToWishlist, searchRequest). The body is as in v1, except that:
    - nested JSON values need no escaping (`value` can be an object or an array);
    - `keyValue` is optional: when omitted it is taken from the params, in the order
      contactId, externalCustomerId, email, phone, pushToken; an event with none of these
      is rejected;
    - an `externalCustomerId` param that is empty or null-ish (`""`, `" "`, `"null"`,
      null) is ignored;
    - a `contactJson` param is validated as a contact; invalid data gets a 400 listing the
      invalid fields;
    - an `ip` param (IPv4 or IPv6) adds the country, region and city to the event.

    Unconfirmed: the answer is not documented; 200 with an empty body, as in v1, is
    assumed. The 20 KB (20480 bytes) body limit is documented for v1 and kept here; the
    status of the refusal is not documented (400 or 413).

    Rate limit: 350 requests per second; beyond it, 429.

    Args:
        body (Event): An event. Unconfirmed: `keyValue` is optional (the v2 rule); older docs and
            most
            clients treat it as required in v1.
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
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


def sync(
    *,
    client: AuthenticatedClient,
    body: Event,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Any | None:
    """Generate an event (v2)

     Registers an event, the method for site activity tracking (standard types include
    pageViewed, productViewed, productCategoryViewed, cartUpdated, productImpressions,
    productAddedToWishlist, searchRequest). The body is as in v1, except that:
    - nested JSON values need no escaping (`value` can be an object or an array);
    - `keyValue` is optional: when omitted it is taken from the params, in the order
      contactId, externalCustomerId, email, phone, pushToken; an event with none of these
      is rejected;
    - an `externalCustomerId` param that is empty or null-ish (`""`, `" "`, `"null"`,
      null) is ignored;
    - a `contactJson` param is validated as a contact; invalid data gets a 400 listing the
      invalid fields;
    - an `ip` param (IPv4 or IPv6) adds the country, region and city to the event.

    Unconfirmed: the answer is not documented; 200 with an empty body, as in v1, is
    assumed. The 20 KB (20480 bytes) body limit is documented for v1 and kept here; the
    status of the refusal is not documented (400 or 413).

    Rate limit: 350 requests per second; beyond it, 429.

    Args:
        body (Event): An event. Unconfirmed: `keyValue` is optional (the v2 rule); older docs and
            most
            clients treat it as required in v1.
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
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.checked(client, response, _parse_response).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Event,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[Any | str]:
    """Generate an event (v2)

     Registers an event, the method for site activity tracking (standard types include
    pageViewed, productViewed, productCategoryViewed, cartUpdated, productImpressions,
    productAddedToWishlist, searchRequest). The body is as in v1, except that:
    - nested JSON values need no escaping (`value` can be an object or an array);
    - `keyValue` is optional: when omitted it is taken from the params, in the order
      contactId, externalCustomerId, email, phone, pushToken; an event with none of these
      is rejected;
    - an `externalCustomerId` param that is empty or null-ish (`""`, `" "`, `"null"`,
      null) is ignored;
    - a `contactJson` param is validated as a contact; invalid data gets a 400 listing the
      invalid fields;
    - an `ip` param (IPv4 or IPv6) adds the country, region and city to the event.

    Unconfirmed: the answer is not documented; 200 with an empty body, as in v1, is
    assumed. The 20 KB (20480 bytes) body limit is documented for v1 and kept here; the
    status of the refusal is not documented (400 or 413).

    Rate limit: 350 requests per second; beyond it, 429.

    Args:
        body (Event): An event. Unconfirmed: `keyValue` is optional (the v2 rule); older docs and
            most
            clients treat it as required in v1.
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
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: Event,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Any | None:
    """Generate an event (v2)

     Registers an event, the method for site activity tracking (standard types include
    pageViewed, productViewed, productCategoryViewed, cartUpdated, productImpressions,
    productAddedToWishlist, searchRequest). The body is as in v1, except that:
    - nested JSON values need no escaping (`value` can be an object or an array);
    - `keyValue` is optional: when omitted it is taken from the params, in the order
      contactId, externalCustomerId, email, phone, pushToken; an event with none of these
      is rejected;
    - an `externalCustomerId` param that is empty or null-ish (`""`, `" "`, `"null"`,
      null) is ignored;
    - a `contactJson` param is validated as a contact; invalid data gets a 400 listing the
      invalid fields;
    - an `ip` param (IPv4 or IPv6) adds the country, region and city to the event.

    Unconfirmed: the answer is not documented; 200 with an empty body, as in v1, is
    assumed. The 20 KB (20480 bytes) body limit is documented for v1 and kept here; the
    status of the refusal is not documented (400 or 413).

    Rate limit: 350 requests per second; beyond it, 429.

    Args:
        body (Event): An event. Unconfirmed: `keyValue` is optional (the v2 rule); older docs and
            most
            clients treat it as required in v1.
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
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.checked(client, response, _parse_response).parsed
