from enum import StrEnum


class ChannelType(StrEnum):
    EMAIL = "email"
    MOBILEPUSH = "mobilepush"
    SMS = "sms"
    TELEGRAM = "telegram"
    VIBER = "viber"
    WEBPUSH = "webpush"

    def __str__(self) -> str:
        return str(self.value)
