from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

from ...client import AuthenticatedClient, Client
from ...models.segment_members import SegmentMembers
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx


def _get_kwargs(
    id: int,
    *,
    body: SegmentMembers,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/group/{id}/contacts/attach".format(
            id=quote(str(id), safe=""),
        ),
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
    body: SegmentMembers,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[Any | str]:
    """Add contacts to a static segment

     Adds up to 500 contacts, given by contact id or by external customer id (one kind per
    request), to a static segment. Adding a member again changes nothing.

    Unconfirmed: the property names `contactIds` and `externalCustomerIds` are not in the
    facts (only "contactId or externalCustomerId"); the answer body is not documented (200
    with no body declared); the answer to an unknown segment id (404 listed).

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        id (int):
        body (SegmentMembers): Contacts of a static segment, by contact id or by external customer
            id (one kind per
            request), at most 500. Unconfirmed: the property names are not in the facts.
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
            id=id,
            body=body,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    body: SegmentMembers,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Any | None:
    """Add contacts to a static segment

     Adds up to 500 contacts, given by contact id or by external customer id (one kind per
    request), to a static segment. Adding a member again changes nothing.

    Unconfirmed: the property names `contactIds` and `externalCustomerIds` are not in the
    facts (only "contactId or externalCustomerId"); the answer body is not documented (200
    with no body declared); the answer to an unknown segment id (404 listed).

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        id (int):
        body (SegmentMembers): Contacts of a static segment, by contact id or by external customer
            id (one kind per
            request), at most 500. Unconfirmed: the property names are not in the facts.
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
            id=id,
            body=body,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.checked(client, response, _parse_response).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: SegmentMembers,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[Any | str]:
    """Add contacts to a static segment

     Adds up to 500 contacts, given by contact id or by external customer id (one kind per
    request), to a static segment. Adding a member again changes nothing.

    Unconfirmed: the property names `contactIds` and `externalCustomerIds` are not in the
    facts (only "contactId or externalCustomerId"); the answer body is not documented (200
    with no body declared); the answer to an unknown segment id (404 listed).

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        id (int):
        body (SegmentMembers): Contacts of a static segment, by contact id or by external customer
            id (one kind per
            request), at most 500. Unconfirmed: the property names are not in the facts.
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
            id=id,
            body=body,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: SegmentMembers,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Any | None:
    """Add contacts to a static segment

     Adds up to 500 contacts, given by contact id or by external customer id (one kind per
    request), to a static segment. Adding a member again changes nothing.

    Unconfirmed: the property names `contactIds` and `externalCustomerIds` are not in the
    facts (only "contactId or externalCustomerId"); the answer body is not documented (200
    with no body declared); the answer to an unknown segment id (404 listed).

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        id (int):
        body (SegmentMembers): Contacts of a static segment, by contact id or by external customer
            id (one kind per
            request), at most 500. Unconfirmed: the property names are not in the facts.
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
            id=id,
            body=body,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.checked(client, response, _parse_response).parsed
