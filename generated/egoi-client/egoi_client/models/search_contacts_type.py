from enum import StrEnum


class SearchContactsType(StrEnum):
    CELLPHONE = "cellphone"
    EMAIL = "email"
    PHONE = "phone"

    def __str__(self) -> str:
        return str(self.value)
