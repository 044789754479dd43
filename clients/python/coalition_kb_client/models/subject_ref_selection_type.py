from enum import StrEnum


class SubjectRefSelectionType(StrEnum):
    CONTRIBUTION = "contribution"
    LESSON = "lesson"
    LESSON_MISSION = "lesson_mission"
    MISSION = "mission"
    NATION = "nation"
    ORGANIZATION = "organization"
    STRENGTH = "strength"

    def __str__(self) -> str:
        return str(self.value)
