from enum import StrEnum


class ContactExportFormat(StrEnum):
    CSV = "csv"
    XML = "xml"

    def __str__(self) -> str:
        return str(self.value)
