from typing import TYPE_CHECKING, Any, cast

from ...client import AuthenticatedClient, Client
from ...models.contacts_bulk_request import ContactsBulkRequest
from ...models.contacts_import_result import ContactsImportResult
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx


def _get_kwargs(
    *,
    body: ContactsBulkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/contacts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: "httpx.Response"
) -> ContactsImportResult | str | None:
    if response.status_code == 200:
        response_200 = ContactsImportResult.from_dict(response.json())

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
    body: ContactsBulkRequest,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[ContactsImportResult | str]:
    """Add or update contacts

     Creates or updates 1 to 3000 contacts in one request ("contactsBulkUpdate"),
    asynchronously (it can take a few minutes); follow the import with the returned
    `asyncSessionId`. Contacts are matched by `externalCustomerId` first, then by
    `dedupeOn`; when several contacts share a channel, the most recently updated one wins;
    when the request's `externalCustomerId` matches none of the contacts sharing the
    channel and each of them has a different one, a new contact is created. Re-sending the
    same contacts updates them instead of duplicating them. Contacts are created confirmed
    (double opt-in is assumed to have happened elsewhere): not for subscription forms.
    `failedContacts` lists the contacts that could not be added or updated, even on a 200.

    Unconfirmed: error codes other than 200 are not documented (400 is assumed for invalid
    data).

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        body (ContactsBulkRequest): 1 to 3000 contacts and how to match and update them.
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[ContactsImportResult | str]
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
    body: ContactsBulkRequest,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> ContactsImportResult | None:
    """Add or update contacts

     Creates or updates 1 to 3000 contacts in one request ("contactsBulkUpdate"),
    asynchronously (it can take a few minutes); follow the import with the returned
    `asyncSessionId`. Contacts are matched by `externalCustomerId` first, then by
    `dedupeOn`; when several contacts share a channel, the most recently updated one wins;
    when the request's `externalCustomerId` matches none of the contacts sharing the
    channel and each of them has a different one, a new contact is created. Re-sending the
    same contacts updates them instead of duplicating them. Contacts are created confirmed
    (double opt-in is assumed to have happened elsewhere): not for subscription forms.
    `failedContacts` lists the contacts that could not be added or updated, even on a 200.

    Unconfirmed: error codes other than 200 are not documented (400 is assumed for invalid
    data).

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        body (ContactsBulkRequest): 1 to 3000 contacts and how to match and update them.
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        ContactsImportResult
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
    return cast(ContactsImportResult | None, _runtime.checked(client, response, _parse_response).parsed)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ContactsBulkRequest,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[ContactsImportResult | str]:
    """Add or update contacts

     Creates or updates 1 to 3000 contacts in one request ("contactsBulkUpdate"),
    asynchronously (it can take a few minutes); follow the import with the returned
    `asyncSessionId`. Contacts are matched by `externalCustomerId` first, then by
    `dedupeOn`; when several contacts share a channel, the most recently updated one wins;
    when the request's `externalCustomerId` matches none of the contacts sharing the
    channel and each of them has a different one, a new contact is created. Re-sending the
    same contacts updates them instead of duplicating them. Contacts are created confirmed
    (double opt-in is assumed to have happened elsewhere): not for subscription forms.
    `failedContacts` lists the contacts that could not be added or updated, even on a 200.

    Unconfirmed: error codes other than 200 are not documented (400 is assumed for invalid
    data).

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        body (ContactsBulkRequest): 1 to 3000 contacts and how to match and update them.
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[ContactsImportResult | str]
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
    body: ContactsBulkRequest,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> ContactsImportResult | None:
    """Add or update contacts

     Creates or updates 1 to 3000 contacts in one request ("contactsBulkUpdate"),
    asynchronously (it can take a few minutes); follow the import with the returned
    `asyncSessionId`. Contacts are matched by `externalCustomerId` first, then by
    `dedupeOn`; when several contacts share a channel, the most recently updated one wins;
    when the request's `externalCustomerId` matches none of the contacts sharing the
    channel and each of them has a different one, a new contact is created. Re-sending the
    same contacts updates them instead of duplicating them. Contacts are created confirmed
    (double opt-in is assumed to have happened elsewhere): not for subscription forms.
    `failedContacts` lists the contacts that could not be added or updated, even on a 200.

    Unconfirmed: error codes other than 200 are not documented (400 is assumed for invalid
    data).

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        body (ContactsBulkRequest): 1 to 3000 contacts and how to match and update them.
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        ContactsImportResult
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
    return cast(ContactsImportResult | None, _runtime.checked(client, response, _parse_response).parsed)
