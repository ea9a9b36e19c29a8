from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx


def _get_kwargs(
    film_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/films/{film_id}".format(
            film_id=quote(str(film_id), safe=""),
        ),
    }

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

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        from ... import _runtime

        raise _runtime.unexpected_status(client, response)
    else:
        return None


def sync_detailed(
    film_id: str,
    *,
    client: AuthenticatedClient,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[Any | Error]:
    """Delete a film

     Unconfirmed: the docs list a "delete film" operation but the path was not captured;
    `/films/{film_id}` is the most likely form. The film is kept in Movio for historical
    purposes.

    Args:
        film_id (str):
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
            film_id=film_id,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


def sync(
    film_id: str,
    *,
    client: AuthenticatedClient,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Any | None:
    """Delete a film

     Unconfirmed: the docs list a "delete film" operation but the path was not captured;
    `/films/{film_id}` is the most likely form. The film is kept in Movio for historical
    purposes.

    Args:
        film_id (str):
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
            film_id=film_id,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.checked(client, response, _parse_response).parsed


async def asyncio_detailed(
    film_id: str,
    *,
    client: AuthenticatedClient,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[Any | Error]:
    """Delete a film

     Unconfirmed: the docs list a "delete film" operation but the path was not captured;
    `/films/{film_id}` is the most likely form. The film is kept in Movio for historical
    purposes.

    Args:
        film_id (str):
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
            film_id=film_id,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


async def asyncio(
    film_id: str,
    *,
    client: AuthenticatedClient,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Any | None:
    """Delete a film

     Unconfirmed: the docs list a "delete film" operation but the path was not captured;
    `/films/{film_id}` is the most likely form. The film is kept in Movio for historical
    purposes.

    Args:
        film_id (str):
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
            film_id=film_id,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.checked(client, response, _parse_response).parsed
