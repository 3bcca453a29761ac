from enum import StrEnum


class CatalogCourseRunPacingType(StrEnum):
    INSTRUCTOR_PACED = "instructor_paced"
    SELF_PACED = "self_paced"

    def __str__(self) -> str:
        return str(self.value)
