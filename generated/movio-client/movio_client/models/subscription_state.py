from enum import StrEnum


class SubscriptionState(StrEnum):
    SUBSCRIBED = "SUBSCRIBED"
    UNSUBSCRIBED = "UNSUBSCRIBED"

    def __str__(self) -> str:
        return str(self.value)
