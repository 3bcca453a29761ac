from enum import StrEnum


class CoursesCourseStartType(StrEnum):
    EMPTY = "empty"
    STRING = "string"
    TIMESTAMP = "timestamp"

    def __str__(self) -> str:
        return str(self.value)
