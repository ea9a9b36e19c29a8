"""Contains all the data models used in inputs/outputs"""

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
