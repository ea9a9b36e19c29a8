from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.push_success import PushSuccess
from ...models.push_token import PushToken
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx


def _get_kwargs(
    app_id: str,
    *,
    body: PushToken,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/push/apps/{app_id}/token".format(
            app_id=quote(str(app_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: "httpx.Response"
) -> Problem | PushSuccess | None:
    if response.status_code == 202:
        response_202 = PushSuccess.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 408:
        response_408 = Problem.from_dict(response.json())

        return response_408

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

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
    app_id: str,
    *,
    client: AuthenticatedClient,
    body: PushToken,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[Problem | PushSuccess]:
    """Registers a Firebase token

     Registers a Firebase token

    Args:
        app_id (str):
        body (PushToken): Parameters for the token
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[Problem | PushSuccess]
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(
            app_id=app_id,
            body=body,
        ),
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


def sync(
    app_id: str,
    *,
    client: AuthenticatedClient,
    body: PushToken,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> PushSuccess | None:
    """Registers a Firebase token

     Registers a Firebase token

    Args:
        app_id (str):
        body (PushToken): Parameters for the token
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        PushSuccess
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(
            app_id=app_id,
            body=body,
        ),
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(PushSuccess | None, _runtime.checked(client, response, _parse_response).parsed)


async def asyncio_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient,
    body: PushToken,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[Problem | PushSuccess]:
    """Registers a Firebase token

     Registers a Firebase token

    Args:
        app_id (str):
        body (PushToken): Parameters for the token
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[Problem | PushSuccess]
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(
            app_id=app_id,
            body=body,
        ),
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


async def asyncio(
    app_id: str,
    *,
    client: AuthenticatedClient,
    body: PushToken,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> PushSuccess | None:
    """Registers a Firebase token

     Registers a Firebase token

    Args:
        app_id (str):
        body (PushToken): Parameters for the token
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        PushSuccess
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(
            app_id=app_id,
            body=body,
        ),
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(PushSuccess | None, _runtime.checked(client, response, _parse_response).parsed)
