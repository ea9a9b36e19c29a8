from typing import TYPE_CHECKING, Any, cast

from ...client import AuthenticatedClient, Client
from ...models.campaign_channel import CampaignChannel
from ...models.campaign_collection import CampaignCollection
from ...models.campaign_status import CampaignStatus
from ...models.list_campaigns_order import ListCampaignsOrder
from ...models.list_campaigns_order_by import ListCampaignsOrderBy
from ...models.problem import Problem
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator

    import httpx

    from ... import _runtime
    from ...models.campaign import Campaign


def _get_kwargs(
    *,
    channel: CampaignChannel | Unset = UNSET,
    campaign_hash: str | Unset = UNSET,
    list_id: int | Unset = UNSET,
    status: CampaignStatus | Unset = UNSET,
    internal_name: str | Unset = UNSET,
    created_by: int | Unset = UNSET,
    group_id: int | Unset = UNSET,
    created_min: str | Unset = UNSET,
    created_max: str | Unset = UNSET,
    updated_min: str | Unset = UNSET,
    updated_max: str | Unset = UNSET,
    start_date_min: str | Unset = UNSET,
    start_date_max: str | Unset = UNSET,
    end_date_min: str | Unset = UNSET,
    end_date_max: str | Unset = UNSET,
    schedule_date_min: str | Unset = UNSET,
    schedule_date_max: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 100,
    order: ListCampaignsOrder | Unset = ListCampaignsOrder.DESC,
    order_by: ListCampaignsOrderBy | Unset = ListCampaignsOrderBy.CREATED,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_channel: str | Unset = UNSET
    if not isinstance(channel, Unset):
        json_channel = channel.value

    params["channel"] = json_channel

    params["campaign_hash"] = campaign_hash

    params["list_id"] = list_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["internal_name"] = internal_name

    params["created_by"] = created_by

    params["group_id"] = group_id

    params["created_min"] = created_min

    params["created_max"] = created_max

    params["updated_min"] = updated_min

    params["updated_max"] = updated_max

    params["start_date_min"] = start_date_min

    params["start_date_max"] = start_date_max

    params["end_date_min"] = end_date_min

    params["end_date_max"] = end_date_max

    params["schedule_date_min"] = schedule_date_min

    params["schedule_date_max"] = schedule_date_max

    params["offset"] = offset

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by.value

    params["order_by"] = json_order_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/campaigns",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: "httpx.Response"
) -> CampaignCollection | Problem | None:
    if response.status_code == 200:
        response_200 = CampaignCollection.from_dict(response.json())

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
    *,
    client: AuthenticatedClient,
    channel: CampaignChannel | Unset = UNSET,
    campaign_hash: str | Unset = UNSET,
    list_id: int | Unset = UNSET,
    status: CampaignStatus | Unset = UNSET,
    internal_name: str | Unset = UNSET,
    created_by: int | Unset = UNSET,
    group_id: int | Unset = UNSET,
    created_min: str | Unset = UNSET,
    created_max: str | Unset = UNSET,
    updated_min: str | Unset = UNSET,
    updated_max: str | Unset = UNSET,
    start_date_min: str | Unset = UNSET,
    start_date_max: str | Unset = UNSET,
    end_date_min: str | Unset = UNSET,
    end_date_max: str | Unset = UNSET,
    schedule_date_min: str | Unset = UNSET,
    schedule_date_max: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 100,
    order: ListCampaignsOrder | Unset = ListCampaignsOrder.DESC,
    order_by: ListCampaignsOrderBy | Unset = ListCampaignsOrderBy.CREATED,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[CampaignCollection | Problem]:
    """Get all Campaigns

     Returns all campaigns

    Args:
        channel (CampaignChannel | Unset): Channel of a campaign.
        campaign_hash (str | Unset): A campaign hash. The reference gives the pattern
            `[a-zA-Z0-9_-]*` unanchored; it is anchored here, as the characters of a hash.
        list_id (int | Unset):
        status (CampaignStatus | Unset): Status of a campaign.
        internal_name (str | Unset):
        created_by (int | Unset):
        group_id (int | Unset):
        created_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        created_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        updated_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        updated_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        start_date_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        start_date_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        end_date_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        end_date_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        schedule_date_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time
            zone).
        schedule_date_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time
            zone).
        offset (int | Unset):
        limit (int | Unset):  Default: 100.
        order (ListCampaignsOrder | Unset):  Default: ListCampaignsOrder.DESC.
        order_by (ListCampaignsOrderBy | Unset):  Default: ListCampaignsOrderBy.CREATED.
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[CampaignCollection | Problem]
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(
            channel=channel,
            campaign_hash=campaign_hash,
            list_id=list_id,
            status=status,
            internal_name=internal_name,
            created_by=created_by,
            group_id=group_id,
            created_min=created_min,
            created_max=created_max,
            updated_min=updated_min,
            updated_max=updated_max,
            start_date_min=start_date_min,
            start_date_max=start_date_max,
            end_date_min=end_date_min,
            end_date_max=end_date_max,
            schedule_date_min=schedule_date_min,
            schedule_date_max=schedule_date_max,
            offset=offset,
            limit=limit,
            order=order,
            order_by=order_by,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


def sync(
    *,
    client: AuthenticatedClient,
    channel: CampaignChannel | Unset = UNSET,
    campaign_hash: str | Unset = UNSET,
    list_id: int | Unset = UNSET,
    status: CampaignStatus | Unset = UNSET,
    internal_name: str | Unset = UNSET,
    created_by: int | Unset = UNSET,
    group_id: int | Unset = UNSET,
    created_min: str | Unset = UNSET,
    created_max: str | Unset = UNSET,
    updated_min: str | Unset = UNSET,
    updated_max: str | Unset = UNSET,
    start_date_min: str | Unset = UNSET,
    start_date_max: str | Unset = UNSET,
    end_date_min: str | Unset = UNSET,
    end_date_max: str | Unset = UNSET,
    schedule_date_min: str | Unset = UNSET,
    schedule_date_max: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 100,
    order: ListCampaignsOrder | Unset = ListCampaignsOrder.DESC,
    order_by: ListCampaignsOrderBy | Unset = ListCampaignsOrderBy.CREATED,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> CampaignCollection | None:
    """Get all Campaigns

     Returns all campaigns

    Args:
        channel (CampaignChannel | Unset): Channel of a campaign.
        campaign_hash (str | Unset): A campaign hash. The reference gives the pattern
            `[a-zA-Z0-9_-]*` unanchored; it is anchored here, as the characters of a hash.
        list_id (int | Unset):
        status (CampaignStatus | Unset): Status of a campaign.
        internal_name (str | Unset):
        created_by (int | Unset):
        group_id (int | Unset):
        created_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        created_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        updated_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        updated_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        start_date_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        start_date_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        end_date_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        end_date_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        schedule_date_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time
            zone).
        schedule_date_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time
            zone).
        offset (int | Unset):
        limit (int | Unset):  Default: 100.
        order (ListCampaignsOrder | Unset):  Default: ListCampaignsOrder.DESC.
        order_by (ListCampaignsOrderBy | Unset):  Default: ListCampaignsOrderBy.CREATED.
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        CampaignCollection
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(
            channel=channel,
            campaign_hash=campaign_hash,
            list_id=list_id,
            status=status,
            internal_name=internal_name,
            created_by=created_by,
            group_id=group_id,
            created_min=created_min,
            created_max=created_max,
            updated_min=updated_min,
            updated_max=updated_max,
            start_date_min=start_date_min,
            start_date_max=start_date_max,
            end_date_min=end_date_min,
            end_date_max=end_date_max,
            schedule_date_min=schedule_date_min,
            schedule_date_max=schedule_date_max,
            offset=offset,
            limit=limit,
            order=order,
            order_by=order_by,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(CampaignCollection | None, _runtime.checked(client, response, _parse_response).parsed)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    channel: CampaignChannel | Unset = UNSET,
    campaign_hash: str | Unset = UNSET,
    list_id: int | Unset = UNSET,
    status: CampaignStatus | Unset = UNSET,
    internal_name: str | Unset = UNSET,
    created_by: int | Unset = UNSET,
    group_id: int | Unset = UNSET,
    created_min: str | Unset = UNSET,
    created_max: str | Unset = UNSET,
    updated_min: str | Unset = UNSET,
    updated_max: str | Unset = UNSET,
    start_date_min: str | Unset = UNSET,
    start_date_max: str | Unset = UNSET,
    end_date_min: str | Unset = UNSET,
    end_date_max: str | Unset = UNSET,
    schedule_date_min: str | Unset = UNSET,
    schedule_date_max: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 100,
    order: ListCampaignsOrder | Unset = ListCampaignsOrder.DESC,
    order_by: ListCampaignsOrderBy | Unset = ListCampaignsOrderBy.CREATED,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[CampaignCollection | Problem]:
    """Get all Campaigns

     Returns all campaigns

    Args:
        channel (CampaignChannel | Unset): Channel of a campaign.
        campaign_hash (str | Unset): A campaign hash. The reference gives the pattern
            `[a-zA-Z0-9_-]*` unanchored; it is anchored here, as the characters of a hash.
        list_id (int | Unset):
        status (CampaignStatus | Unset): Status of a campaign.
        internal_name (str | Unset):
        created_by (int | Unset):
        group_id (int | Unset):
        created_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        created_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        updated_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        updated_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        start_date_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        start_date_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        end_date_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        end_date_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        schedule_date_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time
            zone).
        schedule_date_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time
            zone).
        offset (int | Unset):
        limit (int | Unset):  Default: 100.
        order (ListCampaignsOrder | Unset):  Default: ListCampaignsOrder.DESC.
        order_by (ListCampaignsOrderBy | Unset):  Default: ListCampaignsOrderBy.CREATED.
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[CampaignCollection | Problem]
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(
            channel=channel,
            campaign_hash=campaign_hash,
            list_id=list_id,
            status=status,
            internal_name=internal_name,
            created_by=created_by,
            group_id=group_id,
            created_min=created_min,
            created_max=created_max,
            updated_min=updated_min,
            updated_max=updated_max,
            start_date_min=start_date_min,
            start_date_max=start_date_max,
            end_date_min=end_date_min,
            end_date_max=end_date_max,
            schedule_date_min=schedule_date_min,
            schedule_date_max=schedule_date_max,
            offset=offset,
            limit=limit,
            order=order,
            order_by=order_by,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    channel: CampaignChannel | Unset = UNSET,
    campaign_hash: str | Unset = UNSET,
    list_id: int | Unset = UNSET,
    status: CampaignStatus | Unset = UNSET,
    internal_name: str | Unset = UNSET,
    created_by: int | Unset = UNSET,
    group_id: int | Unset = UNSET,
    created_min: str | Unset = UNSET,
    created_max: str | Unset = UNSET,
    updated_min: str | Unset = UNSET,
    updated_max: str | Unset = UNSET,
    start_date_min: str | Unset = UNSET,
    start_date_max: str | Unset = UNSET,
    end_date_min: str | Unset = UNSET,
    end_date_max: str | Unset = UNSET,
    schedule_date_min: str | Unset = UNSET,
    schedule_date_max: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 100,
    order: ListCampaignsOrder | Unset = ListCampaignsOrder.DESC,
    order_by: ListCampaignsOrderBy | Unset = ListCampaignsOrderBy.CREATED,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> CampaignCollection | None:
    """Get all Campaigns

     Returns all campaigns

    Args:
        channel (CampaignChannel | Unset): Channel of a campaign.
        campaign_hash (str | Unset): A campaign hash. The reference gives the pattern
            `[a-zA-Z0-9_-]*` unanchored; it is anchored here, as the characters of a hash.
        list_id (int | Unset):
        status (CampaignStatus | Unset): Status of a campaign.
        internal_name (str | Unset):
        created_by (int | Unset):
        group_id (int | Unset):
        created_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        created_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        updated_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        updated_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        start_date_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        start_date_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        end_date_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        end_date_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time zone).
        schedule_date_min (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time
            zone).
        schedule_date_max (str | Unset): E-goi's `date_time`, `YYYY-MM-DD hh:mm:ss` (no time
            zone).
        offset (int | Unset):
        limit (int | Unset):  Default: 100.
        order (ListCampaignsOrder | Unset):  Default: ListCampaignsOrder.DESC.
        order_by (ListCampaignsOrderBy | Unset):  Default: ListCampaignsOrderBy.CREATED.
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        CampaignCollection
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(
            channel=channel,
            campaign_hash=campaign_hash,
            list_id=list_id,
            status=status,
            internal_name=internal_name,
            created_by=created_by,
            group_id=group_id,
            created_min=created_min,
            created_max=created_max,
            updated_min=updated_min,
            updated_max=updated_max,
            start_date_min=start_date_min,
            start_date_max=start_date_max,
            end_date_min=end_date_min,
            end_date_max=end_date_max,
            schedule_date_min=schedule_date_min,
            schedule_date_max=schedule_date_max,
            offset=offset,
            limit=limit,
            order=order,
            order_by=order_by,
        ),
        idempotent=True,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(CampaignCollection | None, _runtime.checked(client, response, _parse_response).parsed)


def iterate(
    *,
    client: AuthenticatedClient,
    channel: CampaignChannel | Unset = UNSET,
    campaign_hash: str | Unset = UNSET,
    list_id: int | Unset = UNSET,
    status: CampaignStatus | Unset = UNSET,
    internal_name: str | Unset = UNSET,
    created_by: int | Unset = UNSET,
    group_id: int | Unset = UNSET,
    created_min: str | Unset = UNSET,
    created_max: str | Unset = UNSET,
    updated_min: str | Unset = UNSET,
    updated_max: str | Unset = UNSET,
    start_date_min: str | Unset = UNSET,
    start_date_max: str | Unset = UNSET,
    end_date_min: str | Unset = UNSET,
    end_date_max: str | Unset = UNSET,
    schedule_date_min: str | Unset = UNSET,
    schedule_date_max: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 100,
    order: ListCampaignsOrder | Unset = ListCampaignsOrder.DESC,
    order_by: ListCampaignsOrderBy | Unset = ListCampaignsOrderBy.CREATED,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> "Iterator[Campaign]":
    """Every item across pages, each page fetched as `sync()` does (and raising as it does).

    Pages of `limit` items from `offset` (default 0) on, until
    the body's `total_items` is reached (without a total: until a short or empty page).
    """
    from ... import _runtime

    def fetch(position: int) -> "_runtime.Page[Campaign]":
        response = _runtime.send(
            client,
            _get_kwargs(
                channel=channel,
                campaign_hash=campaign_hash,
                list_id=list_id,
                status=status,
                internal_name=internal_name,
                created_by=created_by,
                group_id=group_id,
                created_min=created_min,
                created_max=created_max,
                updated_min=updated_min,
                updated_max=updated_max,
                start_date_min=start_date_min,
                start_date_max=start_date_max,
                end_date_min=end_date_min,
                end_date_max=end_date_max,
                schedule_date_min=schedule_date_min,
                schedule_date_max=schedule_date_max,
                offset=position,
                limit=limit,
                order=order,
                order_by=order_by,
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
    *,
    client: AuthenticatedClient,
    channel: CampaignChannel | Unset = UNSET,
    campaign_hash: str | Unset = UNSET,
    list_id: int | Unset = UNSET,
    status: CampaignStatus | Unset = UNSET,
    internal_name: str | Unset = UNSET,
    created_by: int | Unset = UNSET,
    group_id: int | Unset = UNSET,
    created_min: str | Unset = UNSET,
    created_max: str | Unset = UNSET,
    updated_min: str | Unset = UNSET,
    updated_max: str | Unset = UNSET,
    start_date_min: str | Unset = UNSET,
    start_date_max: str | Unset = UNSET,
    end_date_min: str | Unset = UNSET,
    end_date_max: str | Unset = UNSET,
    schedule_date_min: str | Unset = UNSET,
    schedule_date_max: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = 100,
    order: ListCampaignsOrder | Unset = ListCampaignsOrder.DESC,
    order_by: ListCampaignsOrderBy | Unset = ListCampaignsOrderBy.CREATED,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> "AsyncIterator[Campaign]":
    """`iterate()` with `asyncio()`: `async for item in aiterate(...)`."""
    from ... import _runtime

    async def fetch(position: int) -> "_runtime.Page[Campaign]":
        response = await _runtime.asend(
            client,
            _get_kwargs(
                channel=channel,
                campaign_hash=campaign_hash,
                list_id=list_id,
                status=status,
                internal_name=internal_name,
                created_by=created_by,
                group_id=group_id,
                created_min=created_min,
                created_max=created_max,
                updated_min=updated_min,
                updated_max=updated_max,
                start_date_min=start_date_min,
                start_date_max=start_date_max,
                end_date_min=end_date_min,
                end_date_max=end_date_max,
                schedule_date_min=schedule_date_min,
                schedule_date_max=schedule_date_max,
                offset=position,
                limit=limit,
                order=order,
                order_by=order_by,
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
