from enum import StrEnum


class UserLevelOfEducation(StrEnum):
    A = "a"
    B = "b"
    EL = "el"
    HS = "hs"
    JHS = "jhs"
    M = "m"
    NONE = "none"
    O = "o"
    P = "p"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "UserLevelOfEducation | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
