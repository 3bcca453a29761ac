from enum import StrEnum


class ProgramEnrollmentsWriteResultAdditionalProperty(StrEnum):
    CANCELED = "canceled"
    CONFLICT = "conflict"
    DUPLICATED = "duplicated"
    ENDED = "ended"
    ENROLLED = "enrolled"
    ILLEGAL_OPERATION = "illegal-operation"
    INTERNAL_ERROR = "internal-error"
    INVALID_STATUS = "invalid-status"
    NOT_IN_PROGRAM = "not-in-program"
    PENDING = "pending"
    SUSPENDED = "suspended"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "ProgramEnrollmentsWriteResultAdditionalProperty | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
