from enum import StrEnum


class OrganizationRecordKind(StrEnum):
    ALLIANCE = "alliance"
    COALITION = "coalition"
    GOVERNMENT = "government"
    GROUP = "group"
    INTERNATIONAL_ORGANIZATION = "international_organization"
    OTHER = "other"
    UNION = "union"

    def __str__(self) -> str:
        return str(self.value)
