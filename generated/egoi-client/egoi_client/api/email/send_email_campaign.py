from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.action_result import ActionResult
from ...models.email_campaign_send import EmailCampaignSend
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    campaign_hash: str,
    *,
    body: EmailCampaignSend,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/campaigns/email/{campaign_hash}/actions/send".format(
            campaign_hash=quote(str(campaign_hash), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ActionResult | Problem | None:
    if response.status_code == 200:
        response_200 = ActionResult.from_dict(response.json())

        return response_200

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
) -> Response[ActionResult | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    campaign_hash: str,
    *,
    client: AuthenticatedClient,
    body: EmailCampaignSend,
) -> Response[ActionResult | Problem]:
    """Send email message

     Deploys and sends an email message

    Args:
        campaign_hash (str): A campaign hash. The reference gives the pattern `[a-zA-Z0-9_-]*`
            unanchored; it is anchored here, as the characters of a hash.
        body (EmailCampaignSend): Parameters for the 'send email' action

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionResult | Problem]
    """

    kwargs = _get_kwargs(
        campaign_hash=campaign_hash,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_hash: str,
    *,
    client: AuthenticatedClient,
    body: EmailCampaignSend,
) -> ActionResult | None:
    """Send email message

     Deploys and sends an email message

    Args:
        campaign_hash (str): A campaign hash. The reference gives the pattern `[a-zA-Z0-9_-]*`
            unanchored; it is anchored here, as the characters of a hash.
        body (EmailCampaignSend): Parameters for the 'send email' action

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionResult
    """

    response = sync_detailed(
        campaign_hash=campaign_hash,
        client=client,
        body=body,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(ActionResult | None, response.parsed)


async def asyncio_detailed(
    campaign_hash: str,
    *,
    client: AuthenticatedClient,
    body: EmailCampaignSend,
) -> Response[ActionResult | Problem]:
    """Send email message

     Deploys and sends an email message

    Args:
        campaign_hash (str): A campaign hash. The reference gives the pattern `[a-zA-Z0-9_-]*`
            unanchored; it is anchored here, as the characters of a hash.
        body (EmailCampaignSend): Parameters for the 'send email' action

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionResult | Problem]
    """

    kwargs = _get_kwargs(
        campaign_hash=campaign_hash,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_hash: str,
    *,
    client: AuthenticatedClient,
    body: EmailCampaignSend,
) -> ActionResult | None:
    """Send email message

     Deploys and sends an email message

    Args:
        campaign_hash (str): A campaign hash. The reference gives the pattern `[a-zA-Z0-9_-]*`
            unanchored; it is anchored here, as the characters of a hash.
        body (EmailCampaignSend): Parameters for the 'send email' action

    Raises:
        errors.ApiError: If the server answers an error status (4xx or 5xx); its `parsed` is the error body.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionResult
    """

    response = await asyncio_detailed(
        campaign_hash=campaign_hash,
        client=client,
        body=body,
    )
    if response.status_code >= 400:
        raise errors.ApiError(response.status_code, response.parsed, response.content)
    return cast(ActionResult | None, response.parsed)
