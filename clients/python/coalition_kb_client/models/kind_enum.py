from enum import StrEnum


class KindEnum(StrEnum):
    ADVISORY = "advisory"
    CAPACITY_BUILDING = "capacity_building"
    COMBAT = "combat"
    COMBAT_SUPPORT = "combat_support"
    DETERRENCE = "deterrence"
    LOGISTICS = "logistics"
    OTHER = "other"
    PEACEKEEPING = "peacekeeping"
    STABILIZATION = "stabilization"
    TRAINING = "training"

    def __str__(self) -> str:
        return str(self.value)
