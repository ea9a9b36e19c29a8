from typing import TYPE_CHECKING, Any, cast

from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.push_app import PushApp
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx


def _get_kwargs(
    *,
    list_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["list_id"] = list_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/push/apps",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: "httpx.Response"
) -> Problem | list[PushApp] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_push_apps_item_data in _response_200:
            componentsschemas_push_apps_item = PushApp.from_dict(componentsschemas_push_apps_item_data)

            response_200.append(componentsschemas_push_apps_item)

        return response_200

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
    *,
    client: AuthenticatedClient,
    list_id: int | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[Problem | list[PushApp]]:
    """Get all Push applications from E-goi

     Get all Push applications from E-goi

    Args:
        list_id (int | Unset):
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[Problem | list[PushApp]]
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(
            list_id=list_id,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


def sync(
    *,
    client: AuthenticatedClient,
    list_id: int | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> list[PushApp] | None:
    """Get all Push applications from E-goi

     Get all Push applications from E-goi

    Args:
        list_id (int | Unset):
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        list[PushApp]
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(
            list_id=list_id,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(list[PushApp] | None, _runtime.checked(client, response, _parse_response).parsed)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    list_id: int | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[Problem | list[PushApp]]:
    """Get all Push applications from E-goi

     Get all Push applications from E-goi

    Args:
        list_id (int | Unset):
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[Problem | list[PushApp]]
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(
            list_id=list_id,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    list_id: int | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> list[PushApp] | None:
    """Get all Push applications from E-goi

     Get all Push applications from E-goi

    Args:
        list_id (int | Unset):
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        list[PushApp]
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(
            list_id=list_id,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(list[PushApp] | None, _runtime.checked(client, response, _parse_response).parsed)
