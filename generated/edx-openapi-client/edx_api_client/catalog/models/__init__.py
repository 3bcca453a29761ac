"""Contains all the data models used in inputs/outputs"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .catalog import Catalog
    from .catalog_course import CatalogCourse
    from .catalog_course_run import CatalogCourseRun
    from .catalog_course_run_pacing_type_type_1 import CatalogCourseRunPacingTypeType1
    from .catalog_course_run_pacing_type_type_2_type_1 import (
        CatalogCourseRunPacingTypeType2Type1,
    )
    from .catalog_course_run_pacing_type_type_3_type_1 import (
        CatalogCourseRunPacingTypeType3Type1,
    )
    from .catalog_image import CatalogImage
    from .catalog_organization import CatalogOrganization
    from .catalog_person import CatalogPerson
    from .catalog_prerequisite import CatalogPrerequisite
    from .catalog_seat import CatalogSeat
    from .catalog_seat_currency import CatalogSeatCurrency
    from .catalog_seat_type import CatalogSeatType
    from .catalog_subject import CatalogSubject
    from .catalog_video import CatalogVideo
    from .edx_default_pagination_envelope import EdxDefaultPaginationEnvelope
    from .error_item import ErrorItem
    from .error_item_location import ErrorItemLocation
    from .error_response import ErrorResponse
    from .paginated_catalog_course_list import PaginatedCatalogCourseList
    from .paginated_catalog_list import PaginatedCatalogList
    from .paginated_envelope import PaginatedEnvelope

_MODULES = {
    "Catalog": ".catalog",
    "CatalogCourse": ".catalog_course",
    "CatalogCourseRun": ".catalog_course_run",
    "CatalogCourseRunPacingTypeType1": ".catalog_course_run_pacing_type_type_1",
    "CatalogCourseRunPacingTypeType2Type1": ".catalog_course_run_pacing_type_type_2_type_1",
    "CatalogCourseRunPacingTypeType3Type1": ".catalog_course_run_pacing_type_type_3_type_1",
    "CatalogImage": ".catalog_image",
    "CatalogOrganization": ".catalog_organization",
    "CatalogPerson": ".catalog_person",
    "CatalogPrerequisite": ".catalog_prerequisite",
    "CatalogSeat": ".catalog_seat",
    "CatalogSeatCurrency": ".catalog_seat_currency",
    "CatalogSeatType": ".catalog_seat_type",
    "CatalogSubject": ".catalog_subject",
    "CatalogVideo": ".catalog_video",
    "EdxDefaultPaginationEnvelope": ".edx_default_pagination_envelope",
    "ErrorItem": ".error_item",
    "ErrorItemLocation": ".error_item_location",
    "ErrorResponse": ".error_response",
    "PaginatedCatalogCourseList": ".paginated_catalog_course_list",
    "PaginatedCatalogList": ".paginated_catalog_list",
    "PaginatedEnvelope": ".paginated_envelope",
}

__all__ = (
    "Catalog",
    "CatalogCourse",
    "CatalogCourseRun",
    "CatalogCourseRunPacingTypeType1",
    "CatalogCourseRunPacingTypeType2Type1",
    "CatalogCourseRunPacingTypeType3Type1",
    "CatalogImage",
    "CatalogOrganization",
    "CatalogPerson",
    "CatalogPrerequisite",
    "CatalogSeat",
    "CatalogSeatCurrency",
    "CatalogSeatType",
    "CatalogSubject",
    "CatalogVideo",
    "EdxDefaultPaginationEnvelope",
    "ErrorItem",
    "ErrorItemLocation",
    "ErrorResponse",
    "PaginatedCatalogCourseList",
    "PaginatedCatalogList",
    "PaginatedEnvelope",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])
