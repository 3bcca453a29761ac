from enum import StrEnum


class UserAccountAccountPrivacy(StrEnum):
    ALL_USERS = "all_users"
    CUSTOM = "custom"
    PRIVATE = "private"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "UserAccountAccountPrivacy | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
