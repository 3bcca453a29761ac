from enum import StrEnum


class XblockXblocksRetrieveIncludeItem(StrEnum):
    CHILDREN = "children"
    EDITABLE_CHILDREN = "editable_children"
    INDEX_DICTIONARY = "index_dictionary"
    STUDENT_VIEW_DATA = "student_view_data"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "XblockXblocksRetrieveIncludeItem | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
