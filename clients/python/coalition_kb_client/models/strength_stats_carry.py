from enum import StrEnum


class StrengthStatsCarry(StrEnum):
    EVIDENCE = "evidence"
    PRESENCE = "presence"

    def __str__(self) -> str:
        return str(self.value)
