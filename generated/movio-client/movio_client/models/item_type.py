from enum import StrEnum


class ItemType(StrEnum):
    CONCESSION = "CONCESSION"
    OTHER = "OTHER"

    def __str__(self) -> str:
        return str(self.value)
