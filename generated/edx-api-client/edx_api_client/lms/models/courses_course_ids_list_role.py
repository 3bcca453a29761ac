from enum import StrEnum


class CoursesCourseIdsListRole(StrEnum):
    INSTRUCTOR = "instructor"
    STAFF = "staff"

    def __str__(self) -> str:
        return str(self.value)
