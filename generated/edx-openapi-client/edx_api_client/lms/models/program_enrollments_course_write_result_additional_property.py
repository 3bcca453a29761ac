from enum import StrEnum


class ProgramEnrollmentsCourseWriteResultAdditionalProperty(StrEnum):
    ACTIVE = "active"
    CONFLICT = "conflict"
    DUPLICATED = "duplicated"
    ILLEGAL_OPERATION = "illegal-operation"
    INACTIVE = "inactive"
    INTERNAL_ERROR = "internal-error"
    INVALID_STATUS = "invalid-status"
    NOT_FOUND = "not-found"
    NOT_IN_PROGRAM = "not-in-program"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "ProgramEnrollmentsCourseWriteResultAdditionalProperty | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
