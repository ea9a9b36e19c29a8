from enum import StrEnum


class ProductImportMode(StrEnum):
    ADD = "add"
    REWRITE = "rewrite"
    UPDATE = "update"

    def __str__(self) -> str:
        return str(self.value)
