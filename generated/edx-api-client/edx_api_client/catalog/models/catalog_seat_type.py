from enum import StrEnum


class CatalogSeatType(StrEnum):
    AUDIT = "audit"
    CREDIT = "credit"
    HONOR = "honor"
    PROFESSIONAL_EDUCATION = "professional education"
    VERIFIED = "verified"

    def __str__(self) -> str:
        return str(self.value)
