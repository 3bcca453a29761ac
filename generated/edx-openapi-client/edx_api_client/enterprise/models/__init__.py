"""Contains all the data models used in inputs/outputs"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .bulk_license_enrollment_request import BulkLicenseEnrollmentRequest
    from .bulk_license_enrollment_response import BulkLicenseEnrollmentResponse
    from .catalog_geolocation import CatalogGeolocation
    from .catalog_image import CatalogImage
    from .catalog_image_size import CatalogImageSize
    from .catalog_in_year_value import CatalogInYearValue
    from .catalog_location_restriction import CatalogLocationRestriction
    from .catalog_organization import CatalogOrganization
    from .catalog_person import CatalogPerson
    from .catalog_person_position import CatalogPersonPosition
    from .catalog_person_profile_image import CatalogPersonProfileImage
    from .catalog_person_url_detail import CatalogPersonUrlDetail
    from .catalog_person_urls import CatalogPersonUrls
    from .catalog_product_source import CatalogProductSource
    from .catalog_related_program import CatalogRelatedProgram
    from .catalog_seat import CatalogSeat
    from .catalog_skill import CatalogSkill
    from .catalog_subject import CatalogSubject
    from .catalog_topic import CatalogTopic
    from .catalog_video import CatalogVideo
    from .course import Course
    from .course_additional_metadata import CourseAdditionalMetadata
    from .course_collaborator import CourseCollaborator
    from .course_editor import CourseEditor
    from .course_entitlement import CourseEntitlement
    from .course_prerequisite import CoursePrerequisite
    from .course_run import CourseRun
    from .course_run_availability import CourseRunAvailability
    from .course_run_content_type import CourseRunContentType
    from .course_run_expected_program_type import CourseRunExpectedProgramType
    from .course_run_pacing_type import CourseRunPacingType
    from .course_run_program_types_item import CourseRunProgramTypesItem
    from .course_run_seat_types_item import CourseRunSeatTypesItem
    from .course_run_type_type_0 import CourseRunTypeType0
    from .edx_default_pagination_envelope import EdxDefaultPaginationEnvelope
    from .enterprise_catalog import EnterpriseCatalog
    from .error_item import ErrorItem
    from .error_item_location import ErrorItemLocation
    from .error_response import ErrorResponse
    from .learner_summary_progress_status import LearnerSummaryProgressStatus
    from .learner_summary_v2 import LearnerSummaryV2
    from .learner_summary_v3 import LearnerSummaryV3
    from .license_assign_request import LicenseAssignRequest
    from .license_assign_response import LicenseAssignResponse
    from .license_assignment import LicenseAssignment
    from .license_bulk_revoke_failure import LicenseBulkRevokeFailure
    from .license_bulk_revoke_filter import LicenseBulkRevokeFilter
    from .license_bulk_revoke_filter_name import LicenseBulkRevokeFilterName
    from .license_bulk_revoke_request import LicenseBulkRevokeRequest
    from .license_bulk_revoke_result import LicenseBulkRevokeResult
    from .license_revocation import LicenseRevocation
    from .license_revocation_failure import LicenseRevocationFailure
    from .license_revocation_failure_error_response_status import (
        LicenseRevocationFailureErrorResponseStatus,
    )
    from .license_revocation_original_status import LicenseRevocationOriginalStatus
    from .license_status import LicenseStatus
    from .paginated_content_item_list import PaginatedContentItemList
    from .paginated_enterprise_catalog_list import PaginatedEnterpriseCatalogList
    from .paginated_envelope import PaginatedEnvelope
    from .paginated_learner_summary_v2_list import PaginatedLearnerSummaryV2List
    from .paginated_learner_summary_v3_list import PaginatedLearnerSummaryV3List
    from .paginated_subscription_plan_list import PaginatedSubscriptionPlanList
    from .program import Program
    from .program_banner_image import ProgramBannerImage
    from .program_content_type import ProgramContentType
    from .program_course import ProgramCourse
    from .program_credit_redemption_overview import ProgramCreditRedemptionOverview
    from .program_curriculum import ProgramCurriculum
    from .program_degree import ProgramDegree
    from .program_degree_additional_metadata import ProgramDegreeAdditionalMetadata
    from .program_degree_lead_capture_image import ProgramDegreeLeadCaptureImage
    from .program_degree_micromasters_background_image import (
        ProgramDegreeMicromastersBackgroundImage,
    )
    from .program_endorsement import ProgramEndorsement
    from .program_level_type_override import ProgramLevelTypeOverride
    from .program_taxi_form import ProgramTaxiForm
    from .program_type import ProgramType
    from .program_type_attrs import ProgramTypeAttrs
    from .subscription_license_counts import SubscriptionLicenseCounts
    from .subscription_plan import SubscriptionPlan
    from .subscription_prior_renewal import SubscriptionPriorRenewal
    from .subscription_revocations import SubscriptionRevocations

_MODULES = {
    "BulkLicenseEnrollmentRequest": ".bulk_license_enrollment_request",
    "BulkLicenseEnrollmentResponse": ".bulk_license_enrollment_response",
    "CatalogGeolocation": ".catalog_geolocation",
    "CatalogImage": ".catalog_image",
    "CatalogImageSize": ".catalog_image_size",
    "CatalogInYearValue": ".catalog_in_year_value",
    "CatalogLocationRestriction": ".catalog_location_restriction",
    "CatalogOrganization": ".catalog_organization",
    "CatalogPerson": ".catalog_person",
    "CatalogPersonPosition": ".catalog_person_position",
    "CatalogPersonProfileImage": ".catalog_person_profile_image",
    "CatalogPersonUrlDetail": ".catalog_person_url_detail",
    "CatalogPersonUrls": ".catalog_person_urls",
    "CatalogProductSource": ".catalog_product_source",
    "CatalogRelatedProgram": ".catalog_related_program",
    "CatalogSeat": ".catalog_seat",
    "CatalogSkill": ".catalog_skill",
    "CatalogSubject": ".catalog_subject",
    "CatalogTopic": ".catalog_topic",
    "CatalogVideo": ".catalog_video",
    "Course": ".course",
    "CourseAdditionalMetadata": ".course_additional_metadata",
    "CourseCollaborator": ".course_collaborator",
    "CourseEditor": ".course_editor",
    "CourseEntitlement": ".course_entitlement",
    "CoursePrerequisite": ".course_prerequisite",
    "CourseRun": ".course_run",
    "CourseRunAvailability": ".course_run_availability",
    "CourseRunContentType": ".course_run_content_type",
    "CourseRunExpectedProgramType": ".course_run_expected_program_type",
    "CourseRunPacingType": ".course_run_pacing_type",
    "CourseRunProgramTypesItem": ".course_run_program_types_item",
    "CourseRunSeatTypesItem": ".course_run_seat_types_item",
    "CourseRunTypeType0": ".course_run_type_type_0",
    "EdxDefaultPaginationEnvelope": ".edx_default_pagination_envelope",
    "EnterpriseCatalog": ".enterprise_catalog",
    "ErrorItem": ".error_item",
    "ErrorItemLocation": ".error_item_location",
    "ErrorResponse": ".error_response",
    "LearnerSummaryProgressStatus": ".learner_summary_progress_status",
    "LearnerSummaryV2": ".learner_summary_v2",
    "LearnerSummaryV3": ".learner_summary_v3",
    "LicenseAssignRequest": ".license_assign_request",
    "LicenseAssignResponse": ".license_assign_response",
    "LicenseAssignment": ".license_assignment",
    "LicenseBulkRevokeFailure": ".license_bulk_revoke_failure",
    "LicenseBulkRevokeFilter": ".license_bulk_revoke_filter",
    "LicenseBulkRevokeFilterName": ".license_bulk_revoke_filter_name",
    "LicenseBulkRevokeRequest": ".license_bulk_revoke_request",
    "LicenseBulkRevokeResult": ".license_bulk_revoke_result",
    "LicenseRevocation": ".license_revocation",
    "LicenseRevocationFailure": ".license_revocation_failure",
    "LicenseRevocationFailureErrorResponseStatus": ".license_revocation_failure_error_response_status",
    "LicenseRevocationOriginalStatus": ".license_revocation_original_status",
    "LicenseStatus": ".license_status",
    "PaginatedContentItemList": ".paginated_content_item_list",
    "PaginatedEnterpriseCatalogList": ".paginated_enterprise_catalog_list",
    "PaginatedEnvelope": ".paginated_envelope",
    "PaginatedLearnerSummaryV2List": ".paginated_learner_summary_v2_list",
    "PaginatedLearnerSummaryV3List": ".paginated_learner_summary_v3_list",
    "PaginatedSubscriptionPlanList": ".paginated_subscription_plan_list",
    "Program": ".program",
    "ProgramBannerImage": ".program_banner_image",
    "ProgramContentType": ".program_content_type",
    "ProgramCourse": ".program_course",
    "ProgramCreditRedemptionOverview": ".program_credit_redemption_overview",
    "ProgramCurriculum": ".program_curriculum",
    "ProgramDegree": ".program_degree",
    "ProgramDegreeAdditionalMetadata": ".program_degree_additional_metadata",
    "ProgramDegreeLeadCaptureImage": ".program_degree_lead_capture_image",
    "ProgramDegreeMicromastersBackgroundImage": ".program_degree_micromasters_background_image",
    "ProgramEndorsement": ".program_endorsement",
    "ProgramLevelTypeOverride": ".program_level_type_override",
    "ProgramTaxiForm": ".program_taxi_form",
    "ProgramType": ".program_type",
    "ProgramTypeAttrs": ".program_type_attrs",
    "SubscriptionLicenseCounts": ".subscription_license_counts",
    "SubscriptionPlan": ".subscription_plan",
    "SubscriptionPriorRenewal": ".subscription_prior_renewal",
    "SubscriptionRevocations": ".subscription_revocations",
}

__all__ = (
    "BulkLicenseEnrollmentRequest",
    "BulkLicenseEnrollmentResponse",
    "CatalogGeolocation",
    "CatalogImage",
    "CatalogImageSize",
    "CatalogInYearValue",
    "CatalogLocationRestriction",
    "CatalogOrganization",
    "CatalogPerson",
    "CatalogPersonPosition",
    "CatalogPersonProfileImage",
    "CatalogPersonUrlDetail",
    "CatalogPersonUrls",
    "CatalogProductSource",
    "CatalogRelatedProgram",
    "CatalogSeat",
    "CatalogSkill",
    "CatalogSubject",
    "CatalogTopic",
    "CatalogVideo",
    "Course",
    "CourseAdditionalMetadata",
    "CourseCollaborator",
    "CourseEditor",
    "CourseEntitlement",
    "CoursePrerequisite",
    "CourseRun",
    "CourseRunAvailability",
    "CourseRunContentType",
    "CourseRunExpectedProgramType",
    "CourseRunPacingType",
    "CourseRunProgramTypesItem",
    "CourseRunSeatTypesItem",
    "CourseRunTypeType0",
    "EdxDefaultPaginationEnvelope",
    "EnterpriseCatalog",
    "ErrorItem",
    "ErrorItemLocation",
    "ErrorResponse",
    "LearnerSummaryProgressStatus",
    "LearnerSummaryV2",
    "LearnerSummaryV3",
    "LicenseAssignRequest",
    "LicenseAssignResponse",
    "LicenseAssignment",
    "LicenseBulkRevokeFailure",
    "LicenseBulkRevokeFilter",
    "LicenseBulkRevokeFilterName",
    "LicenseBulkRevokeRequest",
    "LicenseBulkRevokeResult",
    "LicenseRevocation",
    "LicenseRevocationFailure",
    "LicenseRevocationFailureErrorResponseStatus",
    "LicenseRevocationOriginalStatus",
    "LicenseStatus",
    "PaginatedContentItemList",
    "PaginatedEnterpriseCatalogList",
    "PaginatedEnvelope",
    "PaginatedLearnerSummaryV2List",
    "PaginatedLearnerSummaryV3List",
    "PaginatedSubscriptionPlanList",
    "Program",
    "ProgramBannerImage",
    "ProgramContentType",
    "ProgramCourse",
    "ProgramCreditRedemptionOverview",
    "ProgramCurriculum",
    "ProgramDegree",
    "ProgramDegreeAdditionalMetadata",
    "ProgramDegreeLeadCaptureImage",
    "ProgramDegreeMicromastersBackgroundImage",
    "ProgramEndorsement",
    "ProgramLevelTypeOverride",
    "ProgramTaxiForm",
    "ProgramType",
    "ProgramTypeAttrs",
    "SubscriptionLicenseCounts",
    "SubscriptionPlan",
    "SubscriptionPriorRenewal",
    "SubscriptionRevocations",
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
