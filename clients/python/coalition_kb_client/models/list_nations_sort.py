from enum import StrEnum


class ListNationsSort(StrEnum):
    CODE = "code"
    NAME = "name"
    NATO_ACCESSION_DATE = "nato_accession_date"
    VALUE_1 = "-code"
    VALUE_3 = "-name"
    VALUE_5 = "-nato_accession_date"

    def __str__(self) -> str:
        return str(self.value)
