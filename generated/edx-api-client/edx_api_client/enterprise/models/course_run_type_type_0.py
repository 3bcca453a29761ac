from enum import StrEnum


class CourseRunTypeType0(StrEnum):
    AUDIT = "audit"
    PROFESSIONAL = "professional"
    VERIFIED = "verified"

    def __str__(self) -> str:
        return str(self.value)
