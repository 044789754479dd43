from enum import StrEnum


class CategoryEnum(StrEnum):
    CAPACITY_BUILDING = "capacity_building"
    COMMAND = "command"
    COORDINATION = "coordination"
    EVALUATION = "evaluation"
    INTEROPERABILITY = "interoperability"
    LOGISTICS = "logistics"
    OTHER = "other"
    POLITICAL = "political"
    SECURITY = "security"
    STRATEGY = "strategy"

    def __str__(self) -> str:
        return str(self.value)
