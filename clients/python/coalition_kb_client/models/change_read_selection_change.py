from enum import StrEnum


class ChangeReadSelectionChange(StrEnum):
    CHANGED = "changed"
    CREATED = "created"
    DELETED = "deleted"

    def __str__(self) -> str:
        return str(self.value)
