from enum import StrEnum


class SourceUpdateKind(StrEnum):
    ARTICLE = "article"
    DATASET = "dataset"
    OFFICIAL = "official"
    OTHER = "other"

    def __str__(self) -> str:
        return str(self.value)
