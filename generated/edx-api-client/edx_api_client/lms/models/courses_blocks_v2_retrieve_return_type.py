from enum import StrEnum


class CoursesBlocksV2RetrieveReturnType(StrEnum):
    DICT = "dict"
    LIST = "list"

    def __str__(self) -> str:
        return str(self.value)
