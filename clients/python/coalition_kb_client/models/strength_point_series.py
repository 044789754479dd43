from enum import StrEnum


class StrengthPointSeries(StrEnum):
    CONTRIBUTOR = "contributor"
    TOTAL = "total"

    def __str__(self) -> str:
        return str(self.value)
