from enum import StrEnum


class CourseHomeGradeOverrideSystem(StrEnum):
    GRADING = "GRADING"
    PROCTORING = "PROCTORING"

    def __str__(self) -> str:
        return str(self.value)
