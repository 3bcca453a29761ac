from enum import StrEnum


class ValVideoTranscriptCreateRequestProvider(StrEnum):
    CIELO24 = "Cielo24"
    CUSTOM = "Custom"
    EDX_AI_TRANSLATIONS = "edx_ai_translations"
    VALUE_1 = "3PlayMedia"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "ValVideoTranscriptCreateRequestProvider | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
