from enum import StrEnum


class DiscussionRoleLabel(StrEnum):
    COMMUNITY_TA = "Community TA"
    MODERATOR = "Moderator"
    STAFF = "Staff"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "DiscussionRoleLabel | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
