from enum import StrEnum


class ListCampaignsOrderBy(StrEnum):
    CREATED = "created"
    CREATED_BY = "created_by"
    GROUP_ID = "group_id"
    INTERNAL_NAME = "internal_name"
    LIST_ID = "list_id"

    def __str__(self) -> str:
        return str(self.value)
