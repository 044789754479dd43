from enum import StrEnum


class ChangeReadSelectionResource(StrEnum):
    CITATIONS = "citations"
    CONTRIBUTIONS = "contributions"
    CONTRIBUTION_TYPES = "contribution-types"
    LESSONS = "lessons"
    MISSIONS = "missions"
    ORGANIZATIONS = "organizations"
    PARTNER_NATIONS = "partner-nations"
    SOURCES = "sources"
    STRENGTHS = "strengths"

    def __str__(self) -> str:
        return str(self.value)
