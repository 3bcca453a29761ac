from enum import StrEnum


class CoursesBlockMetadataV1RetrieveIncludeItem(StrEnum):
    INDEX_DICTIONARY = "index_dictionary"

    def __str__(self) -> str:
        return str(self.value)
