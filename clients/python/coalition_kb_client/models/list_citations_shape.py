from enum import StrEnum


class ListCitationsShape(StrEnum):
    ARRAY = "array"
    OBJECT = "object"

    def __str__(self) -> str:
        return str(self.value)
