from enum import StrEnum


class CampaignStatus(StrEnum):
    CANCELED = "canceled"
    DRAFT = "draft"
    PAUSED = "paused"
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"

    def __str__(self) -> str:
        return str(self.value)
