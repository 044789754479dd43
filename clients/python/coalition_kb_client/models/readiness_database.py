from enum import StrEnum


class ReadinessDatabase(StrEnum):
    OK = "ok"
    SCHEMA_NOT_AT_HEAD = "schema not at head"
    UNREACHABLE = "unreachable"

    def __str__(self) -> str:
        return str(self.value)
