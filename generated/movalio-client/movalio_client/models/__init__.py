"""Contains all the data models used in inputs/outputs"""

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
