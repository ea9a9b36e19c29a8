from enum import StrEnum


class ListListsOrderBy(StrEnum):
    CREATED = "created"
    INTERNAL_NAME = "internal_name"
    LIST_ID = "list_id"
    PUBLIC_NAME = "public_name"
    UPDATED = "updated"

    def __str__(self) -> str:
        return str(self.value)
