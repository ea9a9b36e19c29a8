from enum import StrEnum


class OperationType(StrEnum):
    ADS = "ads"
    ADVANCED_REPORT = "advanced_report"
    ATTACH_TAG = "attach_tag"
    DETACH_TAG = "detach_tag"
    EMAIL = "email"
    EXPORT_CONTACTS = "export_contacts"
    EXPORT_REPORTS = "export_reports"
    IMPORT_CONTACTS = "import_contacts"
    IMPORT_ECOMMERCE = "import_ecommerce"
    MASS_OPERATION = "mass_operation"
    PUSH = "push"
    SEGMENT_GENERATION = "segment_generation"
    SMART_SMS = "smart_sms"
    SMS = "sms"
    SOCIAL = "social"
    UNIFY = "unify"
    UPDATE_CONTACTS = "update_contacts"
    VOICE = "voice"
    WEBPUSH = "webpush"

    def __str__(self) -> str:
        return str(self.value)
