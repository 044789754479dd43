from enum import StrEnum


class DatePrecisionSelection(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"

    def __str__(self) -> str:
        return str(self.value)
