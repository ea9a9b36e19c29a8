from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

from ...client import AuthenticatedClient, Client
from ...models.import_status import ImportStatus
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx


def _get_kwargs(
    session_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/importstatus/{session_id}".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: "httpx.Response") -> ImportStatus | str | None:
    if response.status_code == 200:
        response_200 = ImportStatus.from_dict(response.json())

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
    session_id: str,
    *,
    client: AuthenticatedClient,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[ImportStatus | str]:
    """Get the status of a contacts import

     The progress of a contacts import started by the bulk method or a file upload.

    Unconfirmed: the answer's shape is not documented (any JSON object is accepted), nor is
    the answer to an unknown session id (404 listed).

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        session_id (str):
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[ImportStatus | str]
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(
            session_id=session_id,
        ),
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> ImportStatus | None:
    """Get the status of a contacts import

     The progress of a contacts import started by the bulk method or a file upload.

    Unconfirmed: the answer's shape is not documented (any JSON object is accepted), nor is
    the answer to an unknown session id (404 listed).

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        session_id (str):
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        ImportStatus
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(
            session_id=session_id,
        ),
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(ImportStatus | None, _runtime.checked(client, response, _parse_response).parsed)


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[ImportStatus | str]:
    """Get the status of a contacts import

     The progress of a contacts import started by the bulk method or a file upload.

    Unconfirmed: the answer's shape is not documented (any JSON object is accepted), nor is
    the answer to an unknown session id (404 listed).

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        session_id (str):
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[ImportStatus | str]
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(
            session_id=session_id,
        ),
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> ImportStatus | None:
    """Get the status of a contacts import

     The progress of a contacts import started by the bulk method or a file upload.

    Unconfirmed: the answer's shape is not documented (any JSON object is accepted), nor is
    the answer to an unknown session id (404 listed).

    Rate limit: 200 requests per second (the default); beyond it, 429.

    Args:
        session_id (str):
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        ImportStatus
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(
            session_id=session_id,
        ),
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(ImportStatus | None, _runtime.checked(client, response, _parse_response).parsed)
