from enum import StrEnum


class ListTypesSort(StrEnum):
    NAME = "name"
    SLUG = "slug"
    VALUE_1 = "-slug"
    VALUE_3 = "-name"

    def __str__(self) -> str:
        return str(self.value)
