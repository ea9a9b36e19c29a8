from enum import StrEnum


class ListUsersOrderBy(StrEnum):
    USERNAME = "username"
    USER_ID = "user_id"

    def __str__(self) -> str:
        return str(self.value)
