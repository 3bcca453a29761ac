from enum import StrEnum


class LtiConsumerScoreActivityProgress(StrEnum):
    COMPLETED = "Completed"
    INITIALIZED = "Initialized"
    INPROGRESS = "InProgress"
    STARTED = "Started"
    SUBMITTED = "Submitted"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "LtiConsumerScoreActivityProgress | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
