from enum import StrEnum


class StrengthStatsGroupBy(StrEnum):
    CONTRIBUTOR = "contributor"
    MISSION = "mission"
    TOTAL = "total"

    def __str__(self) -> str:
        return str(self.value)
