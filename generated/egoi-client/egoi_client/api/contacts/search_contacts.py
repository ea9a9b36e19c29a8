from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_search_items import ContactSearchItems
from ...models.problem import Problem
from ...models.search_contacts_type import SearchContactsType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: SearchContactsType | Unset = SearchContactsType.EMAIL,
    contact: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["contact"] = contact

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contacts/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactSearchItems | Problem | None:
    if response.status_code == 200:
        response_200 = ContactSearchItems.from_dict(response.json())

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
) -> Response[ContactSearchItems | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    type_: SearchContactsType | Unset = SearchContactsType.EMAIL,
    contact: str,
) -> Response[ContactSearchItems | Problem]:
    """Search contact

     Searches a contact across all lists and returns a collection of contacts found

    Args:
        type_ (SearchContactsType | Unset):  Default: SearchContactsType.EMAIL.
        contact (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactSearchItems | Problem]
    """

    kwargs = _get_kwargs(
        type_=type_,
        contact=contact,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    type_: SearchContactsType | Unset = SearchContactsType.EMAIL,
    contact: str,
) -> ContactSearchItems | None:
    """Search contact

     Searches a contact across all lists and returns a collection of contacts found

    Args:
        type_ (SearchContactsType | Unset):  Default: SearchContactsType.EMAIL.
        contact (str):

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactSearchItems
    """

    response = sync_detailed(
        client=client,
        type_=type_,
        contact=contact,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(ContactSearchItems | None, response.parsed)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    type_: SearchContactsType | Unset = SearchContactsType.EMAIL,
    contact: str,
) -> Response[ContactSearchItems | Problem]:
    """Search contact

     Searches a contact across all lists and returns a collection of contacts found

    Args:
        type_ (SearchContactsType | Unset):  Default: SearchContactsType.EMAIL.
        contact (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactSearchItems | Problem]
    """

    kwargs = _get_kwargs(
        type_=type_,
        contact=contact,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    type_: SearchContactsType | Unset = SearchContactsType.EMAIL,
    contact: str,
) -> ContactSearchItems | None:
    """Search contact

     Searches a contact across all lists and returns a collection of contacts found

    Args:
        type_ (SearchContactsType | Unset):  Default: SearchContactsType.EMAIL.
        contact (str):

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactSearchItems
    """

    response = await asyncio_detailed(
        client=client,
        type_=type_,
        contact=contact,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(ContactSearchItems | None, response.parsed)
