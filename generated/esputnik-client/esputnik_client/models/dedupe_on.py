from enum import StrEnum


class DedupeOn(StrEnum):
    EMAIL = "email"
    EMAIL_OR_SMS = "email_or_sms"
    EXTERNALCUSTOMERID = "externalCustomerId"
    FIELDID = "fieldId"
    ID = "id"
    PUSH = "push"
    SMS = "sms"
    WEBPUSH = "webpush"

    def __str__(self) -> str:
        return str(self.value)
