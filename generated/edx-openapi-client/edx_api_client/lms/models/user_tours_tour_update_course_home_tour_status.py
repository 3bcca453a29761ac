from enum import StrEnum


class UserToursTourUpdateCourseHomeTourStatus(StrEnum):
    NO_TOUR = "no-tour"
    SHOW_EXISTING_USER_TOUR = "show-existing-user-tour"
    SHOW_NEW_USER_TOUR = "show-new-user-tour"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "UserToursTourUpdateCourseHomeTourStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
