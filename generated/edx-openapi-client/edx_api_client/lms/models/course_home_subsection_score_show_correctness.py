from enum import StrEnum


class CourseHomeSubsectionScoreShowCorrectness(StrEnum):
    ALWAYS = "always"
    NEVER = "never"
    PAST_DUE = "past_due"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "CourseHomeSubsectionScoreShowCorrectness | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
