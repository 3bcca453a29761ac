from enum import StrEnum


class PaginatedTeamTopicListSortOrder(StrEnum):
    NAME = "name"
    TEAM_COUNT = "team_count"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PaginatedTeamTopicListSortOrder | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
