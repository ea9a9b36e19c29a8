from enum import StrEnum


class SuppressionType(StrEnum):
    CELLPHONE = "cellphone"
    EMAIL = "email"
    EMAIL_DOMAIN = "email_domain"
    EMAIL_USER = "email_user"
    PHONE = "phone"

    def __str__(self) -> str:
        return str(self.value)
