from enum import StrEnum


class CoursesCourseDetailPacing(StrEnum):
    INSTRUCTOR = "instructor"
    SELF = "self"

    def __str__(self) -> str:
        return str(self.value)
