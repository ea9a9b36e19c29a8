"""Contains all the data models used in inputs/outputs (each imported on first use)"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .action_succeeded import ActionSucceeded
    from .campaign_queued import CampaignQueued
    from .campaign_send_action import CampaignSendAction
    from .campaign_send_action_template_data import CampaignSendActionTemplateData
    from .cart_content import CartContent
    from .cart_item import CartItem
    from .cart_sync_action import CartSyncAction
    from .error import Error
    from .field_errors import FieldErrors
    from .notification_click_action import NotificationClickAction
    from .notification_close_action import NotificationCloseAction
    from .notification_show_action import NotificationShowAction
    from .platform import Platform
    from .product_event_action import ProductEventAction
    from .product_event_type import ProductEventType
    from .resubscribe_action import ResubscribeAction
    from .subscribe_action import SubscribeAction
    from .subscriber_created import SubscriberCreated
    from .subscriber_delete_action import SubscriberDeleteAction
    from .subscriber_details import SubscriberDetails
    from .subscriber_details_action import SubscriberDetailsAction
    from .subscriber_details_unsubscribed import SubscriberDetailsUnsubscribed
    from .subscriber_event_action import SubscriberEventAction
    from .subscriber_remove_tag_action import SubscriberRemoveTagAction
    from .subscriber_tag import SubscriberTag
    from .subscriber_tag_action import SubscriberTagAction
    from .subscriber_type import SubscriberType
    from .subscriber_update_action import SubscriberUpdateAction
    from .tags import Tags
    from .unsubscribe_action import UnsubscribeAction
    from .validation_error import ValidationError

_MODULES: dict[str, str] = {
    "ActionSucceeded": ".action_succeeded",
    "CampaignQueued": ".campaign_queued",
    "CampaignSendAction": ".campaign_send_action",
    "CampaignSendActionTemplateData": ".campaign_send_action_template_data",
    "CartContent": ".cart_content",
    "CartItem": ".cart_item",
    "CartSyncAction": ".cart_sync_action",
    "Error": ".error",
    "FieldErrors": ".field_errors",
    "NotificationClickAction": ".notification_click_action",
    "NotificationCloseAction": ".notification_close_action",
    "NotificationShowAction": ".notification_show_action",
    "Platform": ".platform",
    "ProductEventAction": ".product_event_action",
    "ProductEventType": ".product_event_type",
    "ResubscribeAction": ".resubscribe_action",
    "SubscribeAction": ".subscribe_action",
    "SubscriberCreated": ".subscriber_created",
    "SubscriberDeleteAction": ".subscriber_delete_action",
    "SubscriberDetails": ".subscriber_details",
    "SubscriberDetailsAction": ".subscriber_details_action",
    "SubscriberDetailsUnsubscribed": ".subscriber_details_unsubscribed",
    "SubscriberEventAction": ".subscriber_event_action",
    "SubscriberRemoveTagAction": ".subscriber_remove_tag_action",
    "SubscriberTag": ".subscriber_tag",
    "SubscriberTagAction": ".subscriber_tag_action",
    "SubscriberType": ".subscriber_type",
    "SubscriberUpdateAction": ".subscriber_update_action",
    "Tags": ".tags",
    "UnsubscribeAction": ".unsubscribe_action",
    "ValidationError": ".validation_error",
}
"""The module (relative to this package) of each model class."""

__all__ = (
    "ActionSucceeded",
    "CampaignQueued",
    "CampaignSendAction",
    "CampaignSendActionTemplateData",
    "CartContent",
    "CartItem",
    "CartSyncAction",
    "Error",
    "FieldErrors",
    "NotificationClickAction",
    "NotificationCloseAction",
    "NotificationShowAction",
    "Platform",
    "ProductEventAction",
    "ProductEventType",
    "ResubscribeAction",
    "SubscribeAction",
    "SubscriberCreated",
    "SubscriberDeleteAction",
    "SubscriberDetails",
    "SubscriberDetailsAction",
    "SubscriberDetailsUnsubscribed",
    "SubscriberEventAction",
    "SubscriberRemoveTagAction",
    "SubscriberTag",
    "SubscriberTagAction",
    "SubscriberType",
    "SubscriberUpdateAction",
    "Tags",
    "UnsubscribeAction",
    "ValidationError",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
