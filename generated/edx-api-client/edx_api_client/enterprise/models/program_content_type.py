from enum import StrEnum


class ProgramContentType(StrEnum):
    PROGRAM = "program"

    def __str__(self) -> str:
        return str(self.value)
