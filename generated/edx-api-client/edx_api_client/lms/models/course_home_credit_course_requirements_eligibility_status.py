from enum import StrEnum


class CourseHomeCreditCourseRequirementsEligibilityStatus(StrEnum):
    ELIGIBLE = "eligible"
    NOT_ELIGIBLE = "not_eligible"
    PARTIAL_ELIGIBLE = "partial_eligible"

    def __str__(self) -> str:
        return str(self.value)
