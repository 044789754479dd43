from enum import StrEnum


class SourceCreateKind(StrEnum):
    ARTICLE = "article"
    DATASET = "dataset"
    OFFICIAL = "official"
    OTHER = "other"

    def __str__(self) -> str:
        return str(self.value)
