"""Contains all the data models used in inputs/outputs"""

from .catalog import Catalog
from .catalog_course import CatalogCourse
from .catalog_course_run import CatalogCourseRun
from .catalog_course_run_pacing_type import CatalogCourseRunPacingType
from .catalog_image import CatalogImage
from .catalog_organization import CatalogOrganization
from .catalog_person import CatalogPerson
from .catalog_prerequisite import CatalogPrerequisite
from .catalog_seat import CatalogSeat
from .catalog_seat_currency import CatalogSeatCurrency
from .catalog_seat_type import CatalogSeatType
from .catalog_subject import CatalogSubject
from .catalog_video import CatalogVideo
from .error_item import ErrorItem
from .error_item_location import ErrorItemLocation
from .error_response import ErrorResponse
from .paginated_catalog_course_list import PaginatedCatalogCourseList
from .paginated_catalog_list import PaginatedCatalogList
from .paginated_envelope import PaginatedEnvelope

__all__ = (
    "Catalog",
    "CatalogCourse",
    "CatalogCourseRun",
    "CatalogCourseRunPacingType",
    "CatalogImage",
    "CatalogOrganization",
    "CatalogPerson",
    "CatalogPrerequisite",
    "CatalogSeat",
    "CatalogSeatCurrency",
    "CatalogSeatType",
    "CatalogSubject",
    "CatalogVideo",
    "ErrorItem",
    "ErrorItemLocation",
    "ErrorResponse",
    "PaginatedCatalogCourseList",
    "PaginatedCatalogList",
    "PaginatedEnvelope",
)
