from enum import StrEnum


class ContributionStatsSort(StrEnum):
    COUNT = "count"
    KEY = "key"
    PERSONNEL = "personnel"
    VALUE_0 = "-count"
    VALUE_3 = "-key"
    VALUE_4 = "-personnel"

    def __str__(self) -> str:
        return str(self.value)
