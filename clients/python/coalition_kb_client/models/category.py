from enum import StrEnum


class Category(StrEnum):
    ADVISORY = "advisory"
    COMMAND = "command"
    COMMUNICATIONS = "communications"
    EQUIPMENT = "equipment"
    FUNDING = "funding"
    INTELLIGENCE = "intelligence"
    LOGISTICS = "logistics"
    MEDICAL = "medical"
    OTHER = "other"
    PERSONNEL = "personnel"
    RECONSTRUCTION = "reconstruction"
    SECURITY = "security"
    TRAINING = "training"

    def __str__(self) -> str:
        return str(self.value)
