from enum import StrEnum


class AdvancedReportStatus(StrEnum):
    CANCELED = "canceled"
    ERROR = "error"
    FINISHED = "finished"
    PAUSED = "paused"
    QUEUED = "queued"
    RUNNING = "running"
    STOPPED = "stopped"

    def __str__(self) -> str:
        return str(self.value)
