from enum import StrEnum


class ContributionStatsMeasure(StrEnum):
    COUNT = "count"
    PERSONNEL = "personnel"
    PERSONNEL_REPORTED = "personnel_reported"

    def __str__(self) -> str:
        return str(self.value)
