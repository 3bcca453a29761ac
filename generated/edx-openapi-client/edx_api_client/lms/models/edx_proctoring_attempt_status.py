from enum import StrEnum


class EdxProctoringAttemptStatus(StrEnum):
    CREATED = "created"
    DECLINED = "declined"
    DOWNLOAD_SOFTWARE_CLICKED = "download_software_clicked"
    ELIGIBLE = "eligible"
    ERROR = "error"
    EXPIRED = "expired"
    ONBOARDING_EXPIRED = "onboarding_expired"
    ONBOARDING_FAILED = "onboarding_failed"
    ONBOARDING_MISSING = "onboarding_missing"
    ONBOARDING_PENDING = "onboarding_pending"
    ONBOARDING_RESET = "onboarding_reset"
    READY_TO_START = "ready_to_start"
    READY_TO_SUBMIT = "ready_to_submit"
    REJECTED = "rejected"
    SECOND_REVIEW_REQUIRED = "second_review_required"
    STARTED = "started"
    SUBMITTED = "submitted"
    TIMED_OUT = "timed_out"
    VERIFIED = "verified"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "EdxProctoringAttemptStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
