from enum import StrEnum


class CourseRunContentType(StrEnum):
    COURSERUN = "courserun"

    def __str__(self) -> str:
        return str(self.value)
