from enum import StrEnum


class SenderStatus(StrEnum):
    ACTIVE = "active"
    MODERATION = "moderation"
    REJECTED = "rejected"

    def __str__(self) -> str:
        return str(self.value)
