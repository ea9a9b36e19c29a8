from enum import StrEnum


class SegmentType(StrEnum):
    AUTO = "auto"
    SAVED = "saved"
    TAG = "tag"

    def __str__(self) -> str:
        return str(self.value)
