"""Contains all the data models used in inputs/outputs (each imported on first use)"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_info import AccountInfo
    from .additional_field import AdditionalField
    from .address_book import AddressBook
    from .address_books_response import AddressBooksResponse
    from .allowed_values import AllowedValues
    from .balance import Balance
    from .boolean_string import BooleanString
    from .channel import Channel
    from .channel_type import ChannelType
    from .contact import Contact
    from .contact_address import ContactAddress
    from .contact_email import ContactEmail
    from .contact_emails_response import ContactEmailsResponse
    from .contact_field_name import ContactFieldName
    from .contact_field_value import ContactFieldValue
    from .contact_id import ContactId
    from .contacts_bulk_request import ContactsBulkRequest
    from .contacts_import_result import ContactsImportResult
    from .contacts_upload_request import ContactsUploadRequest
    from .dedupe_on import DedupeOn
    from .email_list import EmailList
    from .event import Event
    from .event_param import EventParam
    from .field_description import FieldDescription
    from .field_group import FieldGroup
    from .import_status import ImportStatus
    from .message_status import MessageStatus
    from .message_status_response import MessageStatusResponse
    from .order import Order
    from .order_additional_info import OrderAdditionalInfo
    from .order_item import OrderItem
    from .order_source import OrderSource
    from .order_status import OrderStatus
    from .orders_info import OrdersInfo
    from .orders_request import OrdersRequest
    from .past_event import PastEvent
    from .past_events import PastEvents
    from .segment import Segment
    from .segment_members import SegmentMembers
    from .segment_type import SegmentType
    from .send_email_request import SendEmailRequest
    from .send_message_response import SendMessageResponse
    from .send_message_result import SendMessageResult
    from .send_prepared_message_param import SendPreparedMessageParam
    from .send_prepared_message_request import SendPreparedMessageRequest
    from .send_sms_request import SendSmsRequest
    from .send_status import SendStatus
    from .send_viber_request import SendViberRequest
    from .smart_send_recipient import SmartSendRecipient
    from .smart_send_request import SmartSendRequest
    from .subscribe_request import SubscribeRequest
    from .version import Version

_MODULES: dict[str, str] = {
    "AccountInfo": ".account_info",
    "AdditionalField": ".additional_field",
    "AddressBook": ".address_book",
    "AddressBooksResponse": ".address_books_response",
    "AllowedValues": ".allowed_values",
    "Balance": ".balance",
    "BooleanString": ".boolean_string",
    "Channel": ".channel",
    "ChannelType": ".channel_type",
    "Contact": ".contact",
    "ContactAddress": ".contact_address",
    "ContactEmail": ".contact_email",
    "ContactEmailsResponse": ".contact_emails_response",
    "ContactFieldName": ".contact_field_name",
    "ContactFieldValue": ".contact_field_value",
    "ContactId": ".contact_id",
    "ContactsBulkRequest": ".contacts_bulk_request",
    "ContactsImportResult": ".contacts_import_result",
    "ContactsUploadRequest": ".contacts_upload_request",
    "DedupeOn": ".dedupe_on",
    "EmailList": ".email_list",
    "Event": ".event",
    "EventParam": ".event_param",
    "FieldDescription": ".field_description",
    "FieldGroup": ".field_group",
    "ImportStatus": ".import_status",
    "MessageStatus": ".message_status",
    "MessageStatusResponse": ".message_status_response",
    "Order": ".order",
    "OrderAdditionalInfo": ".order_additional_info",
    "OrderItem": ".order_item",
    "OrderSource": ".order_source",
    "OrderStatus": ".order_status",
    "OrdersInfo": ".orders_info",
    "OrdersRequest": ".orders_request",
    "PastEvent": ".past_event",
    "PastEvents": ".past_events",
    "Segment": ".segment",
    "SegmentMembers": ".segment_members",
    "SegmentType": ".segment_type",
    "SendEmailRequest": ".send_email_request",
    "SendMessageResponse": ".send_message_response",
    "SendMessageResult": ".send_message_result",
    "SendPreparedMessageParam": ".send_prepared_message_param",
    "SendPreparedMessageRequest": ".send_prepared_message_request",
    "SendSmsRequest": ".send_sms_request",
    "SendStatus": ".send_status",
    "SendViberRequest": ".send_viber_request",
    "SmartSendRecipient": ".smart_send_recipient",
    "SmartSendRequest": ".smart_send_request",
    "SubscribeRequest": ".subscribe_request",
    "Version": ".version",
}
"""The module (relative to this package) of each model class."""

__all__ = (
    "AccountInfo",
    "AdditionalField",
    "AddressBook",
    "AddressBooksResponse",
    "AllowedValues",
    "Balance",
    "BooleanString",
    "Channel",
    "ChannelType",
    "Contact",
    "ContactAddress",
    "ContactEmail",
    "ContactEmailsResponse",
    "ContactFieldName",
    "ContactFieldValue",
    "ContactId",
    "ContactsBulkRequest",
    "ContactsImportResult",
    "ContactsUploadRequest",
    "DedupeOn",
    "EmailList",
    "Event",
    "EventParam",
    "FieldDescription",
    "FieldGroup",
    "ImportStatus",
    "MessageStatus",
    "MessageStatusResponse",
    "Order",
    "OrderAdditionalInfo",
    "OrderItem",
    "OrdersInfo",
    "OrderSource",
    "OrdersRequest",
    "OrderStatus",
    "PastEvent",
    "PastEvents",
    "Segment",
    "SegmentMembers",
    "SegmentType",
    "SendEmailRequest",
    "SendMessageResponse",
    "SendMessageResult",
    "SendPreparedMessageParam",
    "SendPreparedMessageRequest",
    "SendSmsRequest",
    "SendStatus",
    "SendViberRequest",
    "SmartSendRecipient",
    "SmartSendRequest",
    "SubscribeRequest",
    "Version",
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
