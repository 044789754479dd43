from enum import StrEnum


class Kind(StrEnum):
    ACHIEVEMENT = "achievement"
    CHALLENGE = "challenge"
    LESSON = "lesson"

    def __str__(self) -> str:
        return str(self.value)
