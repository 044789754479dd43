from enum import StrEnum


class ListClaimsShape(StrEnum):
    ARRAY = "array"
    OBJECT = "object"

    def __str__(self) -> str:
        return str(self.value)
