from enum import StrEnum


class EdxProctoringOnboardingDashboardStatus(StrEnum):
    ERROR = "error"
    EXPIRED = "expired"
    NOT_STARTED = "not_started"
    ONBOARDING_RESET_PAST_DUE = "onboarding_reset_past_due"
    ONBOARDING_STARTED = "onboarding_started"
    OTHER_COURSE_APPROVED = "other_course_approved"
    REJECTED = "rejected"
    SETUP_STARTED = "setup_started"
    SUBMITTED = "submitted"
    VERIFIED = "verified"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "EdxProctoringOnboardingDashboardStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
