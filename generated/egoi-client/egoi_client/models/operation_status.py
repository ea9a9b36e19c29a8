from enum import StrEnum


class OperationStatus(StrEnum):
    EXECUTING = "executing"
    PAUSED = "paused"
    PROCESSING = "processing"
    QUEUED = "queued"

    def __str__(self) -> str:
        return str(self.value)
