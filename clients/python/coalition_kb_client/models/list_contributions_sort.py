from enum import StrEnum


class ListContributionsSort(StrEnum):
    END_DATE = "end_date"
    PERSONNEL = "personnel"
    SLUG = "slug"
    START_DATE = "start_date"
    VALUE_1 = "-slug"
    VALUE_3 = "-start_date"
    VALUE_5 = "-end_date"
    VALUE_7 = "-personnel"

    def __str__(self) -> str:
        return str(self.value)
