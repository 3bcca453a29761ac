from enum import StrEnum


class ProgramType(StrEnum):
    MASTERS = "Masters"
    MICROMASTERS = "MicroMasters"
    PROFESSIONAL_CERTIFICATE = "Professional Certificate"
    PROFESSIONAL_PROGRAM = "Professional Program"
    XSERIES = "XSeries"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ProgramType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
