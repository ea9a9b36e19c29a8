from enum import StrEnum


class ProductEventType(StrEnum):
    ADDED_TO_CART = "added_to_cart"
    ORDERED_PRODUCT = "ordered_product"
    VIEWED_PRODUCT = "viewed_product"

    def __str__(self) -> str:
        return str(self.value)
