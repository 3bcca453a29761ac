from enum import StrEnum


class OraStaffGraderErrorError(StrEnum):
    ERR_BAD_ORA_LOCATION = "ERR_BAD_ORA_LOCATION"
    ERR_GRADE_CONTESTED = "ERR_GRADE_CONTESTED"
    ERR_INTERNAL = "ERR_INTERNAL"
    ERR_LOCK_CONTESTED = "ERR_LOCK_CONTESTED"
    ERR_MISSING_PARAM = "ERR_MISSING_PARAM"
    ERR_UNKNOWN = "ERR_UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "OraStaffGraderErrorError | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
