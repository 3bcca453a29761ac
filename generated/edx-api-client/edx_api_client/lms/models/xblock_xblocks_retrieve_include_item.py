from enum import StrEnum


class XblockXblocksRetrieveIncludeItem(StrEnum):
    INDEX_DICTIONARY = "index_dictionary"
    STUDENT_VIEW_DATA = "student_view_data"

    def __str__(self) -> str:
        return str(self.value)
