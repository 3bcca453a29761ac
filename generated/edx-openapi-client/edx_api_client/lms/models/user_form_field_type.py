from enum import StrEnum


class UserFormFieldType(StrEnum):
    CHECKBOX = "checkbox"
    EMAIL = "email"
    HIDDEN = "hidden"
    PASSWORD = "password"
    PLAINTEXT = "plaintext"
    SELECT = "select"
    TEXT = "text"
    TEXTAREA = "textarea"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "UserFormFieldType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
