from enum import StrEnum


class MemberGender(StrEnum):
    FEMALE = "FEMALE"
    MALE = "MALE"
    UNSPECIFIED = "UNSPECIFIED"

    def __str__(self) -> str:
        return str(self.value)
