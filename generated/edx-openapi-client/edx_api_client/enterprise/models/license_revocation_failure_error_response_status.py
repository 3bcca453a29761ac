from enum import IntEnum


class LicenseRevocationFailureErrorResponseStatus(IntEnum):
    VALUE_400 = 400
    VALUE_404 = 404
    VALUE_500 = 500

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "LicenseRevocationFailureErrorResponseStatus | None":
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"VALUE_{value}"
        member._value_ = value
        return member
