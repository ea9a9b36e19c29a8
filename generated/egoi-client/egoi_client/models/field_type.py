from enum import StrEnum


class FieldType(StrEnum):
    BASE = "base"
    EXTRA = "extra"

    def __str__(self) -> str:
        return str(self.value)
