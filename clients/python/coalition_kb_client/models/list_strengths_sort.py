from enum import StrEnum


class ListStrengthsSort(StrEnum):
    DATE = "date"
    PERSONNEL = "personnel"
    SLUG = "slug"
    VALUE_1 = "-slug"
    VALUE_3 = "-date"
    VALUE_5 = "-personnel"

    def __str__(self) -> str:
        return str(self.value)
