from enum import StrEnum


class MemberStatus(StrEnum):
    ACTIVATED = "ACTIVATED"
    DELETED = "DELETED"
    ISSUED = "ISSUED"

    def __str__(self) -> str:
        return str(self.value)
