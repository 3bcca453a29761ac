from enum import StrEnum


class LicenseBulkRevokeFilterName(StrEnum):
    STATUS_IN = "status_in"
    USER_EMAIL = "user_email"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "LicenseBulkRevokeFilterName | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
