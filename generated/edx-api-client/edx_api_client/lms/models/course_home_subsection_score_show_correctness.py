from enum import StrEnum


class CourseHomeSubsectionScoreShowCorrectness(StrEnum):
    ALWAYS = "always"
    NEVER = "never"
    PAST_DUE = "past_due"

    def __str__(self) -> str:
        return str(self.value)
