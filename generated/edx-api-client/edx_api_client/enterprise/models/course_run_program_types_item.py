from enum import StrEnum


class CourseRunProgramTypesItem(StrEnum):
    MICROMASTERS = "MicroMasters"
    PROFESSIONAL_CERTIFICATE = "Professional Certificate"
    PROFESSIONAL_PROGRAM = "Professional Program"
    XSERIES = "XSeries"

    def __str__(self) -> str:
        return str(self.value)
