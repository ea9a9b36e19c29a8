from enum import StrEnum


class CampaignChannel(StrEnum):
    EMAIL = "email"
    PUSH = "push"
    SMART_SMS = "smart_sms"
    SMS = "sms"
    VOICE = "voice"
    WEB_PUSH = "web_push"

    def __str__(self) -> str:
        return str(self.value)
