"""Contains all the data models used in inputs/outputs (each imported on first use)"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .bulk_upsert_result import BulkUpsertResult
    from .cinema import Cinema
    from .contact import Contact
    from .contact_list_action import ContactListAction
    from .contact_list_update_result_type_0_item import ContactListUpdateResultType0Item
    from .error import Error
    from .film import Film
    from .item import Item
    from .item_transaction_line import ItemTransactionLine
    from .item_type import ItemType
    from .loyalty_card import LoyaltyCard
    from .member import Member
    from .member_gender import MemberGender
    from .member_preferences import MemberPreferences
    from .member_status import MemberStatus
    from .session_transaction_line import SessionTransactionLine
    from .subscription_category import SubscriptionCategory
    from .subscription_channel import SubscriptionChannel
    from .subscription_state import SubscriptionState
    from .subscription_update import SubscriptionUpdate
    from .ticket import Ticket
    from .transaction import Transaction

_MODULES: dict[str, str] = {
    "BulkUpsertResult": ".bulk_upsert_result",
    "Cinema": ".cinema",
    "Contact": ".contact",
    "ContactListAction": ".contact_list_action",
    "ContactListUpdateResultType0Item": ".contact_list_update_result_type_0_item",
    "Error": ".error",
    "Film": ".film",
    "Item": ".item",
    "ItemTransactionLine": ".item_transaction_line",
    "ItemType": ".item_type",
    "LoyaltyCard": ".loyalty_card",
    "Member": ".member",
    "MemberGender": ".member_gender",
    "MemberPreferences": ".member_preferences",
    "MemberStatus": ".member_status",
    "SessionTransactionLine": ".session_transaction_line",
    "SubscriptionCategory": ".subscription_category",
    "SubscriptionChannel": ".subscription_channel",
    "SubscriptionState": ".subscription_state",
    "SubscriptionUpdate": ".subscription_update",
    "Ticket": ".ticket",
    "Transaction": ".transaction",
}
"""The module (relative to this package) of each model class."""

__all__ = (
    "BulkUpsertResult",
    "Cinema",
    "Contact",
    "ContactListAction",
    "ContactListUpdateResultType0Item",
    "Error",
    "Film",
    "Item",
    "ItemTransactionLine",
    "ItemType",
    "LoyaltyCard",
    "Member",
    "MemberGender",
    "MemberPreferences",
    "MemberStatus",
    "SessionTransactionLine",
    "SubscriptionCategory",
    "SubscriptionChannel",
    "SubscriptionState",
    "SubscriptionUpdate",
    "Ticket",
    "Transaction",
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
