from enum import StrEnum


class ListOrganizationsSort(StrEnum):
    CODE = "code"
    NAME = "name"
    VALUE_1 = "-code"
    VALUE_3 = "-name"

    def __str__(self) -> str:
        return str(self.value)
