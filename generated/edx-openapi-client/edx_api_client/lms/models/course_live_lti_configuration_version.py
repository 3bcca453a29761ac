from enum import StrEnum


class CourseLiveLtiConfigurationVersion(StrEnum):
    LTI_1P1 = "lti_1p1"
    LTI_1P3 = "lti_1p3"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CourseLiveLtiConfigurationVersion | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
