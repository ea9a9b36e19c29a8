import datetime
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_collection import ContactCollection
from ...models.contact_extra_field_filter import ContactExtraFieldFilter
from ...models.contact_language import ContactLanguage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


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
    *, client: AuthenticatedClient | Client, response: httpx.Response
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
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContactCollection | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactCollection | Problem]
    """

    kwargs = _get_kwargs(
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
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


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

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactCollection
    """

    response = sync_detailed(
        list_id=list_id,
        client=client,
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
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(ContactCollection | None, response.parsed)


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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactCollection | Problem]
    """

    kwargs = _get_kwargs(
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
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


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

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactCollection
    """

    response = await asyncio_detailed(
        list_id=list_id,
        client=client,
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
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(ContactCollection | None, response.parsed)
