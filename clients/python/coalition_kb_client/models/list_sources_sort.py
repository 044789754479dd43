from enum import StrEnum


class ListSourcesSort(StrEnum):
    PUBLISHED_DATE = "published_date"
    SLUG = "slug"
    TITLE = "title"
    VALUE_1 = "-slug"
    VALUE_3 = "-title"
    VALUE_5 = "-published_date"

    def __str__(self) -> str:
        return str(self.value)
