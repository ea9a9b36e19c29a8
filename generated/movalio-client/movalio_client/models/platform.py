from enum import StrEnum


class Platform(StrEnum):
    ANDROID = "Android"
    EMAIL = "Email"
    IOS = "iOS"

    def __str__(self) -> str:
        return str(self.value)
