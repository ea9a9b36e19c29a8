from enum import StrEnum


class ListWebPushSitesOrderBy(StrEnum):
    CREATED = "created"
    LIST_ID = "list_id"
    UPDATED = "updated"

    def __str__(self) -> str:
        return str(self.value)
