from enum import StrEnum


class ListSourcesShape(StrEnum):
    ARRAY = "array"
    OBJECT = "object"

    def __str__(self) -> str:
        return str(self.value)
