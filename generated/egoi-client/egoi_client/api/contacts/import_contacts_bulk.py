from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

from ...client import AuthenticatedClient, Client
from ...models.action_result import ActionResult
from ...models.contact_import_bulk_request import ContactImportBulkRequest
from ...models.problem import Problem
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx


def _get_kwargs(
    list_id: int,
    *,
    body: ContactImportBulkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/lists/{list_id}/contacts/actions/import-bulk".format(
            list_id=quote(str(list_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: "httpx.Response"
) -> ActionResult | Problem | None:
    if response.status_code == 202:
        response_202 = ActionResult.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 408:
        response_408 = Problem.from_dict(response.json())

        return response_408

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        from ... import _runtime

        raise _runtime.unexpected_status(client, response)
    else:
        return None


def sync_detailed(
    list_id: int,
    *,
    client: AuthenticatedClient,
    body: ContactImportBulkRequest,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[ActionResult | Problem]:
    """Import collection of contacts

     Imports a collection of contacts

    DISCLAIMER: stream limits applied (request bodies over 20 MB get 413; split imports
    into batches).

    Notes:
    - Minimum of 2 contacts to use this method. Use Create new contact method instead.
    - It defaults to Bulk object import (the only form the reference documents).

    "It defaults to Bulk object import" implies another form of import (a file given by URL,
    with a mapping of its columns to fields, as E-goi's web app offers). It is not modelled:
    the reference gives no property, discriminator or sample of that form, so any schema for
    it would be invented; only the object form is accepted here.

    When `callback_url` is given, E-goi POSTs an import report to it when the import ends.

    Unconfirmed: the two-contact minimum is not enforced by the schema (`minItems`), since
    the reference's own sample imports a single contact.

    Args:
        list_id (int): A numeric E-goi id (`ID`).
        body (ContactImportBulkRequest): A bulk import of contacts (the object form).
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[ActionResult | Problem]
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(
            list_id=list_id,
            body=body,
        ),
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


def sync(
    list_id: int,
    *,
    client: AuthenticatedClient,
    body: ContactImportBulkRequest,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> ActionResult | None:
    """Import collection of contacts

     Imports a collection of contacts

    DISCLAIMER: stream limits applied (request bodies over 20 MB get 413; split imports
    into batches).

    Notes:
    - Minimum of 2 contacts to use this method. Use Create new contact method instead.
    - It defaults to Bulk object import (the only form the reference documents).

    "It defaults to Bulk object import" implies another form of import (a file given by URL,
    with a mapping of its columns to fields, as E-goi's web app offers). It is not modelled:
    the reference gives no property, discriminator or sample of that form, so any schema for
    it would be invented; only the object form is accepted here.

    When `callback_url` is given, E-goi POSTs an import report to it when the import ends.

    Unconfirmed: the two-contact minimum is not enforced by the schema (`minItems`), since
    the reference's own sample imports a single contact.

    Args:
        list_id (int): A numeric E-goi id (`ID`).
        body (ContactImportBulkRequest): A bulk import of contacts (the object form).
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        ActionResult
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(
            list_id=list_id,
            body=body,
        ),
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(ActionResult | None, _runtime.checked(client, response, _parse_response).parsed)


async def asyncio_detailed(
    list_id: int,
    *,
    client: AuthenticatedClient,
    body: ContactImportBulkRequest,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[ActionResult | Problem]:
    """Import collection of contacts

     Imports a collection of contacts

    DISCLAIMER: stream limits applied (request bodies over 20 MB get 413; split imports
    into batches).

    Notes:
    - Minimum of 2 contacts to use this method. Use Create new contact method instead.
    - It defaults to Bulk object import (the only form the reference documents).

    "It defaults to Bulk object import" implies another form of import (a file given by URL,
    with a mapping of its columns to fields, as E-goi's web app offers). It is not modelled:
    the reference gives no property, discriminator or sample of that form, so any schema for
    it would be invented; only the object form is accepted here.

    When `callback_url` is given, E-goi POSTs an import report to it when the import ends.

    Unconfirmed: the two-contact minimum is not enforced by the schema (`minItems`), since
    the reference's own sample imports a single contact.

    Args:
        list_id (int): A numeric E-goi id (`ID`).
        body (ContactImportBulkRequest): A bulk import of contacts (the object form).
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[ActionResult | Problem]
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(
            list_id=list_id,
            body=body,
        ),
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


async def asyncio(
    list_id: int,
    *,
    client: AuthenticatedClient,
    body: ContactImportBulkRequest,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> ActionResult | None:
    """Import collection of contacts

     Imports a collection of contacts

    DISCLAIMER: stream limits applied (request bodies over 20 MB get 413; split imports
    into batches).

    Notes:
    - Minimum of 2 contacts to use this method. Use Create new contact method instead.
    - It defaults to Bulk object import (the only form the reference documents).

    "It defaults to Bulk object import" implies another form of import (a file given by URL,
    with a mapping of its columns to fields, as E-goi's web app offers). It is not modelled:
    the reference gives no property, discriminator or sample of that form, so any schema for
    it would be invented; only the object form is accepted here.

    When `callback_url` is given, E-goi POSTs an import report to it when the import ends.

    Unconfirmed: the two-contact minimum is not enforced by the schema (`minItems`), since
    the reference's own sample imports a single contact.

    Args:
        list_id (int): A numeric E-goi id (`ID`).
        body (ContactImportBulkRequest): A bulk import of contacts (the object form).
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        ActionResult
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(
            list_id=list_id,
            body=body,
        ),
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(ActionResult | None, _runtime.checked(client, response, _parse_response).parsed)
