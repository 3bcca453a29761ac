from enum import StrEnum


class BulkEnrollRequestAction(StrEnum):
    ENROLL = "enroll"
    UNENROLL = "unenroll"

    def __str__(self) -> str:
        return str(self.value)
