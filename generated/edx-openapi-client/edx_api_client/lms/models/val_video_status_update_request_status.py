from enum import StrEnum


class ValVideoStatusUpdateRequestStatus(StrEnum):
    FILE_COMPLETE = "file_complete"
    PARTIAL_FAILURE = "partial_failure"
    PIPELINE_ERROR = "pipeline_error"
    TRANSCODE_ACTIVE = "transcode_active"
    TRANSCRIPTION_IN_PROGRESS = "transcription_in_progress"
    TRANSCRIPT_FAILED = "transcript_failed"
    TRANSCRIPT_READY = "transcript_ready"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ValVideoStatusUpdateRequestStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
