from enum import StrEnum


class ContactFieldName(StrEnum):
    ADDRESS = "address"
    CONTACTKEY = "contactKey"
    EMAIL = "email"
    FIRSTNAME = "firstName"
    LASTNAME = "lastName"
    ORDERSINFO = "ordersInfo"
    POSTCODE = "postcode"
    REGION = "region"
    SMS = "sms"
    TOWN = "town"

    def __str__(self) -> str:
        return str(self.value)
