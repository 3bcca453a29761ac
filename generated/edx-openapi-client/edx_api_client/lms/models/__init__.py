"""Contains all the data models used in inputs/outputs"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .agreements_integrity_signature import AgreementsIntegritySignature
    from .bookmark import Bookmark
    from .bookmark_create_request import BookmarkCreateRequest
    from .bookmark_path_item import BookmarkPathItem
    from .bulk_enroll_course_results import BulkEnrollCourseResults
    from .bulk_enroll_course_results_action import BulkEnrollCourseResultsAction
    from .bulk_enroll_request import BulkEnrollRequest
    from .bulk_enroll_request_action import BulkEnrollRequestAction
    from .bulk_enroll_response import BulkEnrollResponse
    from .bulk_enroll_response_action import BulkEnrollResponseAction
    from .bulk_enroll_response_courses import BulkEnrollResponseCourses
    from .bulk_enroll_result import BulkEnrollResult
    from .bulk_enroll_state import BulkEnrollState
    from .ccx_course import CcxCourse
    from .certificate import Certificate
    from .certificate_certificate_type import CertificateCertificateType
    from .change_email_settings_form import ChangeEmailSettingsForm
    from .change_email_settings_request import ChangeEmailSettingsRequest
    from .change_email_settings_result import ChangeEmailSettingsResult
    from .cohort import Cohort
    from .cohort_added_user import CohortAddedUser
    from .cohort_assignment_type import CohortAssignmentType
    from .cohort_create_request import CohortCreateRequest
    from .cohort_create_request_assignment_type import CohortCreateRequestAssignmentType
    from .cohort_moved_user import CohortMovedUser
    from .cohort_settings import CohortSettings
    from .cohort_settings_update_request import CohortSettingsUpdateRequest
    from .cohort_update_request import CohortUpdateRequest
    from .cohort_update_request_assignment_type import CohortUpdateRequestAssignmentType
    from .cohort_user import CohortUser
    from .cohort_users_add_request import CohortUsersAddRequest
    from .cohort_users_add_result import CohortUsersAddResult
    from .cohorts_assignments_upload import CohortsAssignmentsUpload
    from .commerce_basket_request import CommerceBasketRequest
    from .commerce_basket_result import CommerceBasketResult
    from .commerce_course import CommerceCourse
    from .commerce_course_mode import CommerceCourseMode
    from .commerce_detail import CommerceDetail
    from .commerce_order import CommerceOrder
    from .commerce_order_basket_discounts_item import CommerceOrderBasketDiscountsItem
    from .commerce_order_billing_address import CommerceOrderBillingAddress
    from .commerce_order_line import CommerceOrderLine
    from .commerce_order_line_product import CommerceOrderLineProduct
    from .commerce_order_user import CommerceOrderUser
    from .commerce_order_vouchers_type_0_item import CommerceOrderVouchersType0Item
    from .completion_batch_request import CompletionBatchRequest
    from .completion_batch_response import CompletionBatchResponse
    from .completion_block_values import CompletionBlockValues
    from .completion_subsection_completion import CompletionSubsectionCompletion
    from .course_experience_course_deadlines_info import (
        CourseExperienceCourseDeadlinesInfo,
    )
    from .course_experience_dates_banner_info import CourseExperienceDatesBannerInfo
    from .course_experience_reset_course_deadlines_request import (
        CourseExperienceResetCourseDeadlinesRequest,
    )
    from .course_experience_reset_course_deadlines_response import (
        CourseExperienceResetCourseDeadlinesResponse,
    )
    from .course_home_access_expiration import CourseHomeAccessExpiration
    from .course_home_assignment_policy import CourseHomeAssignmentPolicy
    from .course_home_cert_data import CourseHomeCertData
    from .course_home_completion_summary import CourseHomeCompletionSummary
    from .course_home_course_goal_save_request import CourseHomeCourseGoalSaveRequest
    from .course_home_course_goal_saved import CourseHomeCourseGoalSaved
    from .course_home_course_goals import CourseHomeCourseGoals
    from .course_home_course_grade import CourseHomeCourseGrade
    from .course_home_course_metadata import CourseHomeCourseMetadata
    from .course_home_course_metadata_celebrations import (
        CourseHomeCourseMetadataCelebrations,
    )
    from .course_home_course_metadata_course_access import (
        CourseHomeCourseMetadataCourseAccess,
    )
    from .course_home_course_tool import CourseHomeCourseTool
    from .course_home_credit_course_requirements import (
        CourseHomeCreditCourseRequirements,
    )
    from .course_home_credit_course_requirements_eligibility_status import (
        CourseHomeCreditCourseRequirementsEligibilityStatus,
    )
    from .course_home_date_block import CourseHomeDateBlock
    from .course_home_dates import CourseHomeDates
    from .course_home_dates_banner_info import CourseHomeDatesBannerInfo
    from .course_home_dates_widget import CourseHomeDatesWidget
    from .course_home_enroll_alert import CourseHomeEnrollAlert
    from .course_home_goal_unsubscribe_response import CourseHomeGoalUnsubscribeResponse
    from .course_home_grade_override import CourseHomeGradeOverride
    from .course_home_grade_override_system import CourseHomeGradeOverrideSystem
    from .course_home_grading_policy import CourseHomeGradingPolicy
    from .course_home_grading_policy_grade_range import (
        CourseHomeGradingPolicyGradeRange,
    )
    from .course_home_message import CourseHomeMessage
    from .course_home_offer import CourseHomeOffer
    from .course_home_outline import CourseHomeOutline
    from .course_home_outline_block import CourseHomeOutlineBlock
    from .course_home_outline_course_blocks import CourseHomeOutlineCourseBlocks
    from .course_home_problem_score import CourseHomeProblemScore
    from .course_home_progress import CourseHomeProgress
    from .course_home_resume_course import CourseHomeResumeCourse
    from .course_home_section_score import CourseHomeSectionScore
    from .course_home_selected_goal import CourseHomeSelectedGoal
    from .course_home_subsection_score import CourseHomeSubsectionScore
    from .course_home_subsection_score_show_correctness import (
        CourseHomeSubsectionScoreShowCorrectness,
    )
    from .course_home_tab import CourseHomeTab
    from .course_home_verification_data import CourseHomeVerificationData
    from .course_home_verified_mode import CourseHomeVerifiedMode
    from .course_home_welcome_message_dismiss_request import (
        CourseHomeWelcomeMessageDismissRequest,
    )
    from .course_live_configuration import CourseLiveConfiguration
    from .course_live_iframe import CourseLiveIframe
    from .course_live_lti_configuration import CourseLiveLtiConfiguration
    from .course_live_lti_configuration_lti_config import (
        CourseLiveLtiConfigurationLtiConfig,
    )
    from .course_live_lti_configuration_version import CourseLiveLtiConfigurationVersion
    from .course_live_provider import CourseLiveProvider
    from .course_live_provider_pii_sharing import CourseLiveProviderPiiSharing
    from .course_live_providers import CourseLiveProviders
    from .course_live_providers_providers import CourseLiveProvidersProviders
    from .course_live_providers_providers_available import (
        CourseLiveProvidersProvidersAvailable,
    )
    from .course_mode import CourseMode
    from .course_mode_patch import CourseModePatch
    from .course_mode_record import CourseModeRecord
    from .courses_banner_image import CoursesBannerImage
    from .courses_block import CoursesBlock
    from .courses_block_block_counts import CoursesBlockBlockCounts
    from .courses_block_metadata import CoursesBlockMetadata
    from .courses_block_metadata_index_dictionary import (
        CoursesBlockMetadataIndexDictionary,
    )
    from .courses_block_metadata_v1_retrieve_include_item import (
        CoursesBlockMetadataV1RetrieveIncludeItem,
    )
    from .courses_block_metadata_v2_retrieve_include_item import (
        CoursesBlockMetadataV2RetrieveIncludeItem,
    )
    from .courses_block_student_view_data import CoursesBlockStudentViewData
    from .courses_block_tree import CoursesBlockTree
    from .courses_block_tree_blocks_type_0 import CoursesBlockTreeBlocksType0
    from .courses_blocks_v1_list_return_type import CoursesBlocksV1ListReturnType
    from .courses_blocks_v1_retrieve_return_type import (
        CoursesBlocksV1RetrieveReturnType,
    )
    from .courses_blocks_v2_list_return_type import CoursesBlocksV2ListReturnType
    from .courses_blocks_v2_retrieve_return_type import (
        CoursesBlocksV2RetrieveReturnType,
    )
    from .courses_course import CoursesCourse
    from .courses_course_detail import CoursesCourseDetail
    from .courses_course_detail_pacing import CoursesCourseDetailPacing
    from .courses_course_detail_start_type import CoursesCourseDetailStartType
    from .courses_course_id_page import CoursesCourseIdPage
    from .courses_course_ids_list_role import CoursesCourseIdsListRole
    from .courses_course_image import CoursesCourseImage
    from .courses_course_pacing import CoursesCoursePacing
    from .courses_course_page import CoursesCoursePage
    from .courses_course_start_type import CoursesCourseStartType
    from .courses_course_video import CoursesCourseVideo
    from .courses_image import CoursesImage
    from .courses_media import CoursesMedia
    from .courses_pagination import CoursesPagination
    from .courseware_access_expiration import CoursewareAccessExpiration
    from .courseware_celebration_update import CoursewareCelebrationUpdate
    from .courseware_celebrations import CoursewareCelebrations
    from .courseware_course import CoursewareCourse
    from .courseware_course_certificate_data_type_0 import (
        CoursewareCourseCertificateDataType0,
    )
    from .courseware_course_goals import CoursewareCourseGoals
    from .courseware_course_image import CoursewareCourseImage
    from .courseware_course_pacing import CoursewareCoursePacing
    from .courseware_course_start_type import CoursewareCourseStartType
    from .courseware_course_video import CoursewareCourseVideo
    from .courseware_enrollment import CoursewareEnrollment
    from .courseware_entrance_exam_data import CoursewareEntranceExamData
    from .courseware_image_urls import CoursewareImageUrls
    from .courseware_media import CoursewareMedia
    from .courseware_notes import CoursewareNotes
    from .courseware_offer import CoursewareOffer
    from .courseware_prerequisite_course import CoursewarePrerequisiteCourse
    from .courseware_program_progress import CoursewareProgramProgress
    from .courseware_related_program import CoursewareRelatedProgram
    from .courseware_resume import CoursewareResume
    from .courseware_selected_goal import CoursewareSelectedGoal
    from .courseware_sequence_gated_content import CoursewareSequenceGatedContent
    from .courseware_sequence_metadata import CoursewareSequenceMetadata
    from .courseware_sequence_unit import CoursewareSequenceUnit
    from .courseware_single_paid_mode import CoursewareSinglePaidMode
    from .credit_course import CreditCourse
    from .credit_eligibility import CreditEligibility
    from .credit_provider import CreditProvider
    from .credit_provider_callback_request import CreditProviderCallbackRequest
    from .credit_request_create_request import CreditRequestCreateRequest
    from .credit_request_description import CreditRequestDescription
    from .credit_request_description_method import CreditRequestDescriptionMethod
    from .credit_request_parameters import CreditRequestParameters
    from .dashboard_pathway import DashboardPathway
    from .dashboard_program import DashboardProgram
    from .dashboard_program_banner_image import DashboardProgramBannerImage
    from .dashboard_program_course import DashboardProgramCourse
    from .dashboard_program_image import DashboardProgramImage
    from .dashboard_program_organization import DashboardProgramOrganization
    from .dashboard_program_progress import DashboardProgramProgress
    from .dashboard_program_progress_details import DashboardProgramProgressDetails
    from .dashboard_program_progress_details_certificate_data_item import (
        DashboardProgramProgressDetailsCertificateDataItem,
    )
    from .dashboard_program_progress_details_course_data import (
        DashboardProgramProgressDetailsCourseData,
    )
    from .dashboard_program_progress_details_program_data import (
        DashboardProgramProgressDetailsProgramData,
    )
    from .dashboard_program_urls import DashboardProgramUrls
    from .discounts_course_user_discount import DiscountsCourseUserDiscount
    from .discussion_blackout import DiscussionBlackout
    from .discussion_captcha_settings import DiscussionCaptchaSettings
    from .discussion_comment import DiscussionComment
    from .discussion_comment_create_request import DiscussionCommentCreateRequest
    from .discussion_comment_merge_patch import DiscussionCommentMergePatch
    from .discussion_course import DiscussionCourse
    from .discussion_course_settings import DiscussionCourseSettings
    from .discussion_course_settings_merge_patch import (
        DiscussionCourseSettingsMergePatch,
    )
    from .discussion_course_topics_v2_list_order_by import (
        DiscussionCourseTopicsV2ListOrderBy,
    )
    from .discussion_courses_activity_stats_retrieve_order_by import (
        DiscussionCoursesActivityStatsRetrieveOrderBy,
    )
    from .discussion_courses_learner_retrieve_order_by import (
        DiscussionCoursesLearnerRetrieveOrderBy,
    )
    from .discussion_courses_learner_retrieve_status import (
        DiscussionCoursesLearnerRetrieveStatus,
    )
    from .discussion_courses_learner_retrieve_thread_type import (
        DiscussionCoursesLearnerRetrieveThreadType,
    )
    from .discussion_file_upload import DiscussionFileUpload
    from .discussion_last_edit import DiscussionLastEdit
    from .discussion_page_envelope import DiscussionPageEnvelope
    from .discussion_paginated_comment_list import DiscussionPaginatedCommentList
    from .discussion_paginated_thread_list import DiscussionPaginatedThreadList
    from .discussion_paginated_user_stats_list import DiscussionPaginatedUserStatsList
    from .discussion_pagination import DiscussionPagination
    from .discussion_profile_image import DiscussionProfileImage
    from .discussion_reason import DiscussionReason
    from .discussion_replace_usernames_request import DiscussionReplaceUsernamesRequest
    from .discussion_replace_usernames_request_username_mappings_item import (
        DiscussionReplaceUsernamesRequestUsernameMappingsItem,
    )
    from .discussion_replace_usernames_response import (
        DiscussionReplaceUsernamesResponse,
    )
    from .discussion_replace_usernames_response_failed_replacements_item import (
        DiscussionReplaceUsernamesResponseFailedReplacementsItem,
    )
    from .discussion_replace_usernames_response_successful_replacements_item import (
        DiscussionReplaceUsernamesResponseSuccessfulReplacementsItem,
    )
    from .discussion_retire_forum_request import DiscussionRetireForumRequest
    from .discussion_role_label import DiscussionRoleLabel
    from .discussion_role_member import DiscussionRoleMember
    from .discussion_role_members import DiscussionRoleMembers
    from .discussion_role_update_request import DiscussionRoleUpdateRequest
    from .discussion_role_update_request_action import DiscussionRoleUpdateRequestAction
    from .discussion_thread import DiscussionThread
    from .discussion_thread_create_request import DiscussionThreadCreateRequest
    from .discussion_thread_create_request_type import DiscussionThreadCreateRequestType
    from .discussion_thread_merge_patch import DiscussionThreadMergePatch
    from .discussion_thread_merge_patch_type import DiscussionThreadMergePatchType
    from .discussion_thread_type import DiscussionThreadType
    from .discussion_threads_list_order_by import DiscussionThreadsListOrderBy
    from .discussion_threads_list_order_direction import (
        DiscussionThreadsListOrderDirection,
    )
    from .discussion_threads_list_thread_type import DiscussionThreadsListThreadType
    from .discussion_threads_list_view import DiscussionThreadsListView
    from .discussion_topic_list_v1 import DiscussionTopicListV1
    from .discussion_topic_v1 import DiscussionTopicV1
    from .discussion_topic_v1_thread_counts_type_0 import (
        DiscussionTopicV1ThreadCountsType0,
    )
    from .discussion_topic_v2 import DiscussionTopicV2
    from .discussion_topic_v2_thread_counts import DiscussionTopicV2ThreadCounts
    from .discussion_topic_v3_entry import DiscussionTopicV3Entry
    from .discussion_topic_v3_entry_children_item import (
        DiscussionTopicV3EntryChildrenItem,
    )
    from .discussion_topic_v3_entry_thread_counts import (
        DiscussionTopicV3EntryThreadCounts,
    )
    from .discussion_uploaded_file import DiscussionUploadedFile
    from .discussion_user_profiles import DiscussionUserProfiles
    from .discussion_user_profiles_additional_property import (
        DiscussionUserProfilesAdditionalProperty,
    )
    from .discussion_user_profiles_additional_property_profile import (
        DiscussionUserProfilesAdditionalPropertyProfile,
    )
    from .discussion_user_stats import DiscussionUserStats
    from .edx_default_pagination_envelope import EdxDefaultPaginationEnvelope
    from .edx_proctoring_active_exam import EdxProctoringActiveExam
    from .edx_proctoring_allowance import EdxProctoringAllowance
    from .edx_proctoring_allowance_delete import EdxProctoringAllowanceDelete
    from .edx_proctoring_allowance_write import EdxProctoringAllowanceWrite
    from .edx_proctoring_attempt import EdxProctoringAttempt
    from .edx_proctoring_attempt_action import EdxProctoringAttemptAction
    from .edx_proctoring_attempt_action_action import EdxProctoringAttemptActionAction
    from .edx_proctoring_attempt_action_result import EdxProctoringAttemptActionResult
    from .edx_proctoring_attempt_create import EdxProctoringAttemptCreate
    from .edx_proctoring_attempt_data import EdxProctoringAttemptData
    from .edx_proctoring_attempt_detail import EdxProctoringAttemptDetail
    from .edx_proctoring_attempt_id import EdxProctoringAttemptId
    from .edx_proctoring_attempt_ready_callback_create_response_200 import (
        EdxProctoringAttemptReadyCallbackCreateResponse200,
    )
    from .edx_proctoring_attempt_reviewed_callback_create_response_200 import (
        EdxProctoringAttemptReviewedCallbackCreateResponse200,
    )
    from .edx_proctoring_attempt_status import EdxProctoringAttemptStatus
    from .edx_proctoring_backend_retirement import EdxProctoringBackendRetirement
    from .edx_proctoring_bulk_allowance_pair import EdxProctoringBulkAllowancePair
    from .edx_proctoring_bulk_allowance_write import EdxProctoringBulkAllowanceWrite
    from .edx_proctoring_course_allowances_grouped_list_response_200 import (
        EdxProctoringCourseAllowancesGroupedListResponse200,
    )
    from .edx_proctoring_course_exam_attempt import EdxProctoringCourseExamAttempt
    from .edx_proctoring_empty import EdxProctoringEmpty
    from .edx_proctoring_exam import EdxProctoringExam
    from .edx_proctoring_exam_create import EdxProctoringExamCreate
    from .edx_proctoring_exam_id import EdxProctoringExamId
    from .edx_proctoring_exam_registration import EdxProctoringExamRegistration
    from .edx_proctoring_exam_settings import EdxProctoringExamSettings
    from .edx_proctoring_exam_settings_exam_proctoring_backend import (
        EdxProctoringExamSettingsExamProctoringBackend,
    )
    from .edx_proctoring_exam_settings_link_urls_type_0 import (
        EdxProctoringExamSettingsLinkUrlsType0,
    )
    from .edx_proctoring_exam_update import EdxProctoringExamUpdate
    from .edx_proctoring_field_error import EdxProctoringFieldError
    from .edx_proctoring_field_errors import EdxProctoringFieldErrors
    from .edx_proctoring_grouped_attempt import EdxProctoringGroupedAttempt
    from .edx_proctoring_grouped_attempts_page import EdxProctoringGroupedAttemptsPage
    from .edx_proctoring_grouped_attempts_page_pagination_info import (
        EdxProctoringGroupedAttemptsPagePaginationInfo,
    )
    from .edx_proctoring_learner_exam import EdxProctoringLearnerExam
    from .edx_proctoring_learner_exam_prerequisite_status import (
        EdxProctoringLearnerExamPrerequisiteStatus,
    )
    from .edx_proctoring_learner_exam_type import EdxProctoringLearnerExamType
    from .edx_proctoring_learner_onboarding import EdxProctoringLearnerOnboarding
    from .edx_proctoring_no_timed_exam import EdxProctoringNoTimedExam
    from .edx_proctoring_onboarding_dashboard_status import (
        EdxProctoringOnboardingDashboardStatus,
    )
    from .edx_proctoring_onboarding_status import EdxProctoringOnboardingStatus
    from .edx_proctoring_onboarding_status_page import EdxProctoringOnboardingStatusPage
    from .edx_proctoring_review import EdxProctoringReview
    from .edx_proctoring_review_callback_create_response_200 import (
        EdxProctoringReviewCallbackCreateResponse200,
    )
    from .edx_proctoring_review_comment import EdxProctoringReviewComment
    from .edx_proctoring_review_payload import EdxProctoringReviewPayload
    from .edx_proctoring_review_policy import EdxProctoringReviewPolicy
    from .edx_proctoring_review_status import EdxProctoringReviewStatus
    from .edx_proctoring_software_secure_comment import (
        EdxProctoringSoftwareSecureComment,
    )
    from .edx_proctoring_software_secure_review import EdxProctoringSoftwareSecureReview
    from .edx_proctoring_software_secure_review_exam_meta_data import (
        EdxProctoringSoftwareSecureReviewExamMetaData,
    )
    from .edx_proctoring_software_secure_review_review_status import (
        EdxProctoringSoftwareSecureReviewReviewStatus,
    )
    from .edx_proctoring_user import EdxProctoringUser
    from .edxnotes_retire_user_request import EdxnotesRetireUserRequest
    from .embargo_course_access import EmbargoCourseAccess
    from .enrollment_attribute import EnrollmentAttribute
    from .enrollment_course_details import EnrollmentCourseDetails
    from .enrollment_course_details_pacing_type import EnrollmentCourseDetailsPacingType
    from .enrollment_course_mode import EnrollmentCourseMode
    from .enrollment_create_request import EnrollmentCreateRequest
    from .enrollment_create_request_course_details import (
        EnrollmentCreateRequestCourseDetails,
    )
    from .enrollment_cursor_page import EnrollmentCursorPage
    from .enrollment_error_message import EnrollmentErrorMessage
    from .enrollment_record import EnrollmentRecord
    from .enrollment_role import EnrollmentRole
    from .enrollment_roles import EnrollmentRoles
    from .enrollment_unenroll_request import EnrollmentUnenrollRequest
    from .enrollment_user_enrollment import EnrollmentUserEnrollment
    from .entitlement import Entitlement
    from .entitlement_enrollment_request import EntitlementEnrollmentRequest
    from .entitlement_enrollment_result import EntitlementEnrollmentResult
    from .error_item import ErrorItem
    from .error_item_location import ErrorItemLocation
    from .error_response import ErrorResponse
    from .experiment_data import ExperimentData
    from .experiment_data_create import ExperimentDataCreate
    from .experiment_data_patch import ExperimentDataPatch
    from .experiment_key_value import ExperimentKeyValue
    from .experiment_key_value_patch import ExperimentKeyValuePatch
    from .experiments_rev_934_upsell import ExperimentsRev934Upsell
    from .experiments_user_metadata import ExperimentsUserMetadata
    from .experiments_user_metadata_course_key_fields import (
        ExperimentsUserMetadataCourseKeyFields,
    )
    from .experiments_user_metadata_pacing_type import ExperimentsUserMetadataPacingType
    from .experiments_user_metadata_partition_groups import (
        ExperimentsUserMetadataPartitionGroups,
    )
    from .experiments_user_metadata_program import ExperimentsUserMetadataProgram
    from .grades_assignment_type_policy import GradesAssignmentTypePolicy
    from .grades_course_grade import GradesCourseGrade
    from .grades_course_grade_page import GradesCourseGradePage
    from .grades_course_grade_status import GradesCourseGradeStatus
    from .grades_grade_override_request import GradesGradeOverrideRequest
    from .grades_gradebook_entry import GradesGradebookEntry
    from .grades_gradebook_page import GradesGradebookPage
    from .grades_gradebook_subsection_grade import GradesGradebookSubsectionGrade
    from .grades_gradebook_update_item import GradesGradebookUpdateItem
    from .grades_gradebook_update_result import GradesGradebookUpdateResult
    from .grades_grading_info import GradesGradingInfo
    from .grades_grading_info_assignment_type import GradesGradingInfoAssignmentType
    from .grades_grading_info_assignment_types import GradesGradingInfoAssignmentTypes
    from .grades_grading_info_grade_cutoffs import GradesGradingInfoGradeCutoffs
    from .grades_grading_info_subsection import GradesGradingInfoSubsection
    from .grades_section_breakdown import GradesSectionBreakdown
    from .grades_section_grades_breakdown_page import GradesSectionGradesBreakdownPage
    from .grades_submission import GradesSubmission
    from .grades_submission_history import GradesSubmissionHistory
    from .grades_submission_history_problem import GradesSubmissionHistoryProblem
    from .grades_subsection_grade import GradesSubsectionGrade
    from .grades_subsection_grade_override import GradesSubsectionGradeOverride
    from .grades_subsection_grade_override_history import (
        GradesSubsectionGradeOverrideHistory,
    )
    from .grades_subsection_scores import GradesSubsectionScores
    from .instructor_report_download import InstructorReportDownload
    from .instructor_report_download_list import InstructorReportDownloadList
    from .instructor_report_generation_status import InstructorReportGenerationStatus
    from .instructor_report_problem_responses_request import (
        InstructorReportProblemResponsesRequest,
    )
    from .instructor_running_task import InstructorRunningTask
    from .instructor_running_task_list import InstructorRunningTaskList
    from .instructor_task_bulk_email_schedule import InstructorTaskBulkEmailSchedule
    from .instructor_task_bulk_email_schedule_update_request import (
        InstructorTaskBulkEmailScheduleUpdateRequest,
    )
    from .instructor_task_bulk_email_update import InstructorTaskBulkEmailUpdate
    from .instructor_task_course_email import InstructorTaskCourseEmail
    from .learner_home_certificate import LearnerHomeCertificate
    from .learner_home_course import LearnerHomeCourse
    from .learner_home_course_card import LearnerHomeCourseCard
    from .learner_home_course_provider import LearnerHomeCourseProvider
    from .learner_home_course_run import LearnerHomeCourseRun
    from .learner_home_courseware_access import LearnerHomeCoursewareAccess
    from .learner_home_credit import LearnerHomeCredit
    from .learner_home_email_confirmation import LearnerHomeEmailConfirmation
    from .learner_home_enrollment import LearnerHomeEnrollment
    from .learner_home_enterprise_dashboard import LearnerHomeEnterpriseDashboard
    from .learner_home_entitlement import LearnerHomeEntitlement
    from .learner_home_entitlement_session import LearnerHomeEntitlementSession
    from .learner_home_grade_data import LearnerHomeGradeData
    from .learner_home_init import LearnerHomeInit
    from .learner_home_platform_settings import LearnerHomePlatformSettings
    from .learner_home_programs import LearnerHomePrograms
    from .learner_home_related_program import LearnerHomeRelatedProgram
    from .learner_home_social_share_settings import LearnerHomeSocialShareSettings
    from .learner_home_social_share_site import LearnerHomeSocialShareSite
    from .learner_home_suggested_course import LearnerHomeSuggestedCourse
    from .learner_pathway_progress_course import LearnerPathwayProgressCourse
    from .learner_pathway_progress_course_run import LearnerPathwayProgressCourseRun
    from .learner_pathway_progress_course_status import (
        LearnerPathwayProgressCourseStatus,
    )
    from .learner_pathway_progress_entry import LearnerPathwayProgressEntry
    from .learner_pathway_progress_pathway import LearnerPathwayProgressPathway
    from .learner_pathway_progress_program import LearnerPathwayProgressProgram
    from .learner_pathway_progress_program_course import (
        LearnerPathwayProgressProgramCourse,
    )
    from .learner_pathway_progress_program_status import (
        LearnerPathwayProgressProgramStatus,
    )
    from .learner_pathway_progress_step import LearnerPathwayProgressStep
    from .learning_sequences_outline import LearningSequencesOutline
    from .learning_sequences_outline_sequences import LearningSequencesOutlineSequences
    from .learning_sequences_section import LearningSequencesSection
    from .learning_sequences_sequence import LearningSequencesSequence
    from .learning_sequences_sequence_exam import LearningSequencesSequenceExam
    from .learning_sequences_user_course_outline import (
        LearningSequencesUserCourseOutline,
    )
    from .lti_consumer_line_item import LtiConsumerLineItem
    from .lti_consumer_line_item_patch import LtiConsumerLineItemPatch
    from .lti_consumer_member import LtiConsumerMember
    from .lti_consumer_membership_container import LtiConsumerMembershipContainer
    from .lti_consumer_membership_container_context import (
        LtiConsumerMembershipContainerContext,
    )
    from .lti_consumer_membership_error import LtiConsumerMembershipError
    from .lti_consumer_result import LtiConsumerResult
    from .lti_consumer_score import LtiConsumerScore
    from .lti_consumer_score_activity_progress import LtiConsumerScoreActivityProgress
    from .lti_consumer_score_grading_progress import LtiConsumerScoreGradingProgress
    from .mfe_config import MfeConfig
    from .mfe_context import MfeContext
    from .mfe_context_data import MfeContextData
    from .mfe_context_data_enterprise_branding_type_0 import (
        MfeContextDataEnterpriseBrandingType0,
    )
    from .mfe_context_optional_fields import MfeContextOptionalFields
    from .mfe_context_optional_fields_fields import MfeContextOptionalFieldsFields
    from .mfe_context_pipeline_user_details import MfeContextPipelineUserDetails
    from .mfe_context_provider import MfeContextProvider
    from .mfe_context_registration_fields import MfeContextRegistrationFields
    from .mfe_context_registration_fields_fields import (
        MfeContextRegistrationFieldsFields,
    )
    from .mobile_course_access import MobileCourseAccess
    from .mobile_course_enrollment import MobileCourseEnrollment
    from .mobile_course_enrollment_progress import MobileCourseEnrollmentProgress
    from .mobile_course_handouts import MobileCourseHandouts
    from .mobile_course_mode import MobileCourseMode
    from .mobile_course_status import MobileCourseStatus
    from .mobile_course_status_update import MobileCourseStatusUpdate
    from .mobile_course_update import MobileCourseUpdate
    from .mobile_enrollment_certificate import MobileEnrollmentCertificate
    from .mobile_enrollment_course import MobileEnrollmentCourse
    from .mobile_enrollment_course_course_sharing_utm_parameters import (
        MobileEnrollmentCourseCourseSharingUtmParameters,
    )
    from .mobile_enrollment_course_media import MobileEnrollmentCourseMedia
    from .mobile_enrollment_course_media_course_image import (
        MobileEnrollmentCourseMediaCourseImage,
    )
    from .mobile_enrollment_course_start_type import MobileEnrollmentCourseStartType
    from .mobile_paginated_course_enrollment_list import (
        MobilePaginatedCourseEnrollmentList,
    )
    from .mobile_primary_course_enrollment import MobilePrimaryCourseEnrollment
    from .mobile_primary_course_enrollment_course_assignments import (
        MobilePrimaryCourseEnrollmentCourseAssignments,
    )
    from .mobile_primary_course_enrollment_course_assignments_future_assignments_type_0_item import (
        MobilePrimaryCourseEnrollmentCourseAssignmentsFutureAssignmentsType0Item,
    )
    from .mobile_primary_course_enrollment_course_assignments_past_assignments_type_0_item import (
        MobilePrimaryCourseEnrollmentCourseAssignmentsPastAssignmentsType0Item,
    )
    from .mobile_primary_course_status import MobilePrimaryCourseStatus
    from .mobile_record_user_activity_request import MobileRecordUserActivityRequest
    from .mobile_user import MobileUser
    from .mobile_user_course_enrollments import MobileUserCourseEnrollments
    from .mobile_user_course_enrollments_configs import (
        MobileUserCourseEnrollmentsConfigs,
    )
    from .name_affirmation_empty_response import NameAffirmationEmptyResponse
    from .name_affirmation_latest_verified_name import NameAffirmationLatestVerifiedName
    from .name_affirmation_latest_verified_name_status import (
        NameAffirmationLatestVerifiedNameStatus,
    )
    from .name_affirmation_verified_name import NameAffirmationVerifiedName
    from .name_affirmation_verified_name_config import NameAffirmationVerifiedNameConfig
    from .name_affirmation_verified_name_history import (
        NameAffirmationVerifiedNameHistory,
    )
    from .name_affirmation_verified_name_record import NameAffirmationVerifiedNameRecord
    from .name_affirmation_verified_name_record_status import (
        NameAffirmationVerifiedNameRecordStatus,
    )
    from .name_affirmation_verified_name_status_update import (
        NameAffirmationVerifiedNameStatusUpdate,
    )
    from .ora_staff_grader_assessed_criterion import OraStaffGraderAssessedCriterion
    from .ora_staff_grader_batch_unlock_request import OraStaffGraderBatchUnlockRequest
    from .ora_staff_grader_batch_unlock_response import (
        OraStaffGraderBatchUnlockResponse,
    )
    from .ora_staff_grader_course_metadata import OraStaffGraderCourseMetadata
    from .ora_staff_grader_error import OraStaffGraderError
    from .ora_staff_grader_error_error import OraStaffGraderErrorError
    from .ora_staff_grader_error_grade_status import OraStaffGraderErrorGradeStatus
    from .ora_staff_grader_error_lock_status import OraStaffGraderErrorLockStatus
    from .ora_staff_grader_file import OraStaffGraderFile
    from .ora_staff_grader_file_list import OraStaffGraderFileList
    from .ora_staff_grader_grade_criterion import OraStaffGraderGradeCriterion
    from .ora_staff_grader_grade_data import OraStaffGraderGradeData
    from .ora_staff_grader_grade_request import OraStaffGraderGradeRequest
    from .ora_staff_grader_grade_request_assess_type import (
        OraStaffGraderGradeRequestAssessType,
    )
    from .ora_staff_grader_initialize import OraStaffGraderInitialize
    from .ora_staff_grader_initialize_submissions import (
        OraStaffGraderInitializeSubmissions,
    )
    from .ora_staff_grader_lock_status import OraStaffGraderLockStatus
    from .ora_staff_grader_lock_status_lock_status import (
        OraStaffGraderLockStatusLockStatus,
    )
    from .ora_staff_grader_mock_grade_request import OraStaffGraderMockGradeRequest
    from .ora_staff_grader_mock_grade_result import OraStaffGraderMockGradeResult
    from .ora_staff_grader_mock_grade_result_grade_data import (
        OraStaffGraderMockGradeResultGradeData,
    )
    from .ora_staff_grader_mock_grade_result_grade_status import (
        OraStaffGraderMockGradeResultGradeStatus,
    )
    from .ora_staff_grader_mock_grade_result_lock_status import (
        OraStaffGraderMockGradeResultLockStatus,
    )
    from .ora_staff_grader_mock_initialize import OraStaffGraderMockInitialize
    from .ora_staff_grader_mock_initialize_course_metadata import (
        OraStaffGraderMockInitializeCourseMetadata,
    )
    from .ora_staff_grader_mock_initialize_ora_metadata import (
        OraStaffGraderMockInitializeOraMetadata,
    )
    from .ora_staff_grader_mock_initialize_submissions import (
        OraStaffGraderMockInitializeSubmissions,
    )
    from .ora_staff_grader_mock_initialize_submissions_additional_property import (
        OraStaffGraderMockInitializeSubmissionsAdditionalProperty,
    )
    from .ora_staff_grader_mock_lock_status import OraStaffGraderMockLockStatus
    from .ora_staff_grader_mock_lock_status_lock_status import (
        OraStaffGraderMockLockStatusLockStatus,
    )
    from .ora_staff_grader_mock_submission import OraStaffGraderMockSubmission
    from .ora_staff_grader_mock_submission_status import (
        OraStaffGraderMockSubmissionStatus,
    )
    from .ora_staff_grader_ora_metadata import OraStaffGraderOraMetadata
    from .ora_staff_grader_ora_metadata_type import OraStaffGraderOraMetadataType
    from .ora_staff_grader_response import OraStaffGraderResponse
    from .ora_staff_grader_rubric_config import OraStaffGraderRubricConfig
    from .ora_staff_grader_rubric_criterion import OraStaffGraderRubricCriterion
    from .ora_staff_grader_rubric_criterion_feedback import (
        OraStaffGraderRubricCriterionFeedback,
    )
    from .ora_staff_grader_rubric_option import OraStaffGraderRubricOption
    from .ora_staff_grader_score import OraStaffGraderScore
    from .ora_staff_grader_submission import OraStaffGraderSubmission
    from .ora_staff_grader_submission_grade_status import (
        OraStaffGraderSubmissionGradeStatus,
    )
    from .ora_staff_grader_submission_lock_status import (
        OraStaffGraderSubmissionLockStatus,
    )
    from .ora_staff_grader_submission_metadata import OraStaffGraderSubmissionMetadata
    from .ora_staff_grader_submission_metadata_grade_status import (
        OraStaffGraderSubmissionMetadataGradeStatus,
    )
    from .ora_staff_grader_submission_metadata_lock_status import (
        OraStaffGraderSubmissionMetadataLockStatus,
    )
    from .ora_staff_grader_submission_status import OraStaffGraderSubmissionStatus
    from .ora_staff_grader_submission_status_grade_status import (
        OraStaffGraderSubmissionStatusGradeStatus,
    )
    from .ora_staff_grader_submission_status_lock_status import (
        OraStaffGraderSubmissionStatusLockStatus,
    )
    from .organization import Organization
    from .paginated_bookmark_list import PaginatedBookmarkList
    from .paginated_ccx_course_list import PaginatedCcxCourseList
    from .paginated_cohort_user_list import PaginatedCohortUserList
    from .paginated_entitlement_list import PaginatedEntitlementList
    from .paginated_envelope import PaginatedEnvelope
    from .paginated_experiment_data_list import PaginatedExperimentDataList
    from .paginated_experiment_key_value_list import PaginatedExperimentKeyValueList
    from .paginated_instructor_task_bulk_email_schedule_list import (
        PaginatedInstructorTaskBulkEmailScheduleList,
    )
    from .paginated_learner_pathway_progress_entry_list import (
        PaginatedLearnerPathwayProgressEntryList,
    )
    from .paginated_organization_list import PaginatedOrganizationList
    from .paginated_program_enrollments_course_enrollment_list import (
        PaginatedProgramEnrollmentsCourseEnrollmentList,
    )
    from .paginated_program_enrollments_course_grade_list import (
        PaginatedProgramEnrollmentsCourseGradeList,
    )
    from .paginated_program_enrollments_enrollment_list import (
        PaginatedProgramEnrollmentsEnrollmentList,
    )
    from .paginated_team_list import PaginatedTeamList
    from .paginated_team_list_sort_order import PaginatedTeamListSortOrder
    from .paginated_team_membership_list import PaginatedTeamMembershipList
    from .paginated_team_topic_list import PaginatedTeamTopicList
    from .paginated_team_topic_list_sort_order import PaginatedTeamTopicListSortOrder
    from .paginated_third_party_auth_user_mapping_list import (
        PaginatedThirdPartyAuthUserMappingList,
    )
    from .paginated_user_list import PaginatedUserList
    from .paginated_user_preference_list import PaginatedUserPreferenceList
    from .paginated_val_video_list import PaginatedValVideoList
    from .profile_images_error import ProfileImagesError
    from .profile_images_upload import ProfileImagesUpload
    from .program_enrollments_course_enrollment import (
        ProgramEnrollmentsCourseEnrollment,
    )
    from .program_enrollments_course_enrollment_request import (
        ProgramEnrollmentsCourseEnrollmentRequest,
    )
    from .program_enrollments_course_enrollment_request_status import (
        ProgramEnrollmentsCourseEnrollmentRequestStatus,
    )
    from .program_enrollments_course_enrollment_status import (
        ProgramEnrollmentsCourseEnrollmentStatus,
    )
    from .program_enrollments_course_grade import ProgramEnrollmentsCourseGrade
    from .program_enrollments_course_run_overview import (
        ProgramEnrollmentsCourseRunOverview,
    )
    from .program_enrollments_course_run_overview_course_run_status import (
        ProgramEnrollmentsCourseRunOverviewCourseRunStatus,
    )
    from .program_enrollments_course_run_overview_page import (
        ProgramEnrollmentsCourseRunOverviewPage,
    )
    from .program_enrollments_course_write_result import (
        ProgramEnrollmentsCourseWriteResult,
    )
    from .program_enrollments_course_write_result_additional_property import (
        ProgramEnrollmentsCourseWriteResultAdditionalProperty,
    )
    from .program_enrollments_cursor_envelope import ProgramEnrollmentsCursorEnvelope
    from .program_enrollments_due_date import ProgramEnrollmentsDueDate
    from .program_enrollments_enrollment import ProgramEnrollmentsEnrollment
    from .program_enrollments_enrollment_create_request import (
        ProgramEnrollmentsEnrollmentCreateRequest,
    )
    from .program_enrollments_enrollment_create_request_status import (
        ProgramEnrollmentsEnrollmentCreateRequestStatus,
    )
    from .program_enrollments_enrollment_status import (
        ProgramEnrollmentsEnrollmentStatus,
    )
    from .program_enrollments_enrollment_update_request import (
        ProgramEnrollmentsEnrollmentUpdateRequest,
    )
    from .program_enrollments_enrollment_update_request_status import (
        ProgramEnrollmentsEnrollmentUpdateRequestStatus,
    )
    from .program_enrollments_integration_reset_request import (
        ProgramEnrollmentsIntegrationResetRequest,
    )
    from .program_enrollments_integration_reset_response_200 import (
        ProgramEnrollmentsIntegrationResetResponse200,
    )
    from .program_enrollments_overview import ProgramEnrollmentsOverview
    from .program_enrollments_program_access import ProgramEnrollmentsProgramAccess
    from .program_enrollments_write_result import ProgramEnrollmentsWriteResult
    from .program_enrollments_write_result_additional_property import (
        ProgramEnrollmentsWriteResultAdditionalProperty,
    )
    from .team import Team
    from .team_assignment import TeamAssignment
    from .team_bulk_membership_upload_errors import TeamBulkMembershipUploadErrors
    from .team_bulk_membership_upload_request import TeamBulkMembershipUploadRequest
    from .team_bulk_membership_upload_result import TeamBulkMembershipUploadResult
    from .team_create_request import TeamCreateRequest
    from .team_member import TeamMember
    from .team_membership import TeamMembership
    from .team_membership_create_request import TeamMembershipCreateRequest
    from .team_reference import TeamReference
    from .team_teams_list_order_by import TeamTeamsListOrderBy
    from .team_topic import TeamTopic
    from .team_topic_type import TeamTopicType
    from .team_topics_list_order_by import TeamTopicsListOrderBy
    from .team_update_request import TeamUpdateRequest
    from .team_user_reference import TeamUserReference
    from .team_without_membership import TeamWithoutMembership
    from .third_party_auth_linked_provider import ThirdPartyAuthLinkedProvider
    from .third_party_auth_provider_user_status import ThirdPartyAuthProviderUserStatus
    from .third_party_auth_user_mapping import ThirdPartyAuthUserMapping
    from .third_party_auth_user_providers import ThirdPartyAuthUserProviders
    from .toggles_setting_state import TogglesSettingState
    from .toggles_state_report import TogglesStateReport
    from .toggles_waffle_flag_state import TogglesWaffleFlagState
    from .toggles_waffle_flag_state_computed_status import (
        TogglesWaffleFlagStateComputedStatus,
    )
    from .toggles_waffle_flag_state_everyone import TogglesWaffleFlagStateEveryone
    from .toggles_waffle_switch_state import TogglesWaffleSwitchState
    from .toggles_waffle_switch_state_computed_status import (
        TogglesWaffleSwitchStateComputedStatus,
    )
    from .toggles_waffle_switch_state_is_active import TogglesWaffleSwitchStateIsActive
    from .user import User
    from .user_account import UserAccount
    from .user_account_account_privacy import UserAccountAccountPrivacy
    from .user_account_extended_profile_field import UserAccountExtendedProfileField
    from .user_account_language_proficiency import UserAccountLanguageProficiency
    from .user_account_login_session_create_api_version import (
        UserAccountLoginSessionCreateApiVersion,
    )
    from .user_account_login_session_retrieve_api_version import (
        UserAccountLoginSessionRetrieveApiVersion,
    )
    from .user_account_merge_patch import UserAccountMergePatch
    from .user_account_merge_patch_account_privacy import (
        UserAccountMergePatchAccountPrivacy,
    )
    from .user_account_profile_image import UserAccountProfileImage
    from .user_account_social_link import UserAccountSocialLink
    from .user_account_social_link_platform import UserAccountSocialLinkPlatform
    from .user_cancel_retirement_request import UserCancelRetirementRequest
    from .user_cancel_retirement_response import UserCancelRetirementResponse
    from .user_deactivate_logout_request import UserDeactivateLogoutRequest
    from .user_email_opt_in_request import UserEmailOptInRequest
    from .user_form_description import UserFormDescription
    from .user_form_field import UserFormField
    from .user_form_field_error_messages import UserFormFieldErrorMessages
    from .user_form_field_option import UserFormFieldOption
    from .user_form_field_restrictions import UserFormFieldRestrictions
    from .user_form_field_type import UserFormFieldType
    from .user_gender import UserGender
    from .user_id_verification import UserIdVerification
    from .user_id_verification_type import UserIdVerificationType
    from .user_level_of_education import UserLevelOfEducation
    from .user_login_session_request import UserLoginSessionRequest
    from .user_login_session_response import UserLoginSessionResponse
    from .user_me import UserMe
    from .user_name_change_request import UserNameChangeRequest
    from .user_password_reset_token_validation_request import (
        UserPasswordResetTokenValidationRequest,
    )
    from .user_password_reset_token_validation_response import (
        UserPasswordResetTokenValidationResponse,
    )
    from .user_preference import UserPreference
    from .user_preferences import UserPreferences
    from .user_preferences_merge_patch import UserPreferencesMergePatch
    from .user_profile_image_upload import UserProfileImageUpload
    from .user_registration_authenticated_user import UserRegistrationAuthenticatedUser
    from .user_registration_conflict import UserRegistrationConflict
    from .user_registration_request import UserRegistrationRequest
    from .user_registration_response import UserRegistrationResponse
    from .user_registration_validation_request import UserRegistrationValidationRequest
    from .user_registration_validation_response import (
        UserRegistrationValidationResponse,
    )
    from .user_registration_validation_response_validation_decisions import (
        UserRegistrationValidationResponseValidationDecisions,
    )
    from .user_replace_usernames_request import UserReplaceUsernamesRequest
    from .user_replace_usernames_response import UserReplaceUsernamesResponse
    from .user_retirement_cleanup_request import UserRetirementCleanupRequest
    from .user_retirement_partner_report import UserRetirementPartnerReport
    from .user_retirement_partner_report_cleanup_item import (
        UserRetirementPartnerReportCleanupItem,
    )
    from .user_retirement_state import UserRetirementState
    from .user_retirement_status import UserRetirementStatus
    from .user_retirement_status_update_request import UserRetirementStatusUpdateRequest
    from .user_retirement_user import UserRetirementUser
    from .user_retirement_user_profile import UserRetirementUserProfile
    from .user_retirement_username_request import UserRetirementUsernameRequest
    from .user_search_emails_request import UserSearchEmailsRequest
    from .user_search_emails_result import UserSearchEmailsResult
    from .user_time_zone import UserTimeZone
    from .user_tour import UserTour
    from .user_tour_course_home_tour_status import UserTourCourseHomeTourStatus
    from .user_tours_discussion_tour import UserToursDiscussionTour
    from .user_tours_discussion_tour_update import UserToursDiscussionTourUpdate
    from .user_tours_discussion_tours_update_response_400_type_0 import (
        UserToursDiscussionToursUpdateResponse400Type0,
    )
    from .user_tours_tour_update import UserToursTourUpdate
    from .user_tours_tour_update_course_home_tour_status import (
        UserToursTourUpdateCourseHomeTourStatus,
    )
    from .user_username_mapping import UserUsernameMapping
    from .user_verification_status import UserVerificationStatus
    from .val_encode_data import ValEncodeData
    from .val_encoded_video import ValEncodedVideo
    from .val_missing_hls_request import ValMissingHlsRequest
    from .val_missing_hls_response import ValMissingHlsResponse
    from .val_video import ValVideo
    from .val_video_courses_item_type_1 import ValVideoCoursesItemType1
    from .val_video_images_update_request import ValVideoImagesUpdateRequest
    from .val_video_patch import ValVideoPatch
    from .val_video_patch_courses_item_type_1 import ValVideoPatchCoursesItemType1
    from .val_video_profile_update_request import ValVideoProfileUpdateRequest
    from .val_video_status_update_request import ValVideoStatusUpdateRequest
    from .val_video_status_update_request_status import (
        ValVideoStatusUpdateRequestStatus,
    )
    from .val_video_transcript_create_request import ValVideoTranscriptCreateRequest
    from .val_video_transcript_create_request_file_format import (
        ValVideoTranscriptCreateRequestFileFormat,
    )
    from .val_video_transcript_create_request_provider import (
        ValVideoTranscriptCreateRequestProvider,
    )
    from .val_videos_status_partial_update_response_200 import (
        ValVideosStatusPartialUpdateResponse200,
    )
    from .xblock_block_metadata import XblockBlockMetadata
    from .xblock_block_metadata_index_dictionary import (
        XblockBlockMetadataIndexDictionary,
    )
    from .xblock_block_view import XblockBlockView
    from .xblock_block_view_json_init_args_type_0 import (
        XblockBlockViewJsonInitArgsType0,
    )
    from .xblock_fragment_resource import XblockFragmentResource
    from .xblock_handler_url import XblockHandlerUrl
    from .xblock_xblocks_retrieve_include_item import XblockXblocksRetrieveIncludeItem

_MODULES = {
    "AgreementsIntegritySignature": ".agreements_integrity_signature",
    "Bookmark": ".bookmark",
    "BookmarkCreateRequest": ".bookmark_create_request",
    "BookmarkPathItem": ".bookmark_path_item",
    "BulkEnrollCourseResults": ".bulk_enroll_course_results",
    "BulkEnrollCourseResultsAction": ".bulk_enroll_course_results_action",
    "BulkEnrollRequest": ".bulk_enroll_request",
    "BulkEnrollRequestAction": ".bulk_enroll_request_action",
    "BulkEnrollResponse": ".bulk_enroll_response",
    "BulkEnrollResponseAction": ".bulk_enroll_response_action",
    "BulkEnrollResponseCourses": ".bulk_enroll_response_courses",
    "BulkEnrollResult": ".bulk_enroll_result",
    "BulkEnrollState": ".bulk_enroll_state",
    "CcxCourse": ".ccx_course",
    "Certificate": ".certificate",
    "CertificateCertificateType": ".certificate_certificate_type",
    "ChangeEmailSettingsForm": ".change_email_settings_form",
    "ChangeEmailSettingsRequest": ".change_email_settings_request",
    "ChangeEmailSettingsResult": ".change_email_settings_result",
    "Cohort": ".cohort",
    "CohortAddedUser": ".cohort_added_user",
    "CohortAssignmentType": ".cohort_assignment_type",
    "CohortCreateRequest": ".cohort_create_request",
    "CohortCreateRequestAssignmentType": ".cohort_create_request_assignment_type",
    "CohortMovedUser": ".cohort_moved_user",
    "CohortSettings": ".cohort_settings",
    "CohortSettingsUpdateRequest": ".cohort_settings_update_request",
    "CohortUpdateRequest": ".cohort_update_request",
    "CohortUpdateRequestAssignmentType": ".cohort_update_request_assignment_type",
    "CohortUser": ".cohort_user",
    "CohortUsersAddRequest": ".cohort_users_add_request",
    "CohortUsersAddResult": ".cohort_users_add_result",
    "CohortsAssignmentsUpload": ".cohorts_assignments_upload",
    "CommerceBasketRequest": ".commerce_basket_request",
    "CommerceBasketResult": ".commerce_basket_result",
    "CommerceCourse": ".commerce_course",
    "CommerceCourseMode": ".commerce_course_mode",
    "CommerceDetail": ".commerce_detail",
    "CommerceOrder": ".commerce_order",
    "CommerceOrderBasketDiscountsItem": ".commerce_order_basket_discounts_item",
    "CommerceOrderBillingAddress": ".commerce_order_billing_address",
    "CommerceOrderLine": ".commerce_order_line",
    "CommerceOrderLineProduct": ".commerce_order_line_product",
    "CommerceOrderUser": ".commerce_order_user",
    "CommerceOrderVouchersType0Item": ".commerce_order_vouchers_type_0_item",
    "CompletionBatchRequest": ".completion_batch_request",
    "CompletionBatchResponse": ".completion_batch_response",
    "CompletionBlockValues": ".completion_block_values",
    "CompletionSubsectionCompletion": ".completion_subsection_completion",
    "CourseExperienceCourseDeadlinesInfo": ".course_experience_course_deadlines_info",
    "CourseExperienceDatesBannerInfo": ".course_experience_dates_banner_info",
    "CourseExperienceResetCourseDeadlinesRequest": ".course_experience_reset_course_deadlines_request",
    "CourseExperienceResetCourseDeadlinesResponse": ".course_experience_reset_course_deadlines_response",
    "CourseHomeAccessExpiration": ".course_home_access_expiration",
    "CourseHomeAssignmentPolicy": ".course_home_assignment_policy",
    "CourseHomeCertData": ".course_home_cert_data",
    "CourseHomeCompletionSummary": ".course_home_completion_summary",
    "CourseHomeCourseGoalSaveRequest": ".course_home_course_goal_save_request",
    "CourseHomeCourseGoalSaved": ".course_home_course_goal_saved",
    "CourseHomeCourseGoals": ".course_home_course_goals",
    "CourseHomeCourseGrade": ".course_home_course_grade",
    "CourseHomeCourseMetadata": ".course_home_course_metadata",
    "CourseHomeCourseMetadataCelebrations": ".course_home_course_metadata_celebrations",
    "CourseHomeCourseMetadataCourseAccess": ".course_home_course_metadata_course_access",
    "CourseHomeCourseTool": ".course_home_course_tool",
    "CourseHomeCreditCourseRequirements": ".course_home_credit_course_requirements",
    "CourseHomeCreditCourseRequirementsEligibilityStatus": ".course_home_credit_course_requirements_eligibility_status",
    "CourseHomeDateBlock": ".course_home_date_block",
    "CourseHomeDates": ".course_home_dates",
    "CourseHomeDatesBannerInfo": ".course_home_dates_banner_info",
    "CourseHomeDatesWidget": ".course_home_dates_widget",
    "CourseHomeEnrollAlert": ".course_home_enroll_alert",
    "CourseHomeGoalUnsubscribeResponse": ".course_home_goal_unsubscribe_response",
    "CourseHomeGradeOverride": ".course_home_grade_override",
    "CourseHomeGradeOverrideSystem": ".course_home_grade_override_system",
    "CourseHomeGradingPolicy": ".course_home_grading_policy",
    "CourseHomeGradingPolicyGradeRange": ".course_home_grading_policy_grade_range",
    "CourseHomeMessage": ".course_home_message",
    "CourseHomeOffer": ".course_home_offer",
    "CourseHomeOutline": ".course_home_outline",
    "CourseHomeOutlineBlock": ".course_home_outline_block",
    "CourseHomeOutlineCourseBlocks": ".course_home_outline_course_blocks",
    "CourseHomeProblemScore": ".course_home_problem_score",
    "CourseHomeProgress": ".course_home_progress",
    "CourseHomeResumeCourse": ".course_home_resume_course",
    "CourseHomeSectionScore": ".course_home_section_score",
    "CourseHomeSelectedGoal": ".course_home_selected_goal",
    "CourseHomeSubsectionScore": ".course_home_subsection_score",
    "CourseHomeSubsectionScoreShowCorrectness": ".course_home_subsection_score_show_correctness",
    "CourseHomeTab": ".course_home_tab",
    "CourseHomeVerificationData": ".course_home_verification_data",
    "CourseHomeVerifiedMode": ".course_home_verified_mode",
    "CourseHomeWelcomeMessageDismissRequest": ".course_home_welcome_message_dismiss_request",
    "CourseLiveConfiguration": ".course_live_configuration",
    "CourseLiveIframe": ".course_live_iframe",
    "CourseLiveLtiConfiguration": ".course_live_lti_configuration",
    "CourseLiveLtiConfigurationLtiConfig": ".course_live_lti_configuration_lti_config",
    "CourseLiveLtiConfigurationVersion": ".course_live_lti_configuration_version",
    "CourseLiveProvider": ".course_live_provider",
    "CourseLiveProviderPiiSharing": ".course_live_provider_pii_sharing",
    "CourseLiveProviders": ".course_live_providers",
    "CourseLiveProvidersProviders": ".course_live_providers_providers",
    "CourseLiveProvidersProvidersAvailable": ".course_live_providers_providers_available",
    "CourseMode": ".course_mode",
    "CourseModePatch": ".course_mode_patch",
    "CourseModeRecord": ".course_mode_record",
    "CoursesBannerImage": ".courses_banner_image",
    "CoursesBlock": ".courses_block",
    "CoursesBlockBlockCounts": ".courses_block_block_counts",
    "CoursesBlockMetadata": ".courses_block_metadata",
    "CoursesBlockMetadataIndexDictionary": ".courses_block_metadata_index_dictionary",
    "CoursesBlockMetadataV1RetrieveIncludeItem": ".courses_block_metadata_v1_retrieve_include_item",
    "CoursesBlockMetadataV2RetrieveIncludeItem": ".courses_block_metadata_v2_retrieve_include_item",
    "CoursesBlockStudentViewData": ".courses_block_student_view_data",
    "CoursesBlockTree": ".courses_block_tree",
    "CoursesBlockTreeBlocksType0": ".courses_block_tree_blocks_type_0",
    "CoursesBlocksV1ListReturnType": ".courses_blocks_v1_list_return_type",
    "CoursesBlocksV1RetrieveReturnType": ".courses_blocks_v1_retrieve_return_type",
    "CoursesBlocksV2ListReturnType": ".courses_blocks_v2_list_return_type",
    "CoursesBlocksV2RetrieveReturnType": ".courses_blocks_v2_retrieve_return_type",
    "CoursesCourse": ".courses_course",
    "CoursesCourseDetail": ".courses_course_detail",
    "CoursesCourseDetailPacing": ".courses_course_detail_pacing",
    "CoursesCourseDetailStartType": ".courses_course_detail_start_type",
    "CoursesCourseIdPage": ".courses_course_id_page",
    "CoursesCourseIdsListRole": ".courses_course_ids_list_role",
    "CoursesCourseImage": ".courses_course_image",
    "CoursesCoursePacing": ".courses_course_pacing",
    "CoursesCoursePage": ".courses_course_page",
    "CoursesCourseStartType": ".courses_course_start_type",
    "CoursesCourseVideo": ".courses_course_video",
    "CoursesImage": ".courses_image",
    "CoursesMedia": ".courses_media",
    "CoursesPagination": ".courses_pagination",
    "CoursewareAccessExpiration": ".courseware_access_expiration",
    "CoursewareCelebrationUpdate": ".courseware_celebration_update",
    "CoursewareCelebrations": ".courseware_celebrations",
    "CoursewareCourse": ".courseware_course",
    "CoursewareCourseCertificateDataType0": ".courseware_course_certificate_data_type_0",
    "CoursewareCourseGoals": ".courseware_course_goals",
    "CoursewareCourseImage": ".courseware_course_image",
    "CoursewareCoursePacing": ".courseware_course_pacing",
    "CoursewareCourseStartType": ".courseware_course_start_type",
    "CoursewareCourseVideo": ".courseware_course_video",
    "CoursewareEnrollment": ".courseware_enrollment",
    "CoursewareEntranceExamData": ".courseware_entrance_exam_data",
    "CoursewareImageUrls": ".courseware_image_urls",
    "CoursewareMedia": ".courseware_media",
    "CoursewareNotes": ".courseware_notes",
    "CoursewareOffer": ".courseware_offer",
    "CoursewarePrerequisiteCourse": ".courseware_prerequisite_course",
    "CoursewareProgramProgress": ".courseware_program_progress",
    "CoursewareRelatedProgram": ".courseware_related_program",
    "CoursewareResume": ".courseware_resume",
    "CoursewareSelectedGoal": ".courseware_selected_goal",
    "CoursewareSequenceGatedContent": ".courseware_sequence_gated_content",
    "CoursewareSequenceMetadata": ".courseware_sequence_metadata",
    "CoursewareSequenceUnit": ".courseware_sequence_unit",
    "CoursewareSinglePaidMode": ".courseware_single_paid_mode",
    "CreditCourse": ".credit_course",
    "CreditEligibility": ".credit_eligibility",
    "CreditProvider": ".credit_provider",
    "CreditProviderCallbackRequest": ".credit_provider_callback_request",
    "CreditRequestCreateRequest": ".credit_request_create_request",
    "CreditRequestDescription": ".credit_request_description",
    "CreditRequestDescriptionMethod": ".credit_request_description_method",
    "CreditRequestParameters": ".credit_request_parameters",
    "DashboardPathway": ".dashboard_pathway",
    "DashboardProgram": ".dashboard_program",
    "DashboardProgramBannerImage": ".dashboard_program_banner_image",
    "DashboardProgramCourse": ".dashboard_program_course",
    "DashboardProgramImage": ".dashboard_program_image",
    "DashboardProgramOrganization": ".dashboard_program_organization",
    "DashboardProgramProgress": ".dashboard_program_progress",
    "DashboardProgramProgressDetails": ".dashboard_program_progress_details",
    "DashboardProgramProgressDetailsCertificateDataItem": ".dashboard_program_progress_details_certificate_data_item",
    "DashboardProgramProgressDetailsCourseData": ".dashboard_program_progress_details_course_data",
    "DashboardProgramProgressDetailsProgramData": ".dashboard_program_progress_details_program_data",
    "DashboardProgramUrls": ".dashboard_program_urls",
    "DiscountsCourseUserDiscount": ".discounts_course_user_discount",
    "DiscussionBlackout": ".discussion_blackout",
    "DiscussionCaptchaSettings": ".discussion_captcha_settings",
    "DiscussionComment": ".discussion_comment",
    "DiscussionCommentCreateRequest": ".discussion_comment_create_request",
    "DiscussionCommentMergePatch": ".discussion_comment_merge_patch",
    "DiscussionCourse": ".discussion_course",
    "DiscussionCourseSettings": ".discussion_course_settings",
    "DiscussionCourseSettingsMergePatch": ".discussion_course_settings_merge_patch",
    "DiscussionCourseTopicsV2ListOrderBy": ".discussion_course_topics_v2_list_order_by",
    "DiscussionCoursesActivityStatsRetrieveOrderBy": ".discussion_courses_activity_stats_retrieve_order_by",
    "DiscussionCoursesLearnerRetrieveOrderBy": ".discussion_courses_learner_retrieve_order_by",
    "DiscussionCoursesLearnerRetrieveStatus": ".discussion_courses_learner_retrieve_status",
    "DiscussionCoursesLearnerRetrieveThreadType": ".discussion_courses_learner_retrieve_thread_type",
    "DiscussionFileUpload": ".discussion_file_upload",
    "DiscussionLastEdit": ".discussion_last_edit",
    "DiscussionPageEnvelope": ".discussion_page_envelope",
    "DiscussionPaginatedCommentList": ".discussion_paginated_comment_list",
    "DiscussionPaginatedThreadList": ".discussion_paginated_thread_list",
    "DiscussionPaginatedUserStatsList": ".discussion_paginated_user_stats_list",
    "DiscussionPagination": ".discussion_pagination",
    "DiscussionProfileImage": ".discussion_profile_image",
    "DiscussionReason": ".discussion_reason",
    "DiscussionReplaceUsernamesRequest": ".discussion_replace_usernames_request",
    "DiscussionReplaceUsernamesRequestUsernameMappingsItem": ".discussion_replace_usernames_request_username_mappings_item",
    "DiscussionReplaceUsernamesResponse": ".discussion_replace_usernames_response",
    "DiscussionReplaceUsernamesResponseFailedReplacementsItem": ".discussion_replace_usernames_response_failed_replacements_item",
    "DiscussionReplaceUsernamesResponseSuccessfulReplacementsItem": ".discussion_replace_usernames_response_successful_replacements_item",
    "DiscussionRetireForumRequest": ".discussion_retire_forum_request",
    "DiscussionRoleLabel": ".discussion_role_label",
    "DiscussionRoleMember": ".discussion_role_member",
    "DiscussionRoleMembers": ".discussion_role_members",
    "DiscussionRoleUpdateRequest": ".discussion_role_update_request",
    "DiscussionRoleUpdateRequestAction": ".discussion_role_update_request_action",
    "DiscussionThread": ".discussion_thread",
    "DiscussionThreadCreateRequest": ".discussion_thread_create_request",
    "DiscussionThreadCreateRequestType": ".discussion_thread_create_request_type",
    "DiscussionThreadMergePatch": ".discussion_thread_merge_patch",
    "DiscussionThreadMergePatchType": ".discussion_thread_merge_patch_type",
    "DiscussionThreadType": ".discussion_thread_type",
    "DiscussionThreadsListOrderBy": ".discussion_threads_list_order_by",
    "DiscussionThreadsListOrderDirection": ".discussion_threads_list_order_direction",
    "DiscussionThreadsListThreadType": ".discussion_threads_list_thread_type",
    "DiscussionThreadsListView": ".discussion_threads_list_view",
    "DiscussionTopicListV1": ".discussion_topic_list_v1",
    "DiscussionTopicV1": ".discussion_topic_v1",
    "DiscussionTopicV1ThreadCountsType0": ".discussion_topic_v1_thread_counts_type_0",
    "DiscussionTopicV2": ".discussion_topic_v2",
    "DiscussionTopicV2ThreadCounts": ".discussion_topic_v2_thread_counts",
    "DiscussionTopicV3Entry": ".discussion_topic_v3_entry",
    "DiscussionTopicV3EntryChildrenItem": ".discussion_topic_v3_entry_children_item",
    "DiscussionTopicV3EntryThreadCounts": ".discussion_topic_v3_entry_thread_counts",
    "DiscussionUploadedFile": ".discussion_uploaded_file",
    "DiscussionUserProfiles": ".discussion_user_profiles",
    "DiscussionUserProfilesAdditionalProperty": ".discussion_user_profiles_additional_property",
    "DiscussionUserProfilesAdditionalPropertyProfile": ".discussion_user_profiles_additional_property_profile",
    "DiscussionUserStats": ".discussion_user_stats",
    "EdxDefaultPaginationEnvelope": ".edx_default_pagination_envelope",
    "EdxProctoringActiveExam": ".edx_proctoring_active_exam",
    "EdxProctoringAllowance": ".edx_proctoring_allowance",
    "EdxProctoringAllowanceDelete": ".edx_proctoring_allowance_delete",
    "EdxProctoringAllowanceWrite": ".edx_proctoring_allowance_write",
    "EdxProctoringAttempt": ".edx_proctoring_attempt",
    "EdxProctoringAttemptAction": ".edx_proctoring_attempt_action",
    "EdxProctoringAttemptActionAction": ".edx_proctoring_attempt_action_action",
    "EdxProctoringAttemptActionResult": ".edx_proctoring_attempt_action_result",
    "EdxProctoringAttemptCreate": ".edx_proctoring_attempt_create",
    "EdxProctoringAttemptData": ".edx_proctoring_attempt_data",
    "EdxProctoringAttemptDetail": ".edx_proctoring_attempt_detail",
    "EdxProctoringAttemptId": ".edx_proctoring_attempt_id",
    "EdxProctoringAttemptReadyCallbackCreateResponse200": ".edx_proctoring_attempt_ready_callback_create_response_200",
    "EdxProctoringAttemptReviewedCallbackCreateResponse200": ".edx_proctoring_attempt_reviewed_callback_create_response_200",
    "EdxProctoringAttemptStatus": ".edx_proctoring_attempt_status",
    "EdxProctoringBackendRetirement": ".edx_proctoring_backend_retirement",
    "EdxProctoringBulkAllowancePair": ".edx_proctoring_bulk_allowance_pair",
    "EdxProctoringBulkAllowanceWrite": ".edx_proctoring_bulk_allowance_write",
    "EdxProctoringCourseAllowancesGroupedListResponse200": ".edx_proctoring_course_allowances_grouped_list_response_200",
    "EdxProctoringCourseExamAttempt": ".edx_proctoring_course_exam_attempt",
    "EdxProctoringEmpty": ".edx_proctoring_empty",
    "EdxProctoringExam": ".edx_proctoring_exam",
    "EdxProctoringExamCreate": ".edx_proctoring_exam_create",
    "EdxProctoringExamId": ".edx_proctoring_exam_id",
    "EdxProctoringExamRegistration": ".edx_proctoring_exam_registration",
    "EdxProctoringExamSettings": ".edx_proctoring_exam_settings",
    "EdxProctoringExamSettingsExamProctoringBackend": ".edx_proctoring_exam_settings_exam_proctoring_backend",
    "EdxProctoringExamSettingsLinkUrlsType0": ".edx_proctoring_exam_settings_link_urls_type_0",
    "EdxProctoringExamUpdate": ".edx_proctoring_exam_update",
    "EdxProctoringFieldError": ".edx_proctoring_field_error",
    "EdxProctoringFieldErrors": ".edx_proctoring_field_errors",
    "EdxProctoringGroupedAttempt": ".edx_proctoring_grouped_attempt",
    "EdxProctoringGroupedAttemptsPage": ".edx_proctoring_grouped_attempts_page",
    "EdxProctoringGroupedAttemptsPagePaginationInfo": ".edx_proctoring_grouped_attempts_page_pagination_info",
    "EdxProctoringLearnerExam": ".edx_proctoring_learner_exam",
    "EdxProctoringLearnerExamPrerequisiteStatus": ".edx_proctoring_learner_exam_prerequisite_status",
    "EdxProctoringLearnerExamType": ".edx_proctoring_learner_exam_type",
    "EdxProctoringLearnerOnboarding": ".edx_proctoring_learner_onboarding",
    "EdxProctoringNoTimedExam": ".edx_proctoring_no_timed_exam",
    "EdxProctoringOnboardingDashboardStatus": ".edx_proctoring_onboarding_dashboard_status",
    "EdxProctoringOnboardingStatus": ".edx_proctoring_onboarding_status",
    "EdxProctoringOnboardingStatusPage": ".edx_proctoring_onboarding_status_page",
    "EdxProctoringReview": ".edx_proctoring_review",
    "EdxProctoringReviewCallbackCreateResponse200": ".edx_proctoring_review_callback_create_response_200",
    "EdxProctoringReviewComment": ".edx_proctoring_review_comment",
    "EdxProctoringReviewPayload": ".edx_proctoring_review_payload",
    "EdxProctoringReviewPolicy": ".edx_proctoring_review_policy",
    "EdxProctoringReviewStatus": ".edx_proctoring_review_status",
    "EdxProctoringSoftwareSecureComment": ".edx_proctoring_software_secure_comment",
    "EdxProctoringSoftwareSecureReview": ".edx_proctoring_software_secure_review",
    "EdxProctoringSoftwareSecureReviewExamMetaData": ".edx_proctoring_software_secure_review_exam_meta_data",
    "EdxProctoringSoftwareSecureReviewReviewStatus": ".edx_proctoring_software_secure_review_review_status",
    "EdxProctoringUser": ".edx_proctoring_user",
    "EdxnotesRetireUserRequest": ".edxnotes_retire_user_request",
    "EmbargoCourseAccess": ".embargo_course_access",
    "EnrollmentAttribute": ".enrollment_attribute",
    "EnrollmentCourseDetails": ".enrollment_course_details",
    "EnrollmentCourseDetailsPacingType": ".enrollment_course_details_pacing_type",
    "EnrollmentCourseMode": ".enrollment_course_mode",
    "EnrollmentCreateRequest": ".enrollment_create_request",
    "EnrollmentCreateRequestCourseDetails": ".enrollment_create_request_course_details",
    "EnrollmentCursorPage": ".enrollment_cursor_page",
    "EnrollmentErrorMessage": ".enrollment_error_message",
    "EnrollmentRecord": ".enrollment_record",
    "EnrollmentRole": ".enrollment_role",
    "EnrollmentRoles": ".enrollment_roles",
    "EnrollmentUnenrollRequest": ".enrollment_unenroll_request",
    "EnrollmentUserEnrollment": ".enrollment_user_enrollment",
    "Entitlement": ".entitlement",
    "EntitlementEnrollmentRequest": ".entitlement_enrollment_request",
    "EntitlementEnrollmentResult": ".entitlement_enrollment_result",
    "ErrorItem": ".error_item",
    "ErrorItemLocation": ".error_item_location",
    "ErrorResponse": ".error_response",
    "ExperimentData": ".experiment_data",
    "ExperimentDataCreate": ".experiment_data_create",
    "ExperimentDataPatch": ".experiment_data_patch",
    "ExperimentKeyValue": ".experiment_key_value",
    "ExperimentKeyValuePatch": ".experiment_key_value_patch",
    "ExperimentsRev934Upsell": ".experiments_rev_934_upsell",
    "ExperimentsUserMetadata": ".experiments_user_metadata",
    "ExperimentsUserMetadataCourseKeyFields": ".experiments_user_metadata_course_key_fields",
    "ExperimentsUserMetadataPacingType": ".experiments_user_metadata_pacing_type",
    "ExperimentsUserMetadataPartitionGroups": ".experiments_user_metadata_partition_groups",
    "ExperimentsUserMetadataProgram": ".experiments_user_metadata_program",
    "GradesAssignmentTypePolicy": ".grades_assignment_type_policy",
    "GradesCourseGrade": ".grades_course_grade",
    "GradesCourseGradePage": ".grades_course_grade_page",
    "GradesCourseGradeStatus": ".grades_course_grade_status",
    "GradesGradeOverrideRequest": ".grades_grade_override_request",
    "GradesGradebookEntry": ".grades_gradebook_entry",
    "GradesGradebookPage": ".grades_gradebook_page",
    "GradesGradebookSubsectionGrade": ".grades_gradebook_subsection_grade",
    "GradesGradebookUpdateItem": ".grades_gradebook_update_item",
    "GradesGradebookUpdateResult": ".grades_gradebook_update_result",
    "GradesGradingInfo": ".grades_grading_info",
    "GradesGradingInfoAssignmentType": ".grades_grading_info_assignment_type",
    "GradesGradingInfoAssignmentTypes": ".grades_grading_info_assignment_types",
    "GradesGradingInfoGradeCutoffs": ".grades_grading_info_grade_cutoffs",
    "GradesGradingInfoSubsection": ".grades_grading_info_subsection",
    "GradesSectionBreakdown": ".grades_section_breakdown",
    "GradesSectionGradesBreakdownPage": ".grades_section_grades_breakdown_page",
    "GradesSubmission": ".grades_submission",
    "GradesSubmissionHistory": ".grades_submission_history",
    "GradesSubmissionHistoryProblem": ".grades_submission_history_problem",
    "GradesSubsectionGrade": ".grades_subsection_grade",
    "GradesSubsectionGradeOverride": ".grades_subsection_grade_override",
    "GradesSubsectionGradeOverrideHistory": ".grades_subsection_grade_override_history",
    "GradesSubsectionScores": ".grades_subsection_scores",
    "InstructorReportDownload": ".instructor_report_download",
    "InstructorReportDownloadList": ".instructor_report_download_list",
    "InstructorReportGenerationStatus": ".instructor_report_generation_status",
    "InstructorReportProblemResponsesRequest": ".instructor_report_problem_responses_request",
    "InstructorRunningTask": ".instructor_running_task",
    "InstructorRunningTaskList": ".instructor_running_task_list",
    "InstructorTaskBulkEmailSchedule": ".instructor_task_bulk_email_schedule",
    "InstructorTaskBulkEmailScheduleUpdateRequest": ".instructor_task_bulk_email_schedule_update_request",
    "InstructorTaskBulkEmailUpdate": ".instructor_task_bulk_email_update",
    "InstructorTaskCourseEmail": ".instructor_task_course_email",
    "LearnerHomeCertificate": ".learner_home_certificate",
    "LearnerHomeCourse": ".learner_home_course",
    "LearnerHomeCourseCard": ".learner_home_course_card",
    "LearnerHomeCourseProvider": ".learner_home_course_provider",
    "LearnerHomeCourseRun": ".learner_home_course_run",
    "LearnerHomeCoursewareAccess": ".learner_home_courseware_access",
    "LearnerHomeCredit": ".learner_home_credit",
    "LearnerHomeEmailConfirmation": ".learner_home_email_confirmation",
    "LearnerHomeEnrollment": ".learner_home_enrollment",
    "LearnerHomeEnterpriseDashboard": ".learner_home_enterprise_dashboard",
    "LearnerHomeEntitlement": ".learner_home_entitlement",
    "LearnerHomeEntitlementSession": ".learner_home_entitlement_session",
    "LearnerHomeGradeData": ".learner_home_grade_data",
    "LearnerHomeInit": ".learner_home_init",
    "LearnerHomePlatformSettings": ".learner_home_platform_settings",
    "LearnerHomePrograms": ".learner_home_programs",
    "LearnerHomeRelatedProgram": ".learner_home_related_program",
    "LearnerHomeSocialShareSettings": ".learner_home_social_share_settings",
    "LearnerHomeSocialShareSite": ".learner_home_social_share_site",
    "LearnerHomeSuggestedCourse": ".learner_home_suggested_course",
    "LearnerPathwayProgressCourse": ".learner_pathway_progress_course",
    "LearnerPathwayProgressCourseRun": ".learner_pathway_progress_course_run",
    "LearnerPathwayProgressCourseStatus": ".learner_pathway_progress_course_status",
    "LearnerPathwayProgressEntry": ".learner_pathway_progress_entry",
    "LearnerPathwayProgressPathway": ".learner_pathway_progress_pathway",
    "LearnerPathwayProgressProgram": ".learner_pathway_progress_program",
    "LearnerPathwayProgressProgramCourse": ".learner_pathway_progress_program_course",
    "LearnerPathwayProgressProgramStatus": ".learner_pathway_progress_program_status",
    "LearnerPathwayProgressStep": ".learner_pathway_progress_step",
    "LearningSequencesOutline": ".learning_sequences_outline",
    "LearningSequencesOutlineSequences": ".learning_sequences_outline_sequences",
    "LearningSequencesSection": ".learning_sequences_section",
    "LearningSequencesSequence": ".learning_sequences_sequence",
    "LearningSequencesSequenceExam": ".learning_sequences_sequence_exam",
    "LearningSequencesUserCourseOutline": ".learning_sequences_user_course_outline",
    "LtiConsumerLineItem": ".lti_consumer_line_item",
    "LtiConsumerLineItemPatch": ".lti_consumer_line_item_patch",
    "LtiConsumerMember": ".lti_consumer_member",
    "LtiConsumerMembershipContainer": ".lti_consumer_membership_container",
    "LtiConsumerMembershipContainerContext": ".lti_consumer_membership_container_context",
    "LtiConsumerMembershipError": ".lti_consumer_membership_error",
    "LtiConsumerResult": ".lti_consumer_result",
    "LtiConsumerScore": ".lti_consumer_score",
    "LtiConsumerScoreActivityProgress": ".lti_consumer_score_activity_progress",
    "LtiConsumerScoreGradingProgress": ".lti_consumer_score_grading_progress",
    "MfeConfig": ".mfe_config",
    "MfeContext": ".mfe_context",
    "MfeContextData": ".mfe_context_data",
    "MfeContextDataEnterpriseBrandingType0": ".mfe_context_data_enterprise_branding_type_0",
    "MfeContextOptionalFields": ".mfe_context_optional_fields",
    "MfeContextOptionalFieldsFields": ".mfe_context_optional_fields_fields",
    "MfeContextPipelineUserDetails": ".mfe_context_pipeline_user_details",
    "MfeContextProvider": ".mfe_context_provider",
    "MfeContextRegistrationFields": ".mfe_context_registration_fields",
    "MfeContextRegistrationFieldsFields": ".mfe_context_registration_fields_fields",
    "MobileCourseAccess": ".mobile_course_access",
    "MobileCourseEnrollment": ".mobile_course_enrollment",
    "MobileCourseEnrollmentProgress": ".mobile_course_enrollment_progress",
    "MobileCourseHandouts": ".mobile_course_handouts",
    "MobileCourseMode": ".mobile_course_mode",
    "MobileCourseStatus": ".mobile_course_status",
    "MobileCourseStatusUpdate": ".mobile_course_status_update",
    "MobileCourseUpdate": ".mobile_course_update",
    "MobileEnrollmentCertificate": ".mobile_enrollment_certificate",
    "MobileEnrollmentCourse": ".mobile_enrollment_course",
    "MobileEnrollmentCourseCourseSharingUtmParameters": ".mobile_enrollment_course_course_sharing_utm_parameters",
    "MobileEnrollmentCourseMedia": ".mobile_enrollment_course_media",
    "MobileEnrollmentCourseMediaCourseImage": ".mobile_enrollment_course_media_course_image",
    "MobileEnrollmentCourseStartType": ".mobile_enrollment_course_start_type",
    "MobilePaginatedCourseEnrollmentList": ".mobile_paginated_course_enrollment_list",
    "MobilePrimaryCourseEnrollment": ".mobile_primary_course_enrollment",
    "MobilePrimaryCourseEnrollmentCourseAssignments": ".mobile_primary_course_enrollment_course_assignments",
    "MobilePrimaryCourseEnrollmentCourseAssignmentsFutureAssignmentsType0Item": ".mobile_primary_course_enrollment_course_assignments_future_assignments_type_0_item",
    "MobilePrimaryCourseEnrollmentCourseAssignmentsPastAssignmentsType0Item": ".mobile_primary_course_enrollment_course_assignments_past_assignments_type_0_item",
    "MobilePrimaryCourseStatus": ".mobile_primary_course_status",
    "MobileRecordUserActivityRequest": ".mobile_record_user_activity_request",
    "MobileUser": ".mobile_user",
    "MobileUserCourseEnrollments": ".mobile_user_course_enrollments",
    "MobileUserCourseEnrollmentsConfigs": ".mobile_user_course_enrollments_configs",
    "NameAffirmationEmptyResponse": ".name_affirmation_empty_response",
    "NameAffirmationLatestVerifiedName": ".name_affirmation_latest_verified_name",
    "NameAffirmationLatestVerifiedNameStatus": ".name_affirmation_latest_verified_name_status",
    "NameAffirmationVerifiedName": ".name_affirmation_verified_name",
    "NameAffirmationVerifiedNameConfig": ".name_affirmation_verified_name_config",
    "NameAffirmationVerifiedNameHistory": ".name_affirmation_verified_name_history",
    "NameAffirmationVerifiedNameRecord": ".name_affirmation_verified_name_record",
    "NameAffirmationVerifiedNameRecordStatus": ".name_affirmation_verified_name_record_status",
    "NameAffirmationVerifiedNameStatusUpdate": ".name_affirmation_verified_name_status_update",
    "OraStaffGraderAssessedCriterion": ".ora_staff_grader_assessed_criterion",
    "OraStaffGraderBatchUnlockRequest": ".ora_staff_grader_batch_unlock_request",
    "OraStaffGraderBatchUnlockResponse": ".ora_staff_grader_batch_unlock_response",
    "OraStaffGraderCourseMetadata": ".ora_staff_grader_course_metadata",
    "OraStaffGraderError": ".ora_staff_grader_error",
    "OraStaffGraderErrorError": ".ora_staff_grader_error_error",
    "OraStaffGraderErrorGradeStatus": ".ora_staff_grader_error_grade_status",
    "OraStaffGraderErrorLockStatus": ".ora_staff_grader_error_lock_status",
    "OraStaffGraderFile": ".ora_staff_grader_file",
    "OraStaffGraderFileList": ".ora_staff_grader_file_list",
    "OraStaffGraderGradeCriterion": ".ora_staff_grader_grade_criterion",
    "OraStaffGraderGradeData": ".ora_staff_grader_grade_data",
    "OraStaffGraderGradeRequest": ".ora_staff_grader_grade_request",
    "OraStaffGraderGradeRequestAssessType": ".ora_staff_grader_grade_request_assess_type",
    "OraStaffGraderInitialize": ".ora_staff_grader_initialize",
    "OraStaffGraderInitializeSubmissions": ".ora_staff_grader_initialize_submissions",
    "OraStaffGraderLockStatus": ".ora_staff_grader_lock_status",
    "OraStaffGraderLockStatusLockStatus": ".ora_staff_grader_lock_status_lock_status",
    "OraStaffGraderMockGradeRequest": ".ora_staff_grader_mock_grade_request",
    "OraStaffGraderMockGradeResult": ".ora_staff_grader_mock_grade_result",
    "OraStaffGraderMockGradeResultGradeData": ".ora_staff_grader_mock_grade_result_grade_data",
    "OraStaffGraderMockGradeResultGradeStatus": ".ora_staff_grader_mock_grade_result_grade_status",
    "OraStaffGraderMockGradeResultLockStatus": ".ora_staff_grader_mock_grade_result_lock_status",
    "OraStaffGraderMockInitialize": ".ora_staff_grader_mock_initialize",
    "OraStaffGraderMockInitializeCourseMetadata": ".ora_staff_grader_mock_initialize_course_metadata",
    "OraStaffGraderMockInitializeOraMetadata": ".ora_staff_grader_mock_initialize_ora_metadata",
    "OraStaffGraderMockInitializeSubmissions": ".ora_staff_grader_mock_initialize_submissions",
    "OraStaffGraderMockInitializeSubmissionsAdditionalProperty": ".ora_staff_grader_mock_initialize_submissions_additional_property",
    "OraStaffGraderMockLockStatus": ".ora_staff_grader_mock_lock_status",
    "OraStaffGraderMockLockStatusLockStatus": ".ora_staff_grader_mock_lock_status_lock_status",
    "OraStaffGraderMockSubmission": ".ora_staff_grader_mock_submission",
    "OraStaffGraderMockSubmissionStatus": ".ora_staff_grader_mock_submission_status",
    "OraStaffGraderOraMetadata": ".ora_staff_grader_ora_metadata",
    "OraStaffGraderOraMetadataType": ".ora_staff_grader_ora_metadata_type",
    "OraStaffGraderResponse": ".ora_staff_grader_response",
    "OraStaffGraderRubricConfig": ".ora_staff_grader_rubric_config",
    "OraStaffGraderRubricCriterion": ".ora_staff_grader_rubric_criterion",
    "OraStaffGraderRubricCriterionFeedback": ".ora_staff_grader_rubric_criterion_feedback",
    "OraStaffGraderRubricOption": ".ora_staff_grader_rubric_option",
    "OraStaffGraderScore": ".ora_staff_grader_score",
    "OraStaffGraderSubmission": ".ora_staff_grader_submission",
    "OraStaffGraderSubmissionGradeStatus": ".ora_staff_grader_submission_grade_status",
    "OraStaffGraderSubmissionLockStatus": ".ora_staff_grader_submission_lock_status",
    "OraStaffGraderSubmissionMetadata": ".ora_staff_grader_submission_metadata",
    "OraStaffGraderSubmissionMetadataGradeStatus": ".ora_staff_grader_submission_metadata_grade_status",
    "OraStaffGraderSubmissionMetadataLockStatus": ".ora_staff_grader_submission_metadata_lock_status",
    "OraStaffGraderSubmissionStatus": ".ora_staff_grader_submission_status",
    "OraStaffGraderSubmissionStatusGradeStatus": ".ora_staff_grader_submission_status_grade_status",
    "OraStaffGraderSubmissionStatusLockStatus": ".ora_staff_grader_submission_status_lock_status",
    "Organization": ".organization",
    "PaginatedBookmarkList": ".paginated_bookmark_list",
    "PaginatedCcxCourseList": ".paginated_ccx_course_list",
    "PaginatedCohortUserList": ".paginated_cohort_user_list",
    "PaginatedEntitlementList": ".paginated_entitlement_list",
    "PaginatedEnvelope": ".paginated_envelope",
    "PaginatedExperimentDataList": ".paginated_experiment_data_list",
    "PaginatedExperimentKeyValueList": ".paginated_experiment_key_value_list",
    "PaginatedInstructorTaskBulkEmailScheduleList": ".paginated_instructor_task_bulk_email_schedule_list",
    "PaginatedLearnerPathwayProgressEntryList": ".paginated_learner_pathway_progress_entry_list",
    "PaginatedOrganizationList": ".paginated_organization_list",
    "PaginatedProgramEnrollmentsCourseEnrollmentList": ".paginated_program_enrollments_course_enrollment_list",
    "PaginatedProgramEnrollmentsCourseGradeList": ".paginated_program_enrollments_course_grade_list",
    "PaginatedProgramEnrollmentsEnrollmentList": ".paginated_program_enrollments_enrollment_list",
    "PaginatedTeamList": ".paginated_team_list",
    "PaginatedTeamListSortOrder": ".paginated_team_list_sort_order",
    "PaginatedTeamMembershipList": ".paginated_team_membership_list",
    "PaginatedTeamTopicList": ".paginated_team_topic_list",
    "PaginatedTeamTopicListSortOrder": ".paginated_team_topic_list_sort_order",
    "PaginatedThirdPartyAuthUserMappingList": ".paginated_third_party_auth_user_mapping_list",
    "PaginatedUserList": ".paginated_user_list",
    "PaginatedUserPreferenceList": ".paginated_user_preference_list",
    "PaginatedValVideoList": ".paginated_val_video_list",
    "ProfileImagesError": ".profile_images_error",
    "ProfileImagesUpload": ".profile_images_upload",
    "ProgramEnrollmentsCourseEnrollment": ".program_enrollments_course_enrollment",
    "ProgramEnrollmentsCourseEnrollmentRequest": ".program_enrollments_course_enrollment_request",
    "ProgramEnrollmentsCourseEnrollmentRequestStatus": ".program_enrollments_course_enrollment_request_status",
    "ProgramEnrollmentsCourseEnrollmentStatus": ".program_enrollments_course_enrollment_status",
    "ProgramEnrollmentsCourseGrade": ".program_enrollments_course_grade",
    "ProgramEnrollmentsCourseRunOverview": ".program_enrollments_course_run_overview",
    "ProgramEnrollmentsCourseRunOverviewCourseRunStatus": ".program_enrollments_course_run_overview_course_run_status",
    "ProgramEnrollmentsCourseRunOverviewPage": ".program_enrollments_course_run_overview_page",
    "ProgramEnrollmentsCourseWriteResult": ".program_enrollments_course_write_result",
    "ProgramEnrollmentsCourseWriteResultAdditionalProperty": ".program_enrollments_course_write_result_additional_property",
    "ProgramEnrollmentsCursorEnvelope": ".program_enrollments_cursor_envelope",
    "ProgramEnrollmentsDueDate": ".program_enrollments_due_date",
    "ProgramEnrollmentsEnrollment": ".program_enrollments_enrollment",
    "ProgramEnrollmentsEnrollmentCreateRequest": ".program_enrollments_enrollment_create_request",
    "ProgramEnrollmentsEnrollmentCreateRequestStatus": ".program_enrollments_enrollment_create_request_status",
    "ProgramEnrollmentsEnrollmentStatus": ".program_enrollments_enrollment_status",
    "ProgramEnrollmentsEnrollmentUpdateRequest": ".program_enrollments_enrollment_update_request",
    "ProgramEnrollmentsEnrollmentUpdateRequestStatus": ".program_enrollments_enrollment_update_request_status",
    "ProgramEnrollmentsIntegrationResetRequest": ".program_enrollments_integration_reset_request",
    "ProgramEnrollmentsIntegrationResetResponse200": ".program_enrollments_integration_reset_response_200",
    "ProgramEnrollmentsOverview": ".program_enrollments_overview",
    "ProgramEnrollmentsProgramAccess": ".program_enrollments_program_access",
    "ProgramEnrollmentsWriteResult": ".program_enrollments_write_result",
    "ProgramEnrollmentsWriteResultAdditionalProperty": ".program_enrollments_write_result_additional_property",
    "Team": ".team",
    "TeamAssignment": ".team_assignment",
    "TeamBulkMembershipUploadErrors": ".team_bulk_membership_upload_errors",
    "TeamBulkMembershipUploadRequest": ".team_bulk_membership_upload_request",
    "TeamBulkMembershipUploadResult": ".team_bulk_membership_upload_result",
    "TeamCreateRequest": ".team_create_request",
    "TeamMember": ".team_member",
    "TeamMembership": ".team_membership",
    "TeamMembershipCreateRequest": ".team_membership_create_request",
    "TeamReference": ".team_reference",
    "TeamTeamsListOrderBy": ".team_teams_list_order_by",
    "TeamTopic": ".team_topic",
    "TeamTopicType": ".team_topic_type",
    "TeamTopicsListOrderBy": ".team_topics_list_order_by",
    "TeamUpdateRequest": ".team_update_request",
    "TeamUserReference": ".team_user_reference",
    "TeamWithoutMembership": ".team_without_membership",
    "ThirdPartyAuthLinkedProvider": ".third_party_auth_linked_provider",
    "ThirdPartyAuthProviderUserStatus": ".third_party_auth_provider_user_status",
    "ThirdPartyAuthUserMapping": ".third_party_auth_user_mapping",
    "ThirdPartyAuthUserProviders": ".third_party_auth_user_providers",
    "TogglesSettingState": ".toggles_setting_state",
    "TogglesStateReport": ".toggles_state_report",
    "TogglesWaffleFlagState": ".toggles_waffle_flag_state",
    "TogglesWaffleFlagStateComputedStatus": ".toggles_waffle_flag_state_computed_status",
    "TogglesWaffleFlagStateEveryone": ".toggles_waffle_flag_state_everyone",
    "TogglesWaffleSwitchState": ".toggles_waffle_switch_state",
    "TogglesWaffleSwitchStateComputedStatus": ".toggles_waffle_switch_state_computed_status",
    "TogglesWaffleSwitchStateIsActive": ".toggles_waffle_switch_state_is_active",
    "User": ".user",
    "UserAccount": ".user_account",
    "UserAccountAccountPrivacy": ".user_account_account_privacy",
    "UserAccountExtendedProfileField": ".user_account_extended_profile_field",
    "UserAccountLanguageProficiency": ".user_account_language_proficiency",
    "UserAccountLoginSessionCreateApiVersion": ".user_account_login_session_create_api_version",
    "UserAccountLoginSessionRetrieveApiVersion": ".user_account_login_session_retrieve_api_version",
    "UserAccountMergePatch": ".user_account_merge_patch",
    "UserAccountMergePatchAccountPrivacy": ".user_account_merge_patch_account_privacy",
    "UserAccountProfileImage": ".user_account_profile_image",
    "UserAccountSocialLink": ".user_account_social_link",
    "UserAccountSocialLinkPlatform": ".user_account_social_link_platform",
    "UserCancelRetirementRequest": ".user_cancel_retirement_request",
    "UserCancelRetirementResponse": ".user_cancel_retirement_response",
    "UserDeactivateLogoutRequest": ".user_deactivate_logout_request",
    "UserEmailOptInRequest": ".user_email_opt_in_request",
    "UserFormDescription": ".user_form_description",
    "UserFormField": ".user_form_field",
    "UserFormFieldErrorMessages": ".user_form_field_error_messages",
    "UserFormFieldOption": ".user_form_field_option",
    "UserFormFieldRestrictions": ".user_form_field_restrictions",
    "UserFormFieldType": ".user_form_field_type",
    "UserGender": ".user_gender",
    "UserIdVerification": ".user_id_verification",
    "UserIdVerificationType": ".user_id_verification_type",
    "UserLevelOfEducation": ".user_level_of_education",
    "UserLoginSessionRequest": ".user_login_session_request",
    "UserLoginSessionResponse": ".user_login_session_response",
    "UserMe": ".user_me",
    "UserNameChangeRequest": ".user_name_change_request",
    "UserPasswordResetTokenValidationRequest": ".user_password_reset_token_validation_request",
    "UserPasswordResetTokenValidationResponse": ".user_password_reset_token_validation_response",
    "UserPreference": ".user_preference",
    "UserPreferences": ".user_preferences",
    "UserPreferencesMergePatch": ".user_preferences_merge_patch",
    "UserProfileImageUpload": ".user_profile_image_upload",
    "UserRegistrationAuthenticatedUser": ".user_registration_authenticated_user",
    "UserRegistrationConflict": ".user_registration_conflict",
    "UserRegistrationRequest": ".user_registration_request",
    "UserRegistrationResponse": ".user_registration_response",
    "UserRegistrationValidationRequest": ".user_registration_validation_request",
    "UserRegistrationValidationResponse": ".user_registration_validation_response",
    "UserRegistrationValidationResponseValidationDecisions": ".user_registration_validation_response_validation_decisions",
    "UserReplaceUsernamesRequest": ".user_replace_usernames_request",
    "UserReplaceUsernamesResponse": ".user_replace_usernames_response",
    "UserRetirementCleanupRequest": ".user_retirement_cleanup_request",
    "UserRetirementPartnerReport": ".user_retirement_partner_report",
    "UserRetirementPartnerReportCleanupItem": ".user_retirement_partner_report_cleanup_item",
    "UserRetirementState": ".user_retirement_state",
    "UserRetirementStatus": ".user_retirement_status",
    "UserRetirementStatusUpdateRequest": ".user_retirement_status_update_request",
    "UserRetirementUser": ".user_retirement_user",
    "UserRetirementUserProfile": ".user_retirement_user_profile",
    "UserRetirementUsernameRequest": ".user_retirement_username_request",
    "UserSearchEmailsRequest": ".user_search_emails_request",
    "UserSearchEmailsResult": ".user_search_emails_result",
    "UserTimeZone": ".user_time_zone",
    "UserTour": ".user_tour",
    "UserTourCourseHomeTourStatus": ".user_tour_course_home_tour_status",
    "UserToursDiscussionTour": ".user_tours_discussion_tour",
    "UserToursDiscussionTourUpdate": ".user_tours_discussion_tour_update",
    "UserToursDiscussionToursUpdateResponse400Type0": ".user_tours_discussion_tours_update_response_400_type_0",
    "UserToursTourUpdate": ".user_tours_tour_update",
    "UserToursTourUpdateCourseHomeTourStatus": ".user_tours_tour_update_course_home_tour_status",
    "UserUsernameMapping": ".user_username_mapping",
    "UserVerificationStatus": ".user_verification_status",
    "ValEncodeData": ".val_encode_data",
    "ValEncodedVideo": ".val_encoded_video",
    "ValMissingHlsRequest": ".val_missing_hls_request",
    "ValMissingHlsResponse": ".val_missing_hls_response",
    "ValVideo": ".val_video",
    "ValVideoCoursesItemType1": ".val_video_courses_item_type_1",
    "ValVideoImagesUpdateRequest": ".val_video_images_update_request",
    "ValVideoPatch": ".val_video_patch",
    "ValVideoPatchCoursesItemType1": ".val_video_patch_courses_item_type_1",
    "ValVideoProfileUpdateRequest": ".val_video_profile_update_request",
    "ValVideoStatusUpdateRequest": ".val_video_status_update_request",
    "ValVideoStatusUpdateRequestStatus": ".val_video_status_update_request_status",
    "ValVideoTranscriptCreateRequest": ".val_video_transcript_create_request",
    "ValVideoTranscriptCreateRequestFileFormat": ".val_video_transcript_create_request_file_format",
    "ValVideoTranscriptCreateRequestProvider": ".val_video_transcript_create_request_provider",
    "ValVideosStatusPartialUpdateResponse200": ".val_videos_status_partial_update_response_200",
    "XblockBlockMetadata": ".xblock_block_metadata",
    "XblockBlockMetadataIndexDictionary": ".xblock_block_metadata_index_dictionary",
    "XblockBlockView": ".xblock_block_view",
    "XblockBlockViewJsonInitArgsType0": ".xblock_block_view_json_init_args_type_0",
    "XblockFragmentResource": ".xblock_fragment_resource",
    "XblockHandlerUrl": ".xblock_handler_url",
    "XblockXblocksRetrieveIncludeItem": ".xblock_xblocks_retrieve_include_item",
}

__all__ = (
    "AgreementsIntegritySignature",
    "Bookmark",
    "BookmarkCreateRequest",
    "BookmarkPathItem",
    "BulkEnrollCourseResults",
    "BulkEnrollCourseResultsAction",
    "BulkEnrollRequest",
    "BulkEnrollRequestAction",
    "BulkEnrollResponse",
    "BulkEnrollResponseAction",
    "BulkEnrollResponseCourses",
    "BulkEnrollResult",
    "BulkEnrollState",
    "CcxCourse",
    "Certificate",
    "CertificateCertificateType",
    "ChangeEmailSettingsForm",
    "ChangeEmailSettingsRequest",
    "ChangeEmailSettingsResult",
    "Cohort",
    "CohortAddedUser",
    "CohortAssignmentType",
    "CohortCreateRequest",
    "CohortCreateRequestAssignmentType",
    "CohortMovedUser",
    "CohortSettings",
    "CohortSettingsUpdateRequest",
    "CohortUpdateRequest",
    "CohortUpdateRequestAssignmentType",
    "CohortUser",
    "CohortUsersAddRequest",
    "CohortUsersAddResult",
    "CohortsAssignmentsUpload",
    "CommerceBasketRequest",
    "CommerceBasketResult",
    "CommerceCourse",
    "CommerceCourseMode",
    "CommerceDetail",
    "CommerceOrder",
    "CommerceOrderBasketDiscountsItem",
    "CommerceOrderBillingAddress",
    "CommerceOrderLine",
    "CommerceOrderLineProduct",
    "CommerceOrderUser",
    "CommerceOrderVouchersType0Item",
    "CompletionBatchRequest",
    "CompletionBatchResponse",
    "CompletionBlockValues",
    "CompletionSubsectionCompletion",
    "CourseExperienceCourseDeadlinesInfo",
    "CourseExperienceDatesBannerInfo",
    "CourseExperienceResetCourseDeadlinesRequest",
    "CourseExperienceResetCourseDeadlinesResponse",
    "CourseHomeAccessExpiration",
    "CourseHomeAssignmentPolicy",
    "CourseHomeCertData",
    "CourseHomeCompletionSummary",
    "CourseHomeCourseGoalSaveRequest",
    "CourseHomeCourseGoalSaved",
    "CourseHomeCourseGoals",
    "CourseHomeCourseGrade",
    "CourseHomeCourseMetadata",
    "CourseHomeCourseMetadataCelebrations",
    "CourseHomeCourseMetadataCourseAccess",
    "CourseHomeCourseTool",
    "CourseHomeCreditCourseRequirements",
    "CourseHomeCreditCourseRequirementsEligibilityStatus",
    "CourseHomeDateBlock",
    "CourseHomeDates",
    "CourseHomeDatesBannerInfo",
    "CourseHomeDatesWidget",
    "CourseHomeEnrollAlert",
    "CourseHomeGoalUnsubscribeResponse",
    "CourseHomeGradeOverride",
    "CourseHomeGradeOverrideSystem",
    "CourseHomeGradingPolicy",
    "CourseHomeGradingPolicyGradeRange",
    "CourseHomeMessage",
    "CourseHomeOffer",
    "CourseHomeOutline",
    "CourseHomeOutlineBlock",
    "CourseHomeOutlineCourseBlocks",
    "CourseHomeProblemScore",
    "CourseHomeProgress",
    "CourseHomeResumeCourse",
    "CourseHomeSectionScore",
    "CourseHomeSelectedGoal",
    "CourseHomeSubsectionScore",
    "CourseHomeSubsectionScoreShowCorrectness",
    "CourseHomeTab",
    "CourseHomeVerificationData",
    "CourseHomeVerifiedMode",
    "CourseHomeWelcomeMessageDismissRequest",
    "CourseLiveConfiguration",
    "CourseLiveIframe",
    "CourseLiveLtiConfiguration",
    "CourseLiveLtiConfigurationLtiConfig",
    "CourseLiveLtiConfigurationVersion",
    "CourseLiveProvider",
    "CourseLiveProviderPiiSharing",
    "CourseLiveProviders",
    "CourseLiveProvidersProviders",
    "CourseLiveProvidersProvidersAvailable",
    "CourseMode",
    "CourseModePatch",
    "CourseModeRecord",
    "CoursesBannerImage",
    "CoursesBlock",
    "CoursesBlockBlockCounts",
    "CoursesBlockMetadata",
    "CoursesBlockMetadataIndexDictionary",
    "CoursesBlockMetadataV1RetrieveIncludeItem",
    "CoursesBlockMetadataV2RetrieveIncludeItem",
    "CoursesBlockStudentViewData",
    "CoursesBlockTree",
    "CoursesBlockTreeBlocksType0",
    "CoursesBlocksV1ListReturnType",
    "CoursesBlocksV1RetrieveReturnType",
    "CoursesBlocksV2ListReturnType",
    "CoursesBlocksV2RetrieveReturnType",
    "CoursesCourse",
    "CoursesCourseDetail",
    "CoursesCourseDetailPacing",
    "CoursesCourseDetailStartType",
    "CoursesCourseIdPage",
    "CoursesCourseIdsListRole",
    "CoursesCourseImage",
    "CoursesCoursePacing",
    "CoursesCoursePage",
    "CoursesCourseStartType",
    "CoursesCourseVideo",
    "CoursesImage",
    "CoursesMedia",
    "CoursesPagination",
    "CoursewareAccessExpiration",
    "CoursewareCelebrationUpdate",
    "CoursewareCelebrations",
    "CoursewareCourse",
    "CoursewareCourseCertificateDataType0",
    "CoursewareCourseGoals",
    "CoursewareCourseImage",
    "CoursewareCoursePacing",
    "CoursewareCourseStartType",
    "CoursewareCourseVideo",
    "CoursewareEnrollment",
    "CoursewareEntranceExamData",
    "CoursewareImageUrls",
    "CoursewareMedia",
    "CoursewareNotes",
    "CoursewareOffer",
    "CoursewarePrerequisiteCourse",
    "CoursewareProgramProgress",
    "CoursewareRelatedProgram",
    "CoursewareResume",
    "CoursewareSelectedGoal",
    "CoursewareSequenceGatedContent",
    "CoursewareSequenceMetadata",
    "CoursewareSequenceUnit",
    "CoursewareSinglePaidMode",
    "CreditCourse",
    "CreditEligibility",
    "CreditProvider",
    "CreditProviderCallbackRequest",
    "CreditRequestCreateRequest",
    "CreditRequestDescription",
    "CreditRequestDescriptionMethod",
    "CreditRequestParameters",
    "DashboardPathway",
    "DashboardProgram",
    "DashboardProgramBannerImage",
    "DashboardProgramCourse",
    "DashboardProgramImage",
    "DashboardProgramOrganization",
    "DashboardProgramProgress",
    "DashboardProgramProgressDetails",
    "DashboardProgramProgressDetailsCertificateDataItem",
    "DashboardProgramProgressDetailsCourseData",
    "DashboardProgramProgressDetailsProgramData",
    "DashboardProgramUrls",
    "DiscountsCourseUserDiscount",
    "DiscussionBlackout",
    "DiscussionCaptchaSettings",
    "DiscussionComment",
    "DiscussionCommentCreateRequest",
    "DiscussionCommentMergePatch",
    "DiscussionCourse",
    "DiscussionCourseSettings",
    "DiscussionCourseSettingsMergePatch",
    "DiscussionCourseTopicsV2ListOrderBy",
    "DiscussionCoursesActivityStatsRetrieveOrderBy",
    "DiscussionCoursesLearnerRetrieveOrderBy",
    "DiscussionCoursesLearnerRetrieveStatus",
    "DiscussionCoursesLearnerRetrieveThreadType",
    "DiscussionFileUpload",
    "DiscussionLastEdit",
    "DiscussionPageEnvelope",
    "DiscussionPaginatedCommentList",
    "DiscussionPaginatedThreadList",
    "DiscussionPaginatedUserStatsList",
    "DiscussionPagination",
    "DiscussionProfileImage",
    "DiscussionReason",
    "DiscussionReplaceUsernamesRequest",
    "DiscussionReplaceUsernamesRequestUsernameMappingsItem",
    "DiscussionReplaceUsernamesResponse",
    "DiscussionReplaceUsernamesResponseFailedReplacementsItem",
    "DiscussionReplaceUsernamesResponseSuccessfulReplacementsItem",
    "DiscussionRetireForumRequest",
    "DiscussionRoleLabel",
    "DiscussionRoleMember",
    "DiscussionRoleMembers",
    "DiscussionRoleUpdateRequest",
    "DiscussionRoleUpdateRequestAction",
    "DiscussionThread",
    "DiscussionThreadCreateRequest",
    "DiscussionThreadCreateRequestType",
    "DiscussionThreadMergePatch",
    "DiscussionThreadMergePatchType",
    "DiscussionThreadType",
    "DiscussionThreadsListOrderBy",
    "DiscussionThreadsListOrderDirection",
    "DiscussionThreadsListThreadType",
    "DiscussionThreadsListView",
    "DiscussionTopicListV1",
    "DiscussionTopicV1",
    "DiscussionTopicV1ThreadCountsType0",
    "DiscussionTopicV2",
    "DiscussionTopicV2ThreadCounts",
    "DiscussionTopicV3Entry",
    "DiscussionTopicV3EntryChildrenItem",
    "DiscussionTopicV3EntryThreadCounts",
    "DiscussionUploadedFile",
    "DiscussionUserProfiles",
    "DiscussionUserProfilesAdditionalProperty",
    "DiscussionUserProfilesAdditionalPropertyProfile",
    "DiscussionUserStats",
    "EdxDefaultPaginationEnvelope",
    "EdxProctoringActiveExam",
    "EdxProctoringAllowance",
    "EdxProctoringAllowanceDelete",
    "EdxProctoringAllowanceWrite",
    "EdxProctoringAttempt",
    "EdxProctoringAttemptAction",
    "EdxProctoringAttemptActionAction",
    "EdxProctoringAttemptActionResult",
    "EdxProctoringAttemptCreate",
    "EdxProctoringAttemptData",
    "EdxProctoringAttemptDetail",
    "EdxProctoringAttemptId",
    "EdxProctoringAttemptReadyCallbackCreateResponse200",
    "EdxProctoringAttemptReviewedCallbackCreateResponse200",
    "EdxProctoringAttemptStatus",
    "EdxProctoringBackendRetirement",
    "EdxProctoringBulkAllowancePair",
    "EdxProctoringBulkAllowanceWrite",
    "EdxProctoringCourseAllowancesGroupedListResponse200",
    "EdxProctoringCourseExamAttempt",
    "EdxProctoringEmpty",
    "EdxProctoringExam",
    "EdxProctoringExamCreate",
    "EdxProctoringExamId",
    "EdxProctoringExamRegistration",
    "EdxProctoringExamSettings",
    "EdxProctoringExamSettingsExamProctoringBackend",
    "EdxProctoringExamSettingsLinkUrlsType0",
    "EdxProctoringExamUpdate",
    "EdxProctoringFieldError",
    "EdxProctoringFieldErrors",
    "EdxProctoringGroupedAttempt",
    "EdxProctoringGroupedAttemptsPage",
    "EdxProctoringGroupedAttemptsPagePaginationInfo",
    "EdxProctoringLearnerExam",
    "EdxProctoringLearnerExamPrerequisiteStatus",
    "EdxProctoringLearnerExamType",
    "EdxProctoringLearnerOnboarding",
    "EdxProctoringNoTimedExam",
    "EdxProctoringOnboardingDashboardStatus",
    "EdxProctoringOnboardingStatus",
    "EdxProctoringOnboardingStatusPage",
    "EdxProctoringReview",
    "EdxProctoringReviewCallbackCreateResponse200",
    "EdxProctoringReviewComment",
    "EdxProctoringReviewPayload",
    "EdxProctoringReviewPolicy",
    "EdxProctoringReviewStatus",
    "EdxProctoringSoftwareSecureComment",
    "EdxProctoringSoftwareSecureReview",
    "EdxProctoringSoftwareSecureReviewExamMetaData",
    "EdxProctoringSoftwareSecureReviewReviewStatus",
    "EdxProctoringUser",
    "EdxnotesRetireUserRequest",
    "EmbargoCourseAccess",
    "EnrollmentAttribute",
    "EnrollmentCourseDetails",
    "EnrollmentCourseDetailsPacingType",
    "EnrollmentCourseMode",
    "EnrollmentCreateRequest",
    "EnrollmentCreateRequestCourseDetails",
    "EnrollmentCursorPage",
    "EnrollmentErrorMessage",
    "EnrollmentRecord",
    "EnrollmentRole",
    "EnrollmentRoles",
    "EnrollmentUnenrollRequest",
    "EnrollmentUserEnrollment",
    "Entitlement",
    "EntitlementEnrollmentRequest",
    "EntitlementEnrollmentResult",
    "ErrorItem",
    "ErrorItemLocation",
    "ErrorResponse",
    "ExperimentData",
    "ExperimentDataCreate",
    "ExperimentDataPatch",
    "ExperimentKeyValue",
    "ExperimentKeyValuePatch",
    "ExperimentsRev934Upsell",
    "ExperimentsUserMetadata",
    "ExperimentsUserMetadataCourseKeyFields",
    "ExperimentsUserMetadataPacingType",
    "ExperimentsUserMetadataPartitionGroups",
    "ExperimentsUserMetadataProgram",
    "GradesAssignmentTypePolicy",
    "GradesCourseGrade",
    "GradesCourseGradePage",
    "GradesCourseGradeStatus",
    "GradesGradeOverrideRequest",
    "GradesGradebookEntry",
    "GradesGradebookPage",
    "GradesGradebookSubsectionGrade",
    "GradesGradebookUpdateItem",
    "GradesGradebookUpdateResult",
    "GradesGradingInfo",
    "GradesGradingInfoAssignmentType",
    "GradesGradingInfoAssignmentTypes",
    "GradesGradingInfoGradeCutoffs",
    "GradesGradingInfoSubsection",
    "GradesSectionBreakdown",
    "GradesSectionGradesBreakdownPage",
    "GradesSubmission",
    "GradesSubmissionHistory",
    "GradesSubmissionHistoryProblem",
    "GradesSubsectionGrade",
    "GradesSubsectionGradeOverride",
    "GradesSubsectionGradeOverrideHistory",
    "GradesSubsectionScores",
    "InstructorReportDownload",
    "InstructorReportDownloadList",
    "InstructorReportGenerationStatus",
    "InstructorReportProblemResponsesRequest",
    "InstructorRunningTask",
    "InstructorRunningTaskList",
    "InstructorTaskBulkEmailSchedule",
    "InstructorTaskBulkEmailScheduleUpdateRequest",
    "InstructorTaskBulkEmailUpdate",
    "InstructorTaskCourseEmail",
    "LearnerHomeCertificate",
    "LearnerHomeCourse",
    "LearnerHomeCourseCard",
    "LearnerHomeCourseProvider",
    "LearnerHomeCourseRun",
    "LearnerHomeCoursewareAccess",
    "LearnerHomeCredit",
    "LearnerHomeEmailConfirmation",
    "LearnerHomeEnrollment",
    "LearnerHomeEnterpriseDashboard",
    "LearnerHomeEntitlement",
    "LearnerHomeEntitlementSession",
    "LearnerHomeGradeData",
    "LearnerHomeInit",
    "LearnerHomePlatformSettings",
    "LearnerHomePrograms",
    "LearnerHomeRelatedProgram",
    "LearnerHomeSocialShareSettings",
    "LearnerHomeSocialShareSite",
    "LearnerHomeSuggestedCourse",
    "LearnerPathwayProgressCourse",
    "LearnerPathwayProgressCourseRun",
    "LearnerPathwayProgressCourseStatus",
    "LearnerPathwayProgressEntry",
    "LearnerPathwayProgressPathway",
    "LearnerPathwayProgressProgram",
    "LearnerPathwayProgressProgramCourse",
    "LearnerPathwayProgressProgramStatus",
    "LearnerPathwayProgressStep",
    "LearningSequencesOutline",
    "LearningSequencesOutlineSequences",
    "LearningSequencesSection",
    "LearningSequencesSequence",
    "LearningSequencesSequenceExam",
    "LearningSequencesUserCourseOutline",
    "LtiConsumerLineItem",
    "LtiConsumerLineItemPatch",
    "LtiConsumerMember",
    "LtiConsumerMembershipContainer",
    "LtiConsumerMembershipContainerContext",
    "LtiConsumerMembershipError",
    "LtiConsumerResult",
    "LtiConsumerScore",
    "LtiConsumerScoreActivityProgress",
    "LtiConsumerScoreGradingProgress",
    "MfeConfig",
    "MfeContext",
    "MfeContextData",
    "MfeContextDataEnterpriseBrandingType0",
    "MfeContextOptionalFields",
    "MfeContextOptionalFieldsFields",
    "MfeContextPipelineUserDetails",
    "MfeContextProvider",
    "MfeContextRegistrationFields",
    "MfeContextRegistrationFieldsFields",
    "MobileCourseAccess",
    "MobileCourseEnrollment",
    "MobileCourseEnrollmentProgress",
    "MobileCourseHandouts",
    "MobileCourseMode",
    "MobileCourseStatus",
    "MobileCourseStatusUpdate",
    "MobileCourseUpdate",
    "MobileEnrollmentCertificate",
    "MobileEnrollmentCourse",
    "MobileEnrollmentCourseCourseSharingUtmParameters",
    "MobileEnrollmentCourseMedia",
    "MobileEnrollmentCourseMediaCourseImage",
    "MobileEnrollmentCourseStartType",
    "MobilePaginatedCourseEnrollmentList",
    "MobilePrimaryCourseEnrollment",
    "MobilePrimaryCourseEnrollmentCourseAssignments",
    "MobilePrimaryCourseEnrollmentCourseAssignmentsFutureAssignmentsType0Item",
    "MobilePrimaryCourseEnrollmentCourseAssignmentsPastAssignmentsType0Item",
    "MobilePrimaryCourseStatus",
    "MobileRecordUserActivityRequest",
    "MobileUser",
    "MobileUserCourseEnrollments",
    "MobileUserCourseEnrollmentsConfigs",
    "NameAffirmationEmptyResponse",
    "NameAffirmationLatestVerifiedName",
    "NameAffirmationLatestVerifiedNameStatus",
    "NameAffirmationVerifiedName",
    "NameAffirmationVerifiedNameConfig",
    "NameAffirmationVerifiedNameHistory",
    "NameAffirmationVerifiedNameRecord",
    "NameAffirmationVerifiedNameRecordStatus",
    "NameAffirmationVerifiedNameStatusUpdate",
    "OraStaffGraderAssessedCriterion",
    "OraStaffGraderBatchUnlockRequest",
    "OraStaffGraderBatchUnlockResponse",
    "OraStaffGraderCourseMetadata",
    "OraStaffGraderError",
    "OraStaffGraderErrorError",
    "OraStaffGraderErrorGradeStatus",
    "OraStaffGraderErrorLockStatus",
    "OraStaffGraderFile",
    "OraStaffGraderFileList",
    "OraStaffGraderGradeCriterion",
    "OraStaffGraderGradeData",
    "OraStaffGraderGradeRequest",
    "OraStaffGraderGradeRequestAssessType",
    "OraStaffGraderInitialize",
    "OraStaffGraderInitializeSubmissions",
    "OraStaffGraderLockStatus",
    "OraStaffGraderLockStatusLockStatus",
    "OraStaffGraderMockGradeRequest",
    "OraStaffGraderMockGradeResult",
    "OraStaffGraderMockGradeResultGradeData",
    "OraStaffGraderMockGradeResultGradeStatus",
    "OraStaffGraderMockGradeResultLockStatus",
    "OraStaffGraderMockInitialize",
    "OraStaffGraderMockInitializeCourseMetadata",
    "OraStaffGraderMockInitializeOraMetadata",
    "OraStaffGraderMockInitializeSubmissions",
    "OraStaffGraderMockInitializeSubmissionsAdditionalProperty",
    "OraStaffGraderMockLockStatus",
    "OraStaffGraderMockLockStatusLockStatus",
    "OraStaffGraderMockSubmission",
    "OraStaffGraderMockSubmissionStatus",
    "OraStaffGraderOraMetadata",
    "OraStaffGraderOraMetadataType",
    "OraStaffGraderResponse",
    "OraStaffGraderRubricConfig",
    "OraStaffGraderRubricCriterion",
    "OraStaffGraderRubricCriterionFeedback",
    "OraStaffGraderRubricOption",
    "OraStaffGraderScore",
    "OraStaffGraderSubmission",
    "OraStaffGraderSubmissionGradeStatus",
    "OraStaffGraderSubmissionLockStatus",
    "OraStaffGraderSubmissionMetadata",
    "OraStaffGraderSubmissionMetadataGradeStatus",
    "OraStaffGraderSubmissionMetadataLockStatus",
    "OraStaffGraderSubmissionStatus",
    "OraStaffGraderSubmissionStatusGradeStatus",
    "OraStaffGraderSubmissionStatusLockStatus",
    "Organization",
    "PaginatedBookmarkList",
    "PaginatedCcxCourseList",
    "PaginatedCohortUserList",
    "PaginatedEntitlementList",
    "PaginatedEnvelope",
    "PaginatedExperimentDataList",
    "PaginatedExperimentKeyValueList",
    "PaginatedInstructorTaskBulkEmailScheduleList",
    "PaginatedLearnerPathwayProgressEntryList",
    "PaginatedOrganizationList",
    "PaginatedProgramEnrollmentsCourseEnrollmentList",
    "PaginatedProgramEnrollmentsCourseGradeList",
    "PaginatedProgramEnrollmentsEnrollmentList",
    "PaginatedTeamList",
    "PaginatedTeamListSortOrder",
    "PaginatedTeamMembershipList",
    "PaginatedTeamTopicList",
    "PaginatedTeamTopicListSortOrder",
    "PaginatedThirdPartyAuthUserMappingList",
    "PaginatedUserList",
    "PaginatedUserPreferenceList",
    "PaginatedValVideoList",
    "ProfileImagesError",
    "ProfileImagesUpload",
    "ProgramEnrollmentsCourseEnrollment",
    "ProgramEnrollmentsCourseEnrollmentRequest",
    "ProgramEnrollmentsCourseEnrollmentRequestStatus",
    "ProgramEnrollmentsCourseEnrollmentStatus",
    "ProgramEnrollmentsCourseGrade",
    "ProgramEnrollmentsCourseRunOverview",
    "ProgramEnrollmentsCourseRunOverviewCourseRunStatus",
    "ProgramEnrollmentsCourseRunOverviewPage",
    "ProgramEnrollmentsCourseWriteResult",
    "ProgramEnrollmentsCourseWriteResultAdditionalProperty",
    "ProgramEnrollmentsCursorEnvelope",
    "ProgramEnrollmentsDueDate",
    "ProgramEnrollmentsEnrollment",
    "ProgramEnrollmentsEnrollmentCreateRequest",
    "ProgramEnrollmentsEnrollmentCreateRequestStatus",
    "ProgramEnrollmentsEnrollmentStatus",
    "ProgramEnrollmentsEnrollmentUpdateRequest",
    "ProgramEnrollmentsEnrollmentUpdateRequestStatus",
    "ProgramEnrollmentsIntegrationResetRequest",
    "ProgramEnrollmentsIntegrationResetResponse200",
    "ProgramEnrollmentsOverview",
    "ProgramEnrollmentsProgramAccess",
    "ProgramEnrollmentsWriteResult",
    "ProgramEnrollmentsWriteResultAdditionalProperty",
    "Team",
    "TeamAssignment",
    "TeamBulkMembershipUploadErrors",
    "TeamBulkMembershipUploadRequest",
    "TeamBulkMembershipUploadResult",
    "TeamCreateRequest",
    "TeamMember",
    "TeamMembership",
    "TeamMembershipCreateRequest",
    "TeamReference",
    "TeamTeamsListOrderBy",
    "TeamTopic",
    "TeamTopicType",
    "TeamTopicsListOrderBy",
    "TeamUpdateRequest",
    "TeamUserReference",
    "TeamWithoutMembership",
    "ThirdPartyAuthLinkedProvider",
    "ThirdPartyAuthProviderUserStatus",
    "ThirdPartyAuthUserMapping",
    "ThirdPartyAuthUserProviders",
    "TogglesSettingState",
    "TogglesStateReport",
    "TogglesWaffleFlagState",
    "TogglesWaffleFlagStateComputedStatus",
    "TogglesWaffleFlagStateEveryone",
    "TogglesWaffleSwitchState",
    "TogglesWaffleSwitchStateComputedStatus",
    "TogglesWaffleSwitchStateIsActive",
    "User",
    "UserAccount",
    "UserAccountAccountPrivacy",
    "UserAccountExtendedProfileField",
    "UserAccountLanguageProficiency",
    "UserAccountLoginSessionCreateApiVersion",
    "UserAccountLoginSessionRetrieveApiVersion",
    "UserAccountMergePatch",
    "UserAccountMergePatchAccountPrivacy",
    "UserAccountProfileImage",
    "UserAccountSocialLink",
    "UserAccountSocialLinkPlatform",
    "UserCancelRetirementRequest",
    "UserCancelRetirementResponse",
    "UserDeactivateLogoutRequest",
    "UserEmailOptInRequest",
    "UserFormDescription",
    "UserFormField",
    "UserFormFieldErrorMessages",
    "UserFormFieldOption",
    "UserFormFieldRestrictions",
    "UserFormFieldType",
    "UserGender",
    "UserIdVerification",
    "UserIdVerificationType",
    "UserLevelOfEducation",
    "UserLoginSessionRequest",
    "UserLoginSessionResponse",
    "UserMe",
    "UserNameChangeRequest",
    "UserPasswordResetTokenValidationRequest",
    "UserPasswordResetTokenValidationResponse",
    "UserPreference",
    "UserPreferences",
    "UserPreferencesMergePatch",
    "UserProfileImageUpload",
    "UserRegistrationAuthenticatedUser",
    "UserRegistrationConflict",
    "UserRegistrationRequest",
    "UserRegistrationResponse",
    "UserRegistrationValidationRequest",
    "UserRegistrationValidationResponse",
    "UserRegistrationValidationResponseValidationDecisions",
    "UserReplaceUsernamesRequest",
    "UserReplaceUsernamesResponse",
    "UserRetirementCleanupRequest",
    "UserRetirementPartnerReport",
    "UserRetirementPartnerReportCleanupItem",
    "UserRetirementState",
    "UserRetirementStatus",
    "UserRetirementStatusUpdateRequest",
    "UserRetirementUser",
    "UserRetirementUserProfile",
    "UserRetirementUsernameRequest",
    "UserSearchEmailsRequest",
    "UserSearchEmailsResult",
    "UserTimeZone",
    "UserTour",
    "UserTourCourseHomeTourStatus",
    "UserToursDiscussionTour",
    "UserToursDiscussionTourUpdate",
    "UserToursDiscussionToursUpdateResponse400Type0",
    "UserToursTourUpdate",
    "UserToursTourUpdateCourseHomeTourStatus",
    "UserUsernameMapping",
    "UserVerificationStatus",
    "ValEncodeData",
    "ValEncodedVideo",
    "ValMissingHlsRequest",
    "ValMissingHlsResponse",
    "ValVideo",
    "ValVideoCoursesItemType1",
    "ValVideoImagesUpdateRequest",
    "ValVideoPatch",
    "ValVideoPatchCoursesItemType1",
    "ValVideoProfileUpdateRequest",
    "ValVideoStatusUpdateRequest",
    "ValVideoStatusUpdateRequestStatus",
    "ValVideoTranscriptCreateRequest",
    "ValVideoTranscriptCreateRequestFileFormat",
    "ValVideoTranscriptCreateRequestProvider",
    "ValVideosStatusPartialUpdateResponse200",
    "XblockBlockMetadata",
    "XblockBlockMetadataIndexDictionary",
    "XblockBlockView",
    "XblockBlockViewJsonInitArgsType0",
    "XblockFragmentResource",
    "XblockHandlerUrl",
    "XblockXblocksRetrieveIncludeItem",
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
