from enum import StrEnum


class CoursesBlockMetadataV2RetrieveIncludeItem(StrEnum):
    INDEX_DICTIONARY = "index_dictionary"

    def __str__(self) -> str:
        return str(self.value)
