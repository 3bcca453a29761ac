from enum import StrEnum


class ExperimentsUserMetadataPacingType(StrEnum):
    INSTRUCTOR_PACED = "instructor_paced"
    SELF_PACED = "self_paced"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ExperimentsUserMetadataPacingType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
