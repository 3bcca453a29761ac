from enum import StrEnum


class CourseRunSeatTypesItem(StrEnum):
    AUDIT = "audit"
    PROFESSIONAL = "professional"
    VERIFIED = "verified"

    def __str__(self) -> str:
        return str(self.value)
