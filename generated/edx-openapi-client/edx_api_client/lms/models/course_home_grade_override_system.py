from enum import StrEnum


class CourseHomeGradeOverrideSystem(StrEnum):
    GRADING = "GRADING"
    PROCTORING = "PROCTORING"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CourseHomeGradeOverrideSystem | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
