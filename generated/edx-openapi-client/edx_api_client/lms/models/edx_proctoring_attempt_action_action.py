from enum import StrEnum


class EdxProctoringAttemptActionAction(StrEnum):
    CLICK_DOWNLOAD_SOFTWARE = "click_download_software"
    DECLINE = "decline"
    ERROR = "error"
    MARK_READY_TO_RESUME = "mark_ready_to_resume"
    RESET_ATTEMPT = "reset_attempt"
    START = "start"
    STOP = "stop"
    SUBMIT = "submit"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "EdxProctoringAttemptActionAction | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
