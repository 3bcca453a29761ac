from enum import StrEnum


class DiscussionCourseTopicsV2ListOrderBy(StrEnum):
    ACTIVITY = "activity"
    COURSE_STRUCTURE = "course_structure"
    NAME = "name"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "DiscussionCourseTopicsV2ListOrderBy | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
