from enum import StrEnum


class ProgramEnrollmentsCourseRunOverviewCourseRunStatus(StrEnum):
    COMPLETED = "completed"
    IN_PROGRESS = "in_progress"
    UPCOMING = "upcoming"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "ProgramEnrollmentsCourseRunOverviewCourseRunStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
