from enum import StrEnum


class ProgramEnrollmentsEnrollmentStatus(StrEnum):
    CANCELED = "canceled"
    ENDED = "ended"
    ENROLLED = "enrolled"
    PENDING = "pending"
    SUSPENDED = "suspended"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ProgramEnrollmentsEnrollmentStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
