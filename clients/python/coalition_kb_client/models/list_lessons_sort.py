from enum import StrEnum


class ListLessonsSort(StrEnum):
    SLUG = "slug"
    TITLE = "title"
    VALUE_1 = "-slug"
    VALUE_3 = "-title"

    def __str__(self) -> str:
        return str(self.value)
