from enum import StrEnum


class ListMissionsSort(StrEnum):
    END_DATE = "end_date"
    NAME = "name"
    SLUG = "slug"
    START_DATE = "start_date"
    VALUE_1 = "-slug"
    VALUE_3 = "-name"
    VALUE_5 = "-start_date"
    VALUE_7 = "-end_date"

    def __str__(self) -> str:
        return str(self.value)
