from enum import StrEnum


class CatalogSeatType(StrEnum):
    AUDIT = "audit"
    CREDIT = "credit"
    HONOR = "honor"
    PROFESSIONAL_EDUCATION = "professional education"
    VERIFIED = "verified"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CatalogSeatType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
