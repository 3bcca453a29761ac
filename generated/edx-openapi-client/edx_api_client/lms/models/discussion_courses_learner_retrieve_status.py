from enum import StrEnum


class DiscussionCoursesLearnerRetrieveStatus(StrEnum):
    FLAGGED = "flagged"
    UNANSWERED = "unanswered"
    UNREAD = "unread"
    UNRESPONDED = "unresponded"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "DiscussionCoursesLearnerRetrieveStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
