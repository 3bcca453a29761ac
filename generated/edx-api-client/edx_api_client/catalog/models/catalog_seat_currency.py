from enum import StrEnum


class CatalogSeatCurrency(StrEnum):
    USD = "USD"

    def __str__(self) -> str:
        return str(self.value)
