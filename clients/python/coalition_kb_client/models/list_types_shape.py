from enum import StrEnum


class ListTypesShape(StrEnum):
    ARRAY = "array"
    OBJECT = "object"

    def __str__(self) -> str:
        return str(self.value)
