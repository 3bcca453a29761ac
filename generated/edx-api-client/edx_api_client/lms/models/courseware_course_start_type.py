from enum import StrEnum


class CoursewareCourseStartType(StrEnum):
    EMPTY = "empty"
    STRING = "string"
    TIMESTAMP = "timestamp"

    def __str__(self) -> str:
        return str(self.value)
