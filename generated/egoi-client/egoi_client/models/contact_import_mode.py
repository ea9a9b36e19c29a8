from enum import StrEnum


class ContactImportMode(StrEnum):
    ADD = "add"
    UPDATE = "update"
    UPDATE_ONLY = "update_only"

    def __str__(self) -> str:
        return str(self.value)
