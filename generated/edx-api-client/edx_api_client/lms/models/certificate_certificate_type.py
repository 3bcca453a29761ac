from enum import StrEnum


class CertificateCertificateType(StrEnum):
    HONOR = "honor"
    PROFESSIONAL = "professional"
    VERIFIED = "verified"

    def __str__(self) -> str:
        return str(self.value)
