from enum import StrEnum


class ListAdvancedReportsOrderBy(StrEnum):
    ADVANCED_REPORT_ID = "advanced_report_id"
    CREATED = "created"
    TITLE = "title"

    def __str__(self) -> str:
        return str(self.value)
