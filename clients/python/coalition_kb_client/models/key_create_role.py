from enum import StrEnum


class KeyCreateRole(StrEnum):
    ADMIN = "admin"
    EDITOR = "editor"
    READER = "reader"

    def __str__(self) -> str:
        return str(self.value)
