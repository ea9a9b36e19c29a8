import datetime
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

from ...client import AuthenticatedClient, Client
from ...models.contact_collection import ContactCollection
from ...models.contact_extra_field_filter import ContactExtraFieldFilter
from ...models.contact_language import ContactLanguage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator

    import httpx

    from ... import _runtime
    from ...models.contact import Contact


def _get_kwargs(
    list_id: int,
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    email: str | Unset = UNSET,
    email_status: bool | Unset = UNSET,
    cellphone: str | Unset = UNSET,
    cellphone_status: bool | Unset = UNSET,
    phone: str | Unset = UNSET,
    phone_status: bool | Unset = UNSET,
    birth_date: datetime.date | Unset = UNSET,
    language: ContactLanguage | Unset = UNSET,
    extra_field_id: ContactExtraFieldFilter | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["first_name"] = first_name

    params["last_name"] = last_name

    params["email"] = email

    params["email_status"] = email_status

    params["cellphone"] = cellphone

    params["cellphone_status"] = cellphone_status

    params["phone"] = phone

    params["phone_status"] = phone_status

    json_birth_date: str | Unset = UNSET
    if not isinstance(birth_date, Unset):
        json_birth_date = birth_date.isoformat()
    params["birth_date"] = json_birth_date

    json_language: str | Unset = UNSET
    if not isinstance(language, Unset):
        json_language = language.value

    params["language"] = json_language

    json_extra_field_id: dict[str, Any] | Unset = UNSET
    if not isinstance(extra_field_id, Unset):
        json_extra_field_id = extra_field_id.to_dict()
    if not isinstance(json_extra_field_id, Unset):
        params.update({f"extra_field_id[{key}]": value for key, value in json_extra_field_id.items()})

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/lists/{list_id}/contacts".format(
            list_id=quote(str(list_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: "httpx.Response"
) -> ContactCollection | Problem | None:
    if response.status_code == 200:
        response_200 = ContactCollection.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    email: str | Unset = UNSET,
    email_status: bool | Unset = UNSET,
    cellphone: str | Unset = UNSET,
    cellphone_status: bool | Unset = UNSET,
    phone: str | Unset = UNSET,
    phone_status: bool | Unset = UNSET,
    birth_date: datetime.date | Unset = UNSET,
    language: ContactLanguage | Unset = UNSET,
    extra_field_id: ContactExtraFieldFilter | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[ContactCollection | Problem]:
    """Get all contacts

     Returns all contacts. Filters combine; `extra_field_id` filters on extra fields (see the parameter).

    Args:
        list_id (int): A numeric E-goi id (`ID`).
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        first_name (str | Unset):
        last_name (str | Unset):
        email (str | Unset):
        email_status (bool | Unset):
        cellphone (str | Unset):
        cellphone_status (bool | Unset):
        phone (str | Unset):
        phone_status (bool | Unset):
        birth_date (datetime.date | Unset): A date, `YYYY-MM-DD`.
        language (ContactLanguage | Unset): Language of a contact.
        extra_field_id (ContactExtraFieldFilter | Unset): Extra field filters of Get all contacts:
            keys are extra field ids, values the value the field must have.
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[ContactCollection | Problem]
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(
            list_id=list_id,
            offset=offset,
            limit=limit,
            first_name=first_name,
            last_name=last_name,
            email=email,
            email_status=email_status,
            cellphone=cellphone,
            cellphone_status=cellphone_status,
            phone=phone,
            phone_status=phone_status,
            birth_date=birth_date,
            language=language,
            extra_field_id=extra_field_id,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


def sync(
    list_id: int,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    email: str | Unset = UNSET,
    email_status: bool | Unset = UNSET,
    cellphone: str | Unset = UNSET,
    cellphone_status: bool | Unset = UNSET,
    phone: str | Unset = UNSET,
    phone_status: bool | Unset = UNSET,
    birth_date: datetime.date | Unset = UNSET,
    language: ContactLanguage | Unset = UNSET,
    extra_field_id: ContactExtraFieldFilter | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> ContactCollection | None:
    """Get all contacts

     Returns all contacts. Filters combine; `extra_field_id` filters on extra fields (see the parameter).

    Args:
        list_id (int): A numeric E-goi id (`ID`).
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        first_name (str | Unset):
        last_name (str | Unset):
        email (str | Unset):
        email_status (bool | Unset):
        cellphone (str | Unset):
        cellphone_status (bool | Unset):
        phone (str | Unset):
        phone_status (bool | Unset):
        birth_date (datetime.date | Unset): A date, `YYYY-MM-DD`.
        language (ContactLanguage | Unset): Language of a contact.
        extra_field_id (ContactExtraFieldFilter | Unset): Extra field filters of Get all contacts:
            keys are extra field ids, values the value the field must have.
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        ContactCollection
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(
            list_id=list_id,
            offset=offset,
            limit=limit,
            first_name=first_name,
            last_name=last_name,
            email=email,
            email_status=email_status,
            cellphone=cellphone,
            cellphone_status=cellphone_status,
            phone=phone,
            phone_status=phone_status,
            birth_date=birth_date,
            language=language,
            extra_field_id=extra_field_id,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(ContactCollection | None, _runtime.checked(client, response, _parse_response).parsed)


async def asyncio_detailed(
    list_id: int,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    email: str | Unset = UNSET,
    email_status: bool | Unset = UNSET,
    cellphone: str | Unset = UNSET,
    cellphone_status: bool | Unset = UNSET,
    phone: str | Unset = UNSET,
    phone_status: bool | Unset = UNSET,
    birth_date: datetime.date | Unset = UNSET,
    language: ContactLanguage | Unset = UNSET,
    extra_field_id: ContactExtraFieldFilter | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[ContactCollection | Problem]:
    """Get all contacts

     Returns all contacts. Filters combine; `extra_field_id` filters on extra fields (see the parameter).

    Args:
        list_id (int): A numeric E-goi id (`ID`).
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        first_name (str | Unset):
        last_name (str | Unset):
        email (str | Unset):
        email_status (bool | Unset):
        cellphone (str | Unset):
        cellphone_status (bool | Unset):
        phone (str | Unset):
        phone_status (bool | Unset):
        birth_date (datetime.date | Unset): A date, `YYYY-MM-DD`.
        language (ContactLanguage | Unset): Language of a contact.
        extra_field_id (ContactExtraFieldFilter | Unset): Extra field filters of Get all contacts:
            keys are extra field ids, values the value the field must have.
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[ContactCollection | Problem]
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(
            list_id=list_id,
            offset=offset,
            limit=limit,
            first_name=first_name,
            last_name=last_name,
            email=email,
            email_status=email_status,
            cellphone=cellphone,
            cellphone_status=cellphone_status,
            phone=phone,
            phone_status=phone_status,
            birth_date=birth_date,
            language=language,
            extra_field_id=extra_field_id,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


async def asyncio(
    list_id: int,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    email: str | Unset = UNSET,
    email_status: bool | Unset = UNSET,
    cellphone: str | Unset = UNSET,
    cellphone_status: bool | Unset = UNSET,
    phone: str | Unset = UNSET,
    phone_status: bool | Unset = UNSET,
    birth_date: datetime.date | Unset = UNSET,
    language: ContactLanguage | Unset = UNSET,
    extra_field_id: ContactExtraFieldFilter | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> ContactCollection | None:
    """Get all contacts

     Returns all contacts. Filters combine; `extra_field_id` filters on extra fields (see the parameter).

    Args:
        list_id (int): A numeric E-goi id (`ID`).
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        first_name (str | Unset):
        last_name (str | Unset):
        email (str | Unset):
        email_status (bool | Unset):
        cellphone (str | Unset):
        cellphone_status (bool | Unset):
        phone (str | Unset):
        phone_status (bool | Unset):
        birth_date (datetime.date | Unset): A date, `YYYY-MM-DD`.
        language (ContactLanguage | Unset): Language of a contact.
        extra_field_id (ContactExtraFieldFilter | Unset): Extra field filters of Get all contacts:
            keys are extra field ids, values the value the field must have.
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        ContactCollection
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(
            list_id=list_id,
            offset=offset,
            limit=limit,
            first_name=first_name,
            last_name=last_name,
            email=email,
            email_status=email_status,
            cellphone=cellphone,
            cellphone_status=cellphone_status,
            phone=phone,
            phone_status=phone_status,
            birth_date=birth_date,
            language=language,
            extra_field_id=extra_field_id,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(ContactCollection | None, _runtime.checked(client, response, _parse_response).parsed)


def iterate(
    list_id: int,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    email: str | Unset = UNSET,
    email_status: bool | Unset = UNSET,
    cellphone: str | Unset = UNSET,
    cellphone_status: bool | Unset = UNSET,
    phone: str | Unset = UNSET,
    phone_status: bool | Unset = UNSET,
    birth_date: datetime.date | Unset = UNSET,
    language: ContactLanguage | Unset = UNSET,
    extra_field_id: ContactExtraFieldFilter | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> "Iterator[Contact]":
    """Every item across pages, each page fetched as `sync()` does (and raising as it does).

    Pages of `limit` items from `offset` (default 0) on, until
    the body's `total_items` is reached (without a total: until a short or empty page).
    """
    from ... import _runtime

    def fetch(position: int) -> "_runtime.Page[Contact]":
        response = _runtime.send(
            client,
            _get_kwargs(
                list_id=list_id,
                offset=position,
                limit=limit,
                first_name=first_name,
                last_name=last_name,
                email=email,
                email_status=email_status,
                cellphone=cellphone,
                cellphone_status=cellphone_status,
                phone=phone,
                phone_status=phone_status,
                birth_date=birth_date,
                language=language,
                extra_field_id=extra_field_id,
            ),
            idempotent=True,
            max_retries=max_retries,
            timeout=timeout,
        )
        checked = _runtime.checked(client, response, _parse_response)
        return _runtime.page(checked, items_attribute="items", total_attribute="total_items")

    return _runtime.iterate_pages(
        fetch,
        start=0 if isinstance(offset, Unset) else offset,
        first=0,
        limit=None if isinstance(limit, Unset) else limit,
    )


def aiterate(
    list_id: int,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    email: str | Unset = UNSET,
    email_status: bool | Unset = UNSET,
    cellphone: str | Unset = UNSET,
    cellphone_status: bool | Unset = UNSET,
    phone: str | Unset = UNSET,
    phone_status: bool | Unset = UNSET,
    birth_date: datetime.date | Unset = UNSET,
    language: ContactLanguage | Unset = UNSET,
    extra_field_id: ContactExtraFieldFilter | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> "AsyncIterator[Contact]":
    """`iterate()` with `asyncio()`: `async for item in aiterate(...)`."""
    from ... import _runtime

    async def fetch(position: int) -> "_runtime.Page[Contact]":
        response = await _runtime.asend(
            client,
            _get_kwargs(
                list_id=list_id,
                offset=position,
                limit=limit,
                first_name=first_name,
                last_name=last_name,
                email=email,
                email_status=email_status,
                cellphone=cellphone,
                cellphone_status=cellphone_status,
                phone=phone,
                phone_status=phone_status,
                birth_date=birth_date,
                language=language,
                extra_field_id=extra_field_id,
            ),
            idempotent=True,
            max_retries=max_retries,
            timeout=timeout,
        )
        checked = _runtime.checked(client, response, _parse_response)
        return _runtime.page(checked, items_attribute="items", total_attribute="total_items")

    return _runtime.aiterate_pages(
        fetch,
        start=0 if isinstance(offset, Unset) else offset,
        first=0,
        limit=None if isinstance(limit, Unset) else limit,
    )
