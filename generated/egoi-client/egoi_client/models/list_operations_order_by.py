from enum import StrEnum


class ListOperationsOrderBy(StrEnum):
    CREATED = "created"
    OPERATION_ID = "operation_id"
    START_DATE = "start_date"

    def __str__(self) -> str:
        return str(self.value)
