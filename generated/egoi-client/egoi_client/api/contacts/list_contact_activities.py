from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

from ...client import AuthenticatedClient, Client
from ...models.contact_activity_action import ContactActivityAction
from ...models.contact_activity_items import ContactActivityItems
from ...models.problem import Problem
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx


def _get_kwargs(
    list_id: int,
    contact_id: str,
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    date_min: str | Unset = UNSET,
    date_max: str | Unset = UNSET,
    action_name: ContactActivityAction | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["date_min"] = date_min

    params["date_max"] = date_max

    json_action_name: str | Unset = UNSET
    if not isinstance(action_name, Unset):
        json_action_name = action_name.value

    params["action_name"] = json_action_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/lists/{list_id}/contacts/{contact_id}/activities".format(
            list_id=quote(str(list_id), safe=""),
            contact_id=quote(str(contact_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: "httpx.Response"
) -> ContactActivityItems | Problem | None:
    if response.status_code == 200:
        response_200 = ContactActivityItems.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 408:
        response_408 = Problem.from_dict(response.json())

        return response_408

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
    contact_id: str,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    date_min: str | Unset = UNSET,
    date_max: str | Unset = UNSET,
    action_name: ContactActivityAction | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[ContactActivityItems | Problem]:
    """Get all contact activities

     Returns all contact activities

    Args:
        list_id (int): A numeric E-goi id (`ID`).
        contact_id (str): A contact id, ten hexadecimal characters.
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        date_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        date_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        action_name (ContactActivityAction | Unset): Kind of contact activity.
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[ContactActivityItems | Problem]
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(
            list_id=list_id,
            contact_id=contact_id,
            offset=offset,
            limit=limit,
            date_min=date_min,
            date_max=date_max,
            action_name=action_name,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


def sync(
    list_id: int,
    contact_id: str,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    date_min: str | Unset = UNSET,
    date_max: str | Unset = UNSET,
    action_name: ContactActivityAction | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> ContactActivityItems | None:
    """Get all contact activities

     Returns all contact activities

    Args:
        list_id (int): A numeric E-goi id (`ID`).
        contact_id (str): A contact id, ten hexadecimal characters.
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        date_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        date_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        action_name (ContactActivityAction | Unset): Kind of contact activity.
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        ContactActivityItems
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(
            list_id=list_id,
            contact_id=contact_id,
            offset=offset,
            limit=limit,
            date_min=date_min,
            date_max=date_max,
            action_name=action_name,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(ContactActivityItems | None, _runtime.checked(client, response, _parse_response).parsed)


async def asyncio_detailed(
    list_id: int,
    contact_id: str,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    date_min: str | Unset = UNSET,
    date_max: str | Unset = UNSET,
    action_name: ContactActivityAction | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[ContactActivityItems | Problem]:
    """Get all contact activities

     Returns all contact activities

    Args:
        list_id (int): A numeric E-goi id (`ID`).
        contact_id (str): A contact id, ten hexadecimal characters.
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        date_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        date_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        action_name (ContactActivityAction | Unset): Kind of contact activity.
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[ContactActivityItems | Problem]
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(
            list_id=list_id,
            contact_id=contact_id,
            offset=offset,
            limit=limit,
            date_min=date_min,
            date_max=date_max,
            action_name=action_name,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


async def asyncio(
    list_id: int,
    contact_id: str,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    date_min: str | Unset = UNSET,
    date_max: str | Unset = UNSET,
    action_name: ContactActivityAction | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> ContactActivityItems | None:
    """Get all contact activities

     Returns all contact activities

    Args:
        list_id (int): A numeric E-goi id (`ID`).
        contact_id (str): A contact id, ten hexadecimal characters.
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        date_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        date_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        action_name (ContactActivityAction | Unset): Kind of contact activity.
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        ContactActivityItems
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(
            list_id=list_id,
            contact_id=contact_id,
            offset=offset,
            limit=limit,
            date_min=date_min,
            date_max=date_max,
            action_name=action_name,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(ContactActivityItems | None, _runtime.checked(client, response, _parse_response).parsed)
