from enum import StrEnum


class SegmentType(StrEnum):
    COMBINED = "Combined"
    DYNAMIC = "Dynamic"
    STATIC = "Static"

    def __str__(self) -> str:
        return str(self.value)
