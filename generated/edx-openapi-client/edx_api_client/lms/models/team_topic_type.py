from enum import StrEnum


class TeamTopicType(StrEnum):
    OPEN = "open"
    OPEN_MANAGED = "open_managed"
    PRIVATE_MANAGED = "private_managed"
    PUBLIC_MANAGED = "public_managed"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TeamTopicType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
