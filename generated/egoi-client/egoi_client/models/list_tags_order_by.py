from enum import StrEnum


class ListTagsOrderBy(StrEnum):
    COLOR = "color"
    NAME = "name"
    TAG_ID = "tag_id"

    def __str__(self) -> str:
        return str(self.value)
