from enum import StrEnum


class SuppressionMethod(StrEnum):
    BOUNCE = "bounce"
    FORGOTTEN = "forgotten"
    MANUAL = "manual"
    OTHER = "other"
    UNSUBSCRIBE = "unsubscribe"

    def __str__(self) -> str:
        return str(self.value)
