from typing import TYPE_CHECKING, Any, cast

from ...client import AuthenticatedClient, Client
from ...models.action_succeeded import ActionSucceeded
from ...models.campaign_queued import CampaignQueued
from ...models.campaign_send_action import CampaignSendAction
from ...models.cart_sync_action import CartSyncAction
from ...models.error import Error
from ...models.notification_click_action import NotificationClickAction
from ...models.notification_close_action import NotificationCloseAction
from ...models.notification_show_action import NotificationShowAction
from ...models.product_event_action import ProductEventAction
from ...models.resubscribe_action import ResubscribeAction
from ...models.subscribe_action import SubscribeAction
from ...models.subscriber_created import SubscriberCreated
from ...models.subscriber_delete_action import SubscriberDeleteAction
from ...models.subscriber_details import SubscriberDetails
from ...models.subscriber_details_action import SubscriberDetailsAction
from ...models.subscriber_event_action import SubscriberEventAction
from ...models.subscriber_remove_tag_action import SubscriberRemoveTagAction
from ...models.subscriber_tag_action import SubscriberTagAction
from ...models.subscriber_update_action import SubscriberUpdateAction
from ...models.unsubscribe_action import UnsubscribeAction
from ...models.validation_error import ValidationError
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx


def _get_kwargs(
    *,
    body: CampaignSendAction
    | CartSyncAction
    | NotificationClickAction
    | NotificationCloseAction
    | NotificationShowAction
    | ProductEventAction
    | ResubscribeAction
    | SubscribeAction
    | SubscriberDeleteAction
    | SubscriberDetailsAction
    | SubscriberEventAction
    | SubscriberRemoveTagAction
    | SubscriberTagAction
    | SubscriberUpdateAction
    | UnsubscribeAction,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/",
    }

    if isinstance(body, SubscribeAction):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SubscriberUpdateAction):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, UnsubscribeAction):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ResubscribeAction):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SubscriberDeleteAction):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SubscriberDetailsAction):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SubscriberTagAction):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SubscriberRemoveTagAction):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SubscriberEventAction):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, NotificationShowAction):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, NotificationCloseAction):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, NotificationClickAction):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ProductEventAction):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, CartSyncAction):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: "httpx.Response"
) -> ActionSucceeded | CampaignQueued | SubscriberDetails | Error | SubscriberCreated | ValidationError | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ActionSucceeded | CampaignQueued | SubscriberDetails:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = SubscriberDetails.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = CampaignQueued.from_dict(data)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_2 = ActionSucceeded.from_dict(data)

            return response_200_type_2

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = SubscriberCreated.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ValidationError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        from ... import _runtime

        raise _runtime.unexpected_status(client, response)
    else:
        return None


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CampaignSendAction
    | CartSyncAction
    | NotificationClickAction
    | NotificationCloseAction
    | NotificationShowAction
    | ProductEventAction
    | ResubscribeAction
    | SubscribeAction
    | SubscriberDeleteAction
    | SubscriberDetailsAction
    | SubscriberEventAction
    | SubscriberRemoveTagAction
    | SubscriberTagAction
    | SubscriberUpdateAction
    | UnsubscribeAction,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[ActionSucceeded | CampaignQueued | SubscriberDetails | Error | SubscriberCreated | ValidationError]:
    """Perform an action

     Sends one action to Movalio. The `action` property of the body selects the action and its fields.
    subscribe answers 201 with the new subscriber's `uuid`; the other actions answer 200
    (subscriber:details with the subscriber's details, campaign:send with a message). Unconfirmed: which
    actions answer 200 and which 201 beyond those shown, and the 200 body of the other actions.

    Args:
        body (CampaignSendAction | CartSyncAction | NotificationClickAction |
            NotificationCloseAction | NotificationShowAction | ProductEventAction | ResubscribeAction
            | SubscribeAction | SubscriberDeleteAction | SubscriberDetailsAction |
            SubscriberEventAction | SubscriberRemoveTagAction | SubscriberTagAction |
            SubscriberUpdateAction | UnsubscribeAction):
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[ActionSucceeded | CampaignQueued | SubscriberDetails | Error | SubscriberCreated | ValidationError]
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(
            body=body,
        ),
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CampaignSendAction
    | CartSyncAction
    | NotificationClickAction
    | NotificationCloseAction
    | NotificationShowAction
    | ProductEventAction
    | ResubscribeAction
    | SubscribeAction
    | SubscriberDeleteAction
    | SubscriberDetailsAction
    | SubscriberEventAction
    | SubscriberRemoveTagAction
    | SubscriberTagAction
    | SubscriberUpdateAction
    | UnsubscribeAction,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> ActionSucceeded | CampaignQueued | SubscriberDetails | SubscriberCreated | None:
    """Perform an action

     Sends one action to Movalio. The `action` property of the body selects the action and its fields.
    subscribe answers 201 with the new subscriber's `uuid`; the other actions answer 200
    (subscriber:details with the subscriber's details, campaign:send with a message). Unconfirmed: which
    actions answer 200 and which 201 beyond those shown, and the 200 body of the other actions.

    Args:
        body (CampaignSendAction | CartSyncAction | NotificationClickAction |
            NotificationCloseAction | NotificationShowAction | ProductEventAction | ResubscribeAction
            | SubscribeAction | SubscriberDeleteAction | SubscriberDetailsAction |
            SubscriberEventAction | SubscriberRemoveTagAction | SubscriberTagAction |
            SubscriberUpdateAction | UnsubscribeAction):
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        ActionSucceeded | CampaignQueued | SubscriberDetails | SubscriberCreated
    """

    from ... import _runtime

    response = _runtime.send(
        client,
        _get_kwargs(
            body=body,
        ),
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(
        ActionSucceeded | CampaignQueued | SubscriberDetails | SubscriberCreated | None,
        _runtime.checked(client, response, _parse_response).parsed,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CampaignSendAction
    | CartSyncAction
    | NotificationClickAction
    | NotificationCloseAction
    | NotificationShowAction
    | ProductEventAction
    | ResubscribeAction
    | SubscribeAction
    | SubscriberDeleteAction
    | SubscriberDetailsAction
    | SubscriberEventAction
    | SubscriberRemoveTagAction
    | SubscriberTagAction
    | SubscriberUpdateAction
    | UnsubscribeAction,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> Response[ActionSucceeded | CampaignQueued | SubscriberDetails | Error | SubscriberCreated | ValidationError]:
    """Perform an action

     Sends one action to Movalio. The `action` property of the body selects the action and its fields.
    subscribe answers 201 with the new subscriber's `uuid`; the other actions answer 200
    (subscriber:details with the subscriber's details, campaign:send with a message). Unconfirmed: which
    actions answer 200 and which 201 beyond those shown, and the 200 body of the other actions.

    Args:
        body (CampaignSendAction | CartSyncAction | NotificationClickAction |
            NotificationCloseAction | NotificationShowAction | ProductEventAction | ResubscribeAction
            | SubscribeAction | SubscriberDeleteAction | SubscriberDetailsAction |
            SubscriberEventAction | SubscriberRemoveTagAction | SubscriberTagAction |
            SubscriberUpdateAction | UnsubscribeAction):
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.UnexpectedStatus: For a status the spec does not document, when Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        Response[ActionSucceeded | CampaignQueued | SubscriberDetails | Error | SubscriberCreated | ValidationError]
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(
            body=body,
        ),
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _runtime.build(client, response, _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CampaignSendAction
    | CartSyncAction
    | NotificationClickAction
    | NotificationCloseAction
    | NotificationShowAction
    | ProductEventAction
    | ResubscribeAction
    | SubscribeAction
    | SubscriberDeleteAction
    | SubscriberDetailsAction
    | SubscriberEventAction
    | SubscriberRemoveTagAction
    | SubscriberTagAction
    | SubscriberUpdateAction
    | UnsubscribeAction,
    max_retries: int | Unset = UNSET,
    timeout: float | None | Unset = UNSET,
) -> ActionSucceeded | CampaignQueued | SubscriberDetails | SubscriberCreated | None:
    """Perform an action

     Sends one action to Movalio. The `action` property of the body selects the action and its fields.
    subscribe answers 201 with the new subscriber's `uuid`; the other actions answer 200
    (subscriber:details with the subscriber's details, campaign:send with a message). Unconfirmed: which
    actions answer 200 and which 201 beyond those shown, and the 200 body of the other actions.

    Args:
        body (CampaignSendAction | CartSyncAction | NotificationClickAction |
            NotificationCloseAction | NotificationShowAction | ProductEventAction | ResubscribeAction
            | SubscribeAction | SubscriberDeleteAction | SubscriberDetailsAction |
            SubscriberEventAction | SubscriberRemoveTagAction | SubscriberTagAction |
            SubscriberUpdateAction | UnsubscribeAction):
        max_retries (int | Unset): Retries for this call (default: the client's `max_retries`).
        timeout (float | None | Unset): Seconds each attempt of this call may take (default: the client's `timeout`).

    Raises:
        errors.APIStatusError: For an error status, after the retries: its subclass for the status (errors.NotFoundError,
            errors.RateLimitError, ...), with `status_code`, `headers` and the error body (`parsed`, `text`).
        errors.APIConnectionError: When no answer came, after the retries (errors.APITimeoutError: not in time).
        errors.APIResponseValidationError: When a success body does not parse as the spec says.

    Returns:
        ActionSucceeded | CampaignQueued | SubscriberDetails | SubscriberCreated
    """

    from ... import _runtime

    response = await _runtime.asend(
        client,
        _get_kwargs(
            body=body,
        ),
        idempotent=False,
        max_retries=max_retries,
        timeout=timeout,
    )
    return cast(
        ActionSucceeded | CampaignQueued | SubscriberDetails | SubscriberCreated | None,
        _runtime.checked(client, response, _parse_response).parsed,
    )
