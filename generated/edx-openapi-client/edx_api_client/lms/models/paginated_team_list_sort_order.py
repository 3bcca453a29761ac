from enum import StrEnum


class PaginatedTeamListSortOrder(StrEnum):
    LAST_ACTIVITY_AT = "last_activity_at"
    NAME = "name"
    OPEN_SLOTS = "open_slots"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PaginatedTeamListSortOrder | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
