from enum import StrEnum


class EdxProctoringSoftwareSecureReviewReviewStatus(StrEnum):
    CLEAN = "Clean"
    NOT_REVIEWED = "Not Reviewed"
    RULES_VIOLATION = "Rules Violation"
    SUSPICIOUS = "Suspicious"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "EdxProctoringSoftwareSecureReviewReviewStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
