from enum import StrEnum


class FieldFormat(StrEnum):
    CELLPHONE = "cellphone"
    DATE = "date"
    EMAIL = "email"
    NUMBER = "number"
    OPTIONS = "options"
    PHONE = "phone"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
