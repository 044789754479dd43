from enum import StrEnum


class TallySelection(StrEnum):
    OFFICIAL = "official"
    PRESS = "press"
    REFERENCE = "reference"
    WIRE = "wire"

    def __str__(self) -> str:
        return str(self.value)
