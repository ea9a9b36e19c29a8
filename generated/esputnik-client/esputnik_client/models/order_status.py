from enum import StrEnum


class OrderStatus(StrEnum):
    ABANDONED_SHOPPING_CART = "ABANDONED_SHOPPING_CART"
    CANCELLED = "CANCELLED"
    DELIVERED = "DELIVERED"
    INITIALIZED = "INITIALIZED"
    IN_PROGRESS = "IN_PROGRESS"

    def __str__(self) -> str:
        return str(self.value)
