from enum import StrEnum


class VoiceDestinationField(StrEnum):
    CELLPHONE = "cellphone"
    CELLPHONE_FAILSAFE_PHONE = "cellphone_failsafe_phone"
    CELLPHONE_PHONE = "cellphone_phone"
    PHONE = "phone"
    PHONE_FAILSAFE_CELLPHONE = "phone_failsafe_cellphone"

    def __str__(self) -> str:
        return str(self.value)
