from enum import StrEnum


class GetSuppressionListOrderBy(StrEnum):
    CREATED = "created"
    ID = "id"
    VALUE = "value"

    def __str__(self) -> str:
        return str(self.value)
