from enum import StrEnum


class SubscriberType(StrEnum):
    EMAIL = "email"
    MOBILE_PUSH = "mobile_push"
    SMS = "sms"

    def __str__(self) -> str:
        return str(self.value)
