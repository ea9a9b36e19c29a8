from enum import StrEnum


class ListAutomationsOrderBy(StrEnum):
    AUTOMATION_ID = "automation_id"
    CREATED_BY = "created_by"
    LIST_ID = "list_id"
    TITLE = "title"

    def __str__(self) -> str:
        return str(self.value)
