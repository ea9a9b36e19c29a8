from enum import StrEnum


class ContactLanguage(StrEnum):
    BR = "br"
    DE = "de"
    EN = "en"
    ES = "es"
    FR = "fr"
    PT = "pt"

    def __str__(self) -> str:
        return str(self.value)
