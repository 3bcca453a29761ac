from enum import StrEnum


class CourseRunAvailability(StrEnum):
    CURRENT = "Current"
    UPCOMING = "Upcoming"

    def __str__(self) -> str:
        return str(self.value)
