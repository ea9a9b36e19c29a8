from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

from ...client import AuthenticatedClient, Client
from ...models.action_result import ActionResult
from ...models.problem import Problem
from ...models.push_campaign_send import PushCampaignSend
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx


def _get_kwargs(
    campaign_hash: str,
    *,
    body: PushCampaignSend,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/campaigns/push/{campaign_hash}/actions/send".format(
            campaign_hash=quote(str(campaign_hash), safe=""),
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
    campaign_hash: str,
    *,
    client: AuthenticatedClient,
    body: PushCampaignSend,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[ActionResult | Problem]:
    """Send push message

     Deploys and sends a push message. To send push notifications an app must integrate E-goi's push
    libraries (https://developers.e-goi.com/push/). Scheduling: the reference documents no
    `schedule_date` for this send (only the voice send's sample has one), so the send is immediate;
    campaigns of every channel carry `schedule_date` in Get all Campaigns, so E-goi schedules them, but
    not through this operation as documented.

    Args:
        campaign_hash (str): A campaign hash. The reference gives the pattern `[a-zA-Z0-9_-]*`
            unanchored; it is anchored here, as the characters of a hash.
        body (PushCampaignSend): Parameters for the 'send push' action
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
            campaign_hash=campaign_hash,
            body=body,
        ),
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


def sync(
    campaign_hash: str,
    *,
    client: AuthenticatedClient,
    body: PushCampaignSend,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> ActionResult | None:
    """Send push message

     Deploys and sends a push message. To send push notifications an app must integrate E-goi's push
    libraries (https://developers.e-goi.com/push/). Scheduling: the reference documents no
    `schedule_date` for this send (only the voice send's sample has one), so the send is immediate;
    campaigns of every channel carry `schedule_date` in Get all Campaigns, so E-goi schedules them, but
    not through this operation as documented.

    Args:
        campaign_hash (str): A campaign hash. The reference gives the pattern `[a-zA-Z0-9_-]*`
            unanchored; it is anchored here, as the characters of a hash.
        body (PushCampaignSend): Parameters for the 'send push' action
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
            campaign_hash=campaign_hash,
            body=body,
        ),
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(ActionResult | None, _runtime.checked(client, response, _parse_response).parsed)


async def asyncio_detailed(
    campaign_hash: str,
    *,
    client: AuthenticatedClient,
    body: PushCampaignSend,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[ActionResult | Problem]:
    """Send push message

     Deploys and sends a push message. To send push notifications an app must integrate E-goi's push
    libraries (https://developers.e-goi.com/push/). Scheduling: the reference documents no
    `schedule_date` for this send (only the voice send's sample has one), so the send is immediate;
    campaigns of every channel carry `schedule_date` in Get all Campaigns, so E-goi schedules them, but
    not through this operation as documented.

    Args:
        campaign_hash (str): A campaign hash. The reference gives the pattern `[a-zA-Z0-9_-]*`
            unanchored; it is anchored here, as the characters of a hash.
        body (PushCampaignSend): Parameters for the 'send push' action
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
            campaign_hash=campaign_hash,
            body=body,
        ),
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


async def asyncio(
    campaign_hash: str,
    *,
    client: AuthenticatedClient,
    body: PushCampaignSend,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> ActionResult | None:
    """Send push message

     Deploys and sends a push message. To send push notifications an app must integrate E-goi's push
    libraries (https://developers.e-goi.com/push/). Scheduling: the reference documents no
    `schedule_date` for this send (only the voice send's sample has one), so the send is immediate;
    campaigns of every channel carry `schedule_date` in Get all Campaigns, so E-goi schedules them, but
    not through this operation as documented.

    Args:
        campaign_hash (str): A campaign hash. The reference gives the pattern `[a-zA-Z0-9_-]*`
            unanchored; it is anchored here, as the characters of a hash.
        body (PushCampaignSend): Parameters for the 'send push' action
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
            campaign_hash=campaign_hash,
            body=body,
        ),
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(ActionResult | None, _runtime.checked(client, response, _parse_response).parsed)
