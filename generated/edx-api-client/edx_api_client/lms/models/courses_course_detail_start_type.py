from enum import StrEnum


class CoursesCourseDetailStartType(StrEnum):
    EMPTY = "empty"
    STRING = "string"
    TIMESTAMP = "timestamp"

    def __str__(self) -> str:
        return str(self.value)
