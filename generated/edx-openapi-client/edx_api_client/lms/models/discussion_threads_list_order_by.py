from enum import StrEnum


class DiscussionThreadsListOrderBy(StrEnum):
    COMMENT_COUNT = "comment_count"
    LAST_ACTIVITY_AT = "last_activity_at"
    VOTE_COUNT = "vote_count"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "DiscussionThreadsListOrderBy | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
