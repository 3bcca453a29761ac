"""The edx_proctoring operations: one module per operation, and `EdxProctoringOperations` /
`AsyncEdxProctoringOperations`, which bind them to a client (`edx.<api>.edx_proctoring`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.edx_proctoring_active_exam import EdxProctoringActiveExam
    from ...models.edx_proctoring_allowance import EdxProctoringAllowance
    from ...models.edx_proctoring_allowance_delete import EdxProctoringAllowanceDelete
    from ...models.edx_proctoring_allowance_write import EdxProctoringAllowanceWrite
    from ...models.edx_proctoring_attempt_action import EdxProctoringAttemptAction
    from ...models.edx_proctoring_attempt_action_result import (
        EdxProctoringAttemptActionResult,
    )
    from ...models.edx_proctoring_attempt_create import EdxProctoringAttemptCreate
    from ...models.edx_proctoring_attempt_data import EdxProctoringAttemptData
    from ...models.edx_proctoring_attempt_detail import EdxProctoringAttemptDetail
    from ...models.edx_proctoring_attempt_id import EdxProctoringAttemptId
    from ...models.edx_proctoring_attempt_ready_callback_create_response_200 import (
        EdxProctoringAttemptReadyCallbackCreateResponse200,
    )
    from ...models.edx_proctoring_attempt_reviewed_callback_create_response_200 import (
        EdxProctoringAttemptReviewedCallbackCreateResponse200,
    )
    from ...models.edx_proctoring_backend_retirement import (
        EdxProctoringBackendRetirement,
    )
    from ...models.edx_proctoring_bulk_allowance_pair import (
        EdxProctoringBulkAllowancePair,
    )
    from ...models.edx_proctoring_bulk_allowance_write import (
        EdxProctoringBulkAllowanceWrite,
    )
    from ...models.edx_proctoring_course_allowances_grouped_list_response_200 import (
        EdxProctoringCourseAllowancesGroupedListResponse200,
    )
    from ...models.edx_proctoring_course_exam_attempt import (
        EdxProctoringCourseExamAttempt,
    )
    from ...models.edx_proctoring_empty import EdxProctoringEmpty
    from ...models.edx_proctoring_exam import EdxProctoringExam
    from ...models.edx_proctoring_exam_create import EdxProctoringExamCreate
    from ...models.edx_proctoring_exam_id import EdxProctoringExamId
    from ...models.edx_proctoring_exam_registration import EdxProctoringExamRegistration
    from ...models.edx_proctoring_exam_settings import EdxProctoringExamSettings
    from ...models.edx_proctoring_exam_update import EdxProctoringExamUpdate
    from ...models.edx_proctoring_field_error import EdxProctoringFieldError
    from ...models.edx_proctoring_field_errors import EdxProctoringFieldErrors
    from ...models.edx_proctoring_grouped_attempts_page import (
        EdxProctoringGroupedAttemptsPage,
    )
    from ...models.edx_proctoring_no_timed_exam import EdxProctoringNoTimedExam
    from ...models.edx_proctoring_onboarding_status import EdxProctoringOnboardingStatus
    from ...models.edx_proctoring_onboarding_status_page import (
        EdxProctoringOnboardingStatusPage,
    )
    from ...models.edx_proctoring_review import EdxProctoringReview
    from ...models.edx_proctoring_review_callback_create_response_200 import (
        EdxProctoringReviewCallbackCreateResponse200,
    )
    from ...models.edx_proctoring_review_policy import EdxProctoringReviewPolicy
    from ...models.edx_proctoring_software_secure_review import (
        EdxProctoringSoftwareSecureReview,
    )
    from ...models.error_response import ErrorResponse
    from ...types import UNSET, Unset


def _edx_proctoring_review_callback_create(
    self: EdxProctoringOperations,
    *,
    body: EdxProctoringSoftwareSecureReview,
) -> EdxProctoringReviewCallbackCreateResponse200:
    """Receive a proctoring review callback: `POST /edx_proctoring/proctoring_review_callback/`.

    See `edx_proctoring_review_callback_create.sync` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_review_callback_create

    return edx_proctoring_review_callback_create.sync(
        body=body,
        client=self._client,
    )


def _edx_proctoring_instructor_dashboard_retrieve(
    self: EdxProctoringOperations,
    course_id: str,
) -> Any:
    """Go to the instructor dashboard of a course: `GET /edx_proctoring/v1/instructor/{course_id}`.

    See `edx_proctoring_instructor_dashboard_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_instructor_dashboard_retrieve

    return edx_proctoring_instructor_dashboard_retrieve.sync(
        course_id=course_id,
        client=self._client,
    )


def _edx_proctoring_instructor_dashboard_exam_retrieve(
    self: EdxProctoringOperations,
    course_id: str,
    exam_id: int,
    *,
    attempt: str | Unset = UNSET,
    config: str | Unset = UNSET,
) -> Any:
    """Go to the instructor dashboard of a course's exam: `GET /edx_proctoring/v1/instructor/{course_id}/{exam_id}`.

    See `edx_proctoring_instructor_dashboard_exam_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_instructor_dashboard_exam_retrieve

    return edx_proctoring_instructor_dashboard_exam_retrieve.sync(
        course_id=course_id,
        exam_id=exam_id,
        attempt=attempt,
        config=config,
        client=self._client,
    )


def _edx_proctoring_active_attempt_retrieve(
    self: EdxProctoringOperations,
    *,
    user_id: int | Unset = UNSET,
) -> EdxProctoringAttemptData | EdxProctoringEmpty:
    """Get the active exam attempt: `GET /edx_proctoring/v1/proctored_exam/active_attempt`.

    See `edx_proctoring_active_attempt_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_active_attempt_retrieve

    return edx_proctoring_active_attempt_retrieve.sync(
        user_id=user_id,
        client=self._client,
    )


def _edx_proctoring_active_exams_for_user_retrieve(
    self: EdxProctoringOperations,
) -> list[EdxProctoringActiveExam]:
    """Get the active exams of a user: `GET /edx_proctoring/v1/proctored_exam/active_exams_for_user`.

    See `edx_proctoring_active_exams_for_user_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_active_exams_for_user_retrieve

    return edx_proctoring_active_exams_for_user_retrieve.sync(
        client=self._client,
    )


def _edx_proctoring_allowance_update(
    self: EdxProctoringOperations,
    *,
    body: EdxProctoringAllowanceWrite,
) -> Any:
    """Add or update an allowance: `PUT /edx_proctoring/v1/proctored_exam/allowance`.

    See `edx_proctoring_allowance_update.sync` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_allowance_update

    return edx_proctoring_allowance_update.sync(
        body=body,
        client=self._client,
    )


def _edx_proctoring_allowance_delete(
    self: EdxProctoringOperations,
    *,
    body: EdxProctoringAllowanceDelete,
) -> Any:
    """Remove an allowance: `DELETE /edx_proctoring/v1/proctored_exam/allowance`.

    See `edx_proctoring_allowance_delete.sync` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_allowance_delete

    return edx_proctoring_allowance_delete.sync(
        body=body,
        client=self._client,
    )


def _edx_proctoring_attempt_status_retrieve(
    self: EdxProctoringOperations,
) -> EdxProctoringAttemptData | EdxProctoringNoTimedExam:
    """Get the status of an exam attempt: `GET /edx_proctoring/v1/proctored_exam/attempt`.

    See `edx_proctoring_attempt_status_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_attempt_status_retrieve

    return edx_proctoring_attempt_status_retrieve.sync(
        client=self._client,
    )


def _edx_proctoring_attempt_create(
    self: EdxProctoringOperations,
    *,
    body: EdxProctoringAttemptCreate,
) -> EdxProctoringAttemptId:
    """Start an exam attempt: `POST /edx_proctoring/v1/proctored_exam/attempt`.

    See `edx_proctoring_attempt_create.sync` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_attempt_create

    return edx_proctoring_attempt_create.sync(
        body=body,
        client=self._client,
    )


def _edx_proctoring_attempt_by_course_retrieve(
    self: EdxProctoringOperations,
    course_id: str,
    *,
    content_id: str | Unset = UNSET,
    is_learning_mfe: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> EdxProctoringCourseExamAttempt:
    """Get an exam with its attempt and active attempt: `GET /edx_proctoring/v1/proctored_exam/attempt/course_id/{course_id}`.

    See `edx_proctoring_attempt_by_course_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_attempt_by_course_retrieve

    return edx_proctoring_attempt_by_course_retrieve.sync(
        course_id=course_id,
        content_id=content_id,
        is_learning_mfe=is_learning_mfe,
        user_id=user_id,
        client=self._client,
    )


def _edx_proctoring_attempts_grouped_list(
    self: EdxProctoringOperations,
    course_id: str,
    *,
    page: int | Unset = UNSET,
) -> EdxProctoringGroupedAttemptsPage:
    """List the grouped exam attempts of a course: `GET /edx_proctoring/v1/proctored_exam/attempt/grouped/course_id/{course_id}`.

    See `edx_proctoring_attempts_grouped_list.sync` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_attempts_grouped_list

    return edx_proctoring_attempts_grouped_list.sync(
        course_id=course_id,
        page=page,
        client=self._client,
    )


def _edx_proctoring_attempts_grouped_search(
    self: EdxProctoringOperations,
    course_id: str,
    search_by: str,
    *,
    page: int | Unset = UNSET,
) -> EdxProctoringGroupedAttemptsPage:
    """Search the grouped exam attempts of a course: `GET /edx_proctoring/v1/proctored_exam/attempt/grouped/course_id/{course_id}/search/{search_by}`.

    See `edx_proctoring_attempts_grouped_search.sync` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_attempts_grouped_search

    return edx_proctoring_attempts_grouped_search.sync(
        course_id=course_id,
        search_by=search_by,
        page=page,
        client=self._client,
    )


def _edx_proctoring_attempt_by_id_retrieve(
    self: EdxProctoringOperations,
    attempt_id: int,
) -> EdxProctoringAttemptDetail:
    """Get the status of an exam attempt by id: `GET /edx_proctoring/v1/proctored_exam/attempt/{attempt_id}`.

    See `edx_proctoring_attempt_by_id_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_attempt_by_id_retrieve

    return edx_proctoring_attempt_by_id_retrieve.sync(
        attempt_id=attempt_id,
        client=self._client,
    )


def _edx_proctoring_attempt_by_id_update(
    self: EdxProctoringOperations,
    attempt_id: int,
    *,
    body: EdxProctoringAttemptAction,
) -> EdxProctoringAttemptActionResult:
    """Change the status of an exam attempt: `PUT /edx_proctoring/v1/proctored_exam/attempt/{attempt_id}`.

    See `edx_proctoring_attempt_by_id_update.sync` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_attempt_by_id_update

    return edx_proctoring_attempt_by_id_update.sync(
        attempt_id=attempt_id,
        body=body,
        client=self._client,
    )


def _edx_proctoring_attempt_by_id_delete(
    self: EdxProctoringOperations,
    attempt_id: int,
) -> Any:
    """Delete an exam attempt: `DELETE /edx_proctoring/v1/proctored_exam/attempt/{attempt_id}`.

    See `edx_proctoring_attempt_by_id_delete.sync` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_attempt_by_id_delete

    return edx_proctoring_attempt_by_id_delete.sync(
        attempt_id=attempt_id,
        client=self._client,
    )


def _edx_proctoring_attempt_review_status_update(
    self: EdxProctoringOperations,
    attempt_id: int,
) -> Any:
    """Acknowledge the review status of an exam attempt: `PUT /edx_proctoring/v1/proctored_exam/attempt/{attempt_id}/review_status`.

    See `edx_proctoring_attempt_review_status_update.sync` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_attempt_review_status_update

    return edx_proctoring_attempt_review_status_update.sync(
        attempt_id=attempt_id,
        client=self._client,
    )


def _edx_proctoring_attempt_ready_callback_create(
    self: EdxProctoringOperations,
    external_id: str,
) -> EdxProctoringAttemptReadyCallbackCreateResponse200:
    """Receive the ready callback of an exam attempt: `POST /edx_proctoring/v1/proctored_exam/attempt/{external_id}/ready`.

    See `edx_proctoring_attempt_ready_callback_create.sync` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_attempt_ready_callback_create

    return edx_proctoring_attempt_ready_callback_create.sync(
        external_id=external_id,
        client=self._client,
    )


def _edx_proctoring_attempt_reviewed_callback_create(
    self: EdxProctoringOperations,
    external_id: str,
    *,
    body: EdxProctoringReview,
) -> EdxProctoringAttemptReviewedCallbackCreateResponse200:
    """Receive the review of an exam attempt: `POST /edx_proctoring/v1/proctored_exam/attempt/{external_id}/reviewed`.

    See `edx_proctoring_attempt_reviewed_callback_create.sync` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_attempt_reviewed_callback_create

    return edx_proctoring_attempt_reviewed_callback_create.sync(
        external_id=external_id,
        body=body,
        client=self._client,
    )


def _edx_proctoring_bulk_allowance_update(
    self: EdxProctoringOperations,
    *,
    body: EdxProctoringBulkAllowanceWrite,
) -> Any:
    """Add or update allowances in bulk: `PUT /edx_proctoring/v1/proctored_exam/bulk_allowance`.

    See `edx_proctoring_bulk_allowance_update.sync` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_bulk_allowance_update

    return edx_proctoring_bulk_allowance_update.sync(
        body=body,
        client=self._client,
    )


def _edx_proctoring_exam_update(
    self: EdxProctoringOperations,
    *,
    body: EdxProctoringExamUpdate,
) -> EdxProctoringExamId:
    """Update an exam: `PUT /edx_proctoring/v1/proctored_exam/exam`.

    See `edx_proctoring_exam_update.sync` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_exam_update

    return edx_proctoring_exam_update.sync(
        body=body,
        client=self._client,
    )


def _edx_proctoring_exam_create(
    self: EdxProctoringOperations,
    *,
    body: EdxProctoringExamCreate,
) -> EdxProctoringExamId:
    """Create an exam: `POST /edx_proctoring/v1/proctored_exam/exam`.

    See `edx_proctoring_exam_create.sync` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_exam_create

    return edx_proctoring_exam_create.sync(
        body=body,
        client=self._client,
    )


def _edx_proctoring_exam_by_course_retrieve(
    self: EdxProctoringOperations,
    course_id: str,
) -> list[EdxProctoringExam]:
    """Get the proctored exams of a course: `GET /edx_proctoring/v1/proctored_exam/exam/course_id/{course_id}`.

    See `edx_proctoring_exam_by_course_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_exam_by_course_retrieve

    return edx_proctoring_exam_by_course_retrieve.sync(
        course_id=course_id,
        client=self._client,
    )


def _edx_proctoring_exam_by_content_retrieve(
    self: EdxProctoringOperations,
    course_id: str,
    content_id: str,
) -> EdxProctoringExam:
    """Get a proctored exam by course and content: `GET /edx_proctoring/v1/proctored_exam/exam/course_id/{course_id}/content_id/{content_id}`.

    See `edx_proctoring_exam_by_content_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_exam_by_content_retrieve

    return edx_proctoring_exam_by_content_retrieve.sync(
        course_id=course_id,
        content_id=content_id,
        client=self._client,
    )


def _edx_proctoring_exam_by_id_retrieve(
    self: EdxProctoringOperations,
    exam_id: int,
) -> EdxProctoringExam:
    """Get a proctored exam by id: `GET /edx_proctoring/v1/proctored_exam/exam/exam_id/{exam_id}`.

    See `edx_proctoring_exam_by_id_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_exam_by_id_retrieve

    return edx_proctoring_exam_by_id_retrieve.sync(
        exam_id=exam_id,
        client=self._client,
    )


def _edx_proctoring_exam_attempts_reset(
    self: EdxProctoringOperations,
    exam_id: int,
    user_id: int,
) -> Any:
    """Reset a user's attempts at an exam: `DELETE /edx_proctoring/v1/proctored_exam/exam_id/{exam_id}/user_id/{user_id}/reset_attempts`.

    See `edx_proctoring_exam_attempts_reset.sync` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_exam_attempts_reset

    return edx_proctoring_exam_attempts_reset.sync(
        exam_id=exam_id,
        user_id=user_id,
        client=self._client,
    )


def _edx_proctoring_exam_registration_partial_update(
    self: EdxProctoringOperations,
    course_id: str,
    *,
    body: list[EdxProctoringExamRegistration],
) -> list[EdxProctoringExamId]:
    """Register the active exams of a course: `PATCH /edx_proctoring/v1/proctored_exam/exam_registration/course_id/{course_id}`.

    See `edx_proctoring_exam_registration_partial_update.sync` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_exam_registration_partial_update

    return edx_proctoring_exam_registration_partial_update.sync(
        course_id=course_id,
        body=body,
        client=self._client,
    )


def _edx_proctoring_exam_review_policy_retrieve(
    self: EdxProctoringOperations,
    exam_id: int,
) -> EdxProctoringReviewPolicy:
    """Get the review policy of a proctored exam: `GET /edx_proctoring/v1/proctored_exam/review_policy/exam_id/{exam_id}/`.

    See `edx_proctoring_exam_review_policy_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_exam_review_policy_retrieve

    return edx_proctoring_exam_review_policy_retrieve.sync(
        exam_id=exam_id,
        client=self._client,
    )


def _edx_proctoring_exam_settings_retrieve(
    self: EdxProctoringOperations,
    exam_id: int,
) -> EdxProctoringExamSettings:
    """Get the proctoring settings of an exam: `GET /edx_proctoring/v1/proctored_exam/settings/exam_id/{exam_id}/`.

    See `edx_proctoring_exam_settings_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_exam_settings_retrieve

    return edx_proctoring_exam_settings_retrieve.sync(
        exam_id=exam_id,
        client=self._client,
    )


def _edx_proctoring_course_allowances_list(
    self: EdxProctoringOperations,
    course_id: str,
) -> list[EdxProctoringAllowance]:
    """List the allowances of a course (course path): `GET /edx_proctoring/v1/proctored_exam/{course_id}/allowance`.

    See `edx_proctoring_course_allowances_list.sync` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_course_allowances_list

    return edx_proctoring_course_allowances_list.sync(
        course_id=course_id,
        client=self._client,
    )


def _edx_proctoring_course_bulk_allowance_update(
    self: EdxProctoringOperations,
    course_id: str,
    *,
    body: EdxProctoringBulkAllowanceWrite,
) -> Any:
    """Add or update allowances in bulk (course path): `PUT /edx_proctoring/v1/proctored_exam/{course_id}/bulk_allowance`.

    See `edx_proctoring_course_bulk_allowance_update.sync` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_course_bulk_allowance_update

    return edx_proctoring_course_bulk_allowance_update.sync(
        course_id=course_id,
        body=body,
        client=self._client,
    )


def _edx_proctoring_course_allowances_grouped_list(
    self: EdxProctoringOperations,
    course_id: str,
) -> EdxProctoringCourseAllowancesGroupedListResponse200:
    """List the grouped allowances of a course: `GET /edx_proctoring/v1/proctored_exam/{course_id}/grouped/allowance`.

    See `edx_proctoring_course_allowances_grouped_list.sync` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_course_allowances_grouped_list

    return edx_proctoring_course_allowances_grouped_list.sync(
        course_id=course_id,
        client=self._client,
    )


def _edx_proctoring_backend_user_retire(
    self: EdxProctoringOperations,
    user_id: int,
) -> EdxProctoringBackendRetirement:
    """Delete a user's data from the proctoring backends: `POST /edx_proctoring/v1/retire_backend_user/{user_id}/`.

    See `edx_proctoring_backend_user_retire.sync` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_backend_user_retire

    return edx_proctoring_backend_user_retire.sync(
        user_id=user_id,
        client=self._client,
    )


def _edx_proctoring_user_retire(
    self: EdxProctoringOperations,
    user_id: int,
) -> Any:
    """Obfuscate a user's personal data: `POST /edx_proctoring/v1/retire_user/{user_id}/`.

    See `edx_proctoring_user_retire.sync` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_user_retire

    return edx_proctoring_user_retire.sync(
        user_id=user_id,
        client=self._client,
    )


def _edx_proctoring_onboarding_status_retrieve(
    self: EdxProctoringOperations,
    *,
    course_id: str,
    username: str | Unset = UNSET,
    is_learning_mfe: str | Unset = UNSET,
) -> EdxProctoringOnboardingStatus:
    """Get the learner's onboarding status: `GET /edx_proctoring/v1/user_onboarding/status`.

    See `edx_proctoring_onboarding_status_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_onboarding_status_retrieve

    return edx_proctoring_onboarding_status_retrieve.sync(
        course_id=course_id,
        username=username,
        is_learning_mfe=is_learning_mfe,
        client=self._client,
    )


def _edx_proctoring_onboarding_status_by_course_retrieve(
    self: EdxProctoringOperations,
    course_id: str,
    *,
    page: int | Unset = UNSET,
    text_search: str | Unset = UNSET,
    statuses: str | Unset = UNSET,
) -> EdxProctoringOnboardingStatusPage:
    """Get the learner's onboarding status in a course: `GET /edx_proctoring/v1/user_onboarding/status/course_id/{course_id}`.

    See `edx_proctoring_onboarding_status_by_course_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_onboarding_status_by_course_retrieve

    return edx_proctoring_onboarding_status_by_course_retrieve.sync(
        course_id=course_id,
        page=page,
        text_search=text_search,
        statuses=statuses,
        client=self._client,
    )


async def _async_edx_proctoring_review_callback_create(
    self: AsyncEdxProctoringOperations,
    *,
    body: EdxProctoringSoftwareSecureReview,
) -> EdxProctoringReviewCallbackCreateResponse200:
    """Receive a proctoring review callback: `POST /edx_proctoring/proctoring_review_callback/`.

    See `edx_proctoring_review_callback_create.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_review_callback_create

    return await edx_proctoring_review_callback_create.asyncio(
        body=body,
        client=self._client,
    )


async def _async_edx_proctoring_instructor_dashboard_retrieve(
    self: AsyncEdxProctoringOperations,
    course_id: str,
) -> Any:
    """Go to the instructor dashboard of a course: `GET /edx_proctoring/v1/instructor/{course_id}`.

    See `edx_proctoring_instructor_dashboard_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_instructor_dashboard_retrieve

    return await edx_proctoring_instructor_dashboard_retrieve.asyncio(
        course_id=course_id,
        client=self._client,
    )


async def _async_edx_proctoring_instructor_dashboard_exam_retrieve(
    self: AsyncEdxProctoringOperations,
    course_id: str,
    exam_id: int,
    *,
    attempt: str | Unset = UNSET,
    config: str | Unset = UNSET,
) -> Any:
    """Go to the instructor dashboard of a course's exam: `GET /edx_proctoring/v1/instructor/{course_id}/{exam_id}`.

    See `edx_proctoring_instructor_dashboard_exam_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_instructor_dashboard_exam_retrieve

    return await edx_proctoring_instructor_dashboard_exam_retrieve.asyncio(
        course_id=course_id,
        exam_id=exam_id,
        attempt=attempt,
        config=config,
        client=self._client,
    )


async def _async_edx_proctoring_active_attempt_retrieve(
    self: AsyncEdxProctoringOperations,
    *,
    user_id: int | Unset = UNSET,
) -> EdxProctoringAttemptData | EdxProctoringEmpty:
    """Get the active exam attempt: `GET /edx_proctoring/v1/proctored_exam/active_attempt`.

    See `edx_proctoring_active_attempt_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_active_attempt_retrieve

    return await edx_proctoring_active_attempt_retrieve.asyncio(
        user_id=user_id,
        client=self._client,
    )


async def _async_edx_proctoring_active_exams_for_user_retrieve(
    self: AsyncEdxProctoringOperations,
) -> list[EdxProctoringActiveExam]:
    """Get the active exams of a user: `GET /edx_proctoring/v1/proctored_exam/active_exams_for_user`.

    See `edx_proctoring_active_exams_for_user_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_active_exams_for_user_retrieve

    return await edx_proctoring_active_exams_for_user_retrieve.asyncio(
        client=self._client,
    )


async def _async_edx_proctoring_allowance_update(
    self: AsyncEdxProctoringOperations,
    *,
    body: EdxProctoringAllowanceWrite,
) -> Any:
    """Add or update an allowance: `PUT /edx_proctoring/v1/proctored_exam/allowance`.

    See `edx_proctoring_allowance_update.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_allowance_update

    return await edx_proctoring_allowance_update.asyncio(
        body=body,
        client=self._client,
    )


async def _async_edx_proctoring_allowance_delete(
    self: AsyncEdxProctoringOperations,
    *,
    body: EdxProctoringAllowanceDelete,
) -> Any:
    """Remove an allowance: `DELETE /edx_proctoring/v1/proctored_exam/allowance`.

    See `edx_proctoring_allowance_delete.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_allowance_delete

    return await edx_proctoring_allowance_delete.asyncio(
        body=body,
        client=self._client,
    )


async def _async_edx_proctoring_attempt_status_retrieve(
    self: AsyncEdxProctoringOperations,
) -> EdxProctoringAttemptData | EdxProctoringNoTimedExam:
    """Get the status of an exam attempt: `GET /edx_proctoring/v1/proctored_exam/attempt`.

    See `edx_proctoring_attempt_status_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_attempt_status_retrieve

    return await edx_proctoring_attempt_status_retrieve.asyncio(
        client=self._client,
    )


async def _async_edx_proctoring_attempt_create(
    self: AsyncEdxProctoringOperations,
    *,
    body: EdxProctoringAttemptCreate,
) -> EdxProctoringAttemptId:
    """Start an exam attempt: `POST /edx_proctoring/v1/proctored_exam/attempt`.

    See `edx_proctoring_attempt_create.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_attempt_create

    return await edx_proctoring_attempt_create.asyncio(
        body=body,
        client=self._client,
    )


async def _async_edx_proctoring_attempt_by_course_retrieve(
    self: AsyncEdxProctoringOperations,
    course_id: str,
    *,
    content_id: str | Unset = UNSET,
    is_learning_mfe: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> EdxProctoringCourseExamAttempt:
    """Get an exam with its attempt and active attempt: `GET /edx_proctoring/v1/proctored_exam/attempt/course_id/{course_id}`.

    See `edx_proctoring_attempt_by_course_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_attempt_by_course_retrieve

    return await edx_proctoring_attempt_by_course_retrieve.asyncio(
        course_id=course_id,
        content_id=content_id,
        is_learning_mfe=is_learning_mfe,
        user_id=user_id,
        client=self._client,
    )


async def _async_edx_proctoring_attempts_grouped_list(
    self: AsyncEdxProctoringOperations,
    course_id: str,
    *,
    page: int | Unset = UNSET,
) -> EdxProctoringGroupedAttemptsPage:
    """List the grouped exam attempts of a course: `GET /edx_proctoring/v1/proctored_exam/attempt/grouped/course_id/{course_id}`.

    See `edx_proctoring_attempts_grouped_list.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_attempts_grouped_list

    return await edx_proctoring_attempts_grouped_list.asyncio(
        course_id=course_id,
        page=page,
        client=self._client,
    )


async def _async_edx_proctoring_attempts_grouped_search(
    self: AsyncEdxProctoringOperations,
    course_id: str,
    search_by: str,
    *,
    page: int | Unset = UNSET,
) -> EdxProctoringGroupedAttemptsPage:
    """Search the grouped exam attempts of a course: `GET /edx_proctoring/v1/proctored_exam/attempt/grouped/course_id/{course_id}/search/{search_by}`.

    See `edx_proctoring_attempts_grouped_search.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_attempts_grouped_search

    return await edx_proctoring_attempts_grouped_search.asyncio(
        course_id=course_id,
        search_by=search_by,
        page=page,
        client=self._client,
    )


async def _async_edx_proctoring_attempt_by_id_retrieve(
    self: AsyncEdxProctoringOperations,
    attempt_id: int,
) -> EdxProctoringAttemptDetail:
    """Get the status of an exam attempt by id: `GET /edx_proctoring/v1/proctored_exam/attempt/{attempt_id}`.

    See `edx_proctoring_attempt_by_id_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_attempt_by_id_retrieve

    return await edx_proctoring_attempt_by_id_retrieve.asyncio(
        attempt_id=attempt_id,
        client=self._client,
    )


async def _async_edx_proctoring_attempt_by_id_update(
    self: AsyncEdxProctoringOperations,
    attempt_id: int,
    *,
    body: EdxProctoringAttemptAction,
) -> EdxProctoringAttemptActionResult:
    """Change the status of an exam attempt: `PUT /edx_proctoring/v1/proctored_exam/attempt/{attempt_id}`.

    See `edx_proctoring_attempt_by_id_update.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_attempt_by_id_update

    return await edx_proctoring_attempt_by_id_update.asyncio(
        attempt_id=attempt_id,
        body=body,
        client=self._client,
    )


async def _async_edx_proctoring_attempt_by_id_delete(
    self: AsyncEdxProctoringOperations,
    attempt_id: int,
) -> Any:
    """Delete an exam attempt: `DELETE /edx_proctoring/v1/proctored_exam/attempt/{attempt_id}`.

    See `edx_proctoring_attempt_by_id_delete.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_attempt_by_id_delete

    return await edx_proctoring_attempt_by_id_delete.asyncio(
        attempt_id=attempt_id,
        client=self._client,
    )


async def _async_edx_proctoring_attempt_review_status_update(
    self: AsyncEdxProctoringOperations,
    attempt_id: int,
) -> Any:
    """Acknowledge the review status of an exam attempt: `PUT /edx_proctoring/v1/proctored_exam/attempt/{attempt_id}/review_status`.

    See `edx_proctoring_attempt_review_status_update.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_attempt_review_status_update

    return await edx_proctoring_attempt_review_status_update.asyncio(
        attempt_id=attempt_id,
        client=self._client,
    )


async def _async_edx_proctoring_attempt_ready_callback_create(
    self: AsyncEdxProctoringOperations,
    external_id: str,
) -> EdxProctoringAttemptReadyCallbackCreateResponse200:
    """Receive the ready callback of an exam attempt: `POST /edx_proctoring/v1/proctored_exam/attempt/{external_id}/ready`.

    See `edx_proctoring_attempt_ready_callback_create.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_attempt_ready_callback_create

    return await edx_proctoring_attempt_ready_callback_create.asyncio(
        external_id=external_id,
        client=self._client,
    )


async def _async_edx_proctoring_attempt_reviewed_callback_create(
    self: AsyncEdxProctoringOperations,
    external_id: str,
    *,
    body: EdxProctoringReview,
) -> EdxProctoringAttemptReviewedCallbackCreateResponse200:
    """Receive the review of an exam attempt: `POST /edx_proctoring/v1/proctored_exam/attempt/{external_id}/reviewed`.

    See `edx_proctoring_attempt_reviewed_callback_create.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_attempt_reviewed_callback_create

    return await edx_proctoring_attempt_reviewed_callback_create.asyncio(
        external_id=external_id,
        body=body,
        client=self._client,
    )


async def _async_edx_proctoring_bulk_allowance_update(
    self: AsyncEdxProctoringOperations,
    *,
    body: EdxProctoringBulkAllowanceWrite,
) -> Any:
    """Add or update allowances in bulk: `PUT /edx_proctoring/v1/proctored_exam/bulk_allowance`.

    See `edx_proctoring_bulk_allowance_update.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_bulk_allowance_update

    return await edx_proctoring_bulk_allowance_update.asyncio(
        body=body,
        client=self._client,
    )


async def _async_edx_proctoring_exam_update(
    self: AsyncEdxProctoringOperations,
    *,
    body: EdxProctoringExamUpdate,
) -> EdxProctoringExamId:
    """Update an exam: `PUT /edx_proctoring/v1/proctored_exam/exam`.

    See `edx_proctoring_exam_update.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_exam_update

    return await edx_proctoring_exam_update.asyncio(
        body=body,
        client=self._client,
    )


async def _async_edx_proctoring_exam_create(
    self: AsyncEdxProctoringOperations,
    *,
    body: EdxProctoringExamCreate,
) -> EdxProctoringExamId:
    """Create an exam: `POST /edx_proctoring/v1/proctored_exam/exam`.

    See `edx_proctoring_exam_create.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_exam_create

    return await edx_proctoring_exam_create.asyncio(
        body=body,
        client=self._client,
    )


async def _async_edx_proctoring_exam_by_course_retrieve(
    self: AsyncEdxProctoringOperations,
    course_id: str,
) -> list[EdxProctoringExam]:
    """Get the proctored exams of a course: `GET /edx_proctoring/v1/proctored_exam/exam/course_id/{course_id}`.

    See `edx_proctoring_exam_by_course_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_exam_by_course_retrieve

    return await edx_proctoring_exam_by_course_retrieve.asyncio(
        course_id=course_id,
        client=self._client,
    )


async def _async_edx_proctoring_exam_by_content_retrieve(
    self: AsyncEdxProctoringOperations,
    course_id: str,
    content_id: str,
) -> EdxProctoringExam:
    """Get a proctored exam by course and content: `GET /edx_proctoring/v1/proctored_exam/exam/course_id/{course_id}/content_id/{content_id}`.

    See `edx_proctoring_exam_by_content_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_exam_by_content_retrieve

    return await edx_proctoring_exam_by_content_retrieve.asyncio(
        course_id=course_id,
        content_id=content_id,
        client=self._client,
    )


async def _async_edx_proctoring_exam_by_id_retrieve(
    self: AsyncEdxProctoringOperations,
    exam_id: int,
) -> EdxProctoringExam:
    """Get a proctored exam by id: `GET /edx_proctoring/v1/proctored_exam/exam/exam_id/{exam_id}`.

    See `edx_proctoring_exam_by_id_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_exam_by_id_retrieve

    return await edx_proctoring_exam_by_id_retrieve.asyncio(
        exam_id=exam_id,
        client=self._client,
    )


async def _async_edx_proctoring_exam_attempts_reset(
    self: AsyncEdxProctoringOperations,
    exam_id: int,
    user_id: int,
) -> Any:
    """Reset a user's attempts at an exam: `DELETE /edx_proctoring/v1/proctored_exam/exam_id/{exam_id}/user_id/{user_id}/reset_attempts`.

    See `edx_proctoring_exam_attempts_reset.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_exam_attempts_reset

    return await edx_proctoring_exam_attempts_reset.asyncio(
        exam_id=exam_id,
        user_id=user_id,
        client=self._client,
    )


async def _async_edx_proctoring_exam_registration_partial_update(
    self: AsyncEdxProctoringOperations,
    course_id: str,
    *,
    body: list[EdxProctoringExamRegistration],
) -> list[EdxProctoringExamId]:
    """Register the active exams of a course: `PATCH /edx_proctoring/v1/proctored_exam/exam_registration/course_id/{course_id}`.

    See `edx_proctoring_exam_registration_partial_update.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_exam_registration_partial_update

    return await edx_proctoring_exam_registration_partial_update.asyncio(
        course_id=course_id,
        body=body,
        client=self._client,
    )


async def _async_edx_proctoring_exam_review_policy_retrieve(
    self: AsyncEdxProctoringOperations,
    exam_id: int,
) -> EdxProctoringReviewPolicy:
    """Get the review policy of a proctored exam: `GET /edx_proctoring/v1/proctored_exam/review_policy/exam_id/{exam_id}/`.

    See `edx_proctoring_exam_review_policy_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_exam_review_policy_retrieve

    return await edx_proctoring_exam_review_policy_retrieve.asyncio(
        exam_id=exam_id,
        client=self._client,
    )


async def _async_edx_proctoring_exam_settings_retrieve(
    self: AsyncEdxProctoringOperations,
    exam_id: int,
) -> EdxProctoringExamSettings:
    """Get the proctoring settings of an exam: `GET /edx_proctoring/v1/proctored_exam/settings/exam_id/{exam_id}/`.

    See `edx_proctoring_exam_settings_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_exam_settings_retrieve

    return await edx_proctoring_exam_settings_retrieve.asyncio(
        exam_id=exam_id,
        client=self._client,
    )


async def _async_edx_proctoring_course_allowances_list(
    self: AsyncEdxProctoringOperations,
    course_id: str,
) -> list[EdxProctoringAllowance]:
    """List the allowances of a course (course path): `GET /edx_proctoring/v1/proctored_exam/{course_id}/allowance`.

    See `edx_proctoring_course_allowances_list.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_course_allowances_list

    return await edx_proctoring_course_allowances_list.asyncio(
        course_id=course_id,
        client=self._client,
    )


async def _async_edx_proctoring_course_bulk_allowance_update(
    self: AsyncEdxProctoringOperations,
    course_id: str,
    *,
    body: EdxProctoringBulkAllowanceWrite,
) -> Any:
    """Add or update allowances in bulk (course path): `PUT /edx_proctoring/v1/proctored_exam/{course_id}/bulk_allowance`.

    See `edx_proctoring_course_bulk_allowance_update.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_course_bulk_allowance_update

    return await edx_proctoring_course_bulk_allowance_update.asyncio(
        course_id=course_id,
        body=body,
        client=self._client,
    )


async def _async_edx_proctoring_course_allowances_grouped_list(
    self: AsyncEdxProctoringOperations,
    course_id: str,
) -> EdxProctoringCourseAllowancesGroupedListResponse200:
    """List the grouped allowances of a course: `GET /edx_proctoring/v1/proctored_exam/{course_id}/grouped/allowance`.

    See `edx_proctoring_course_allowances_grouped_list.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_course_allowances_grouped_list

    return await edx_proctoring_course_allowances_grouped_list.asyncio(
        course_id=course_id,
        client=self._client,
    )


async def _async_edx_proctoring_backend_user_retire(
    self: AsyncEdxProctoringOperations,
    user_id: int,
) -> EdxProctoringBackendRetirement:
    """Delete a user's data from the proctoring backends: `POST /edx_proctoring/v1/retire_backend_user/{user_id}/`.

    See `edx_proctoring_backend_user_retire.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_backend_user_retire

    return await edx_proctoring_backend_user_retire.asyncio(
        user_id=user_id,
        client=self._client,
    )


async def _async_edx_proctoring_user_retire(
    self: AsyncEdxProctoringOperations,
    user_id: int,
) -> Any:
    """Obfuscate a user's personal data: `POST /edx_proctoring/v1/retire_user/{user_id}/`.

    See `edx_proctoring_user_retire.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_user_retire

    return await edx_proctoring_user_retire.asyncio(
        user_id=user_id,
        client=self._client,
    )


async def _async_edx_proctoring_onboarding_status_retrieve(
    self: AsyncEdxProctoringOperations,
    *,
    course_id: str,
    username: str | Unset = UNSET,
    is_learning_mfe: str | Unset = UNSET,
) -> EdxProctoringOnboardingStatus:
    """Get the learner's onboarding status: `GET /edx_proctoring/v1/user_onboarding/status`.

    See `edx_proctoring_onboarding_status_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_onboarding_status_retrieve

    return await edx_proctoring_onboarding_status_retrieve.asyncio(
        course_id=course_id,
        username=username,
        is_learning_mfe=is_learning_mfe,
        client=self._client,
    )


async def _async_edx_proctoring_onboarding_status_by_course_retrieve(
    self: AsyncEdxProctoringOperations,
    course_id: str,
    *,
    page: int | Unset = UNSET,
    text_search: str | Unset = UNSET,
    statuses: str | Unset = UNSET,
) -> EdxProctoringOnboardingStatusPage:
    """Get the learner's onboarding status in a course: `GET /edx_proctoring/v1/user_onboarding/status/course_id/{course_id}`.

    See `edx_proctoring_onboarding_status_by_course_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_proctoring_onboarding_status_by_course_retrieve

    return await edx_proctoring_onboarding_status_by_course_retrieve.asyncio(
        course_id=course_id,
        page=page,
        text_search=text_search,
        statuses=statuses,
        client=self._client,
    )


class EdxProctoringOperations:
    """The edx_proctoring operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    review_callback_create = _edx_proctoring_review_callback_create
    instructor_dashboard_retrieve = _edx_proctoring_instructor_dashboard_retrieve
    instructor_dashboard_exam_retrieve = (
        _edx_proctoring_instructor_dashboard_exam_retrieve
    )
    active_attempt_retrieve = _edx_proctoring_active_attempt_retrieve
    active_exams_for_user_retrieve = _edx_proctoring_active_exams_for_user_retrieve
    allowance_update = _edx_proctoring_allowance_update
    allowance_delete = _edx_proctoring_allowance_delete
    attempt_status_retrieve = _edx_proctoring_attempt_status_retrieve
    attempt_create = _edx_proctoring_attempt_create
    attempt_by_course_retrieve = _edx_proctoring_attempt_by_course_retrieve
    attempts_grouped_list = _edx_proctoring_attempts_grouped_list
    attempts_grouped_search = _edx_proctoring_attempts_grouped_search
    attempt_by_id_retrieve = _edx_proctoring_attempt_by_id_retrieve
    attempt_by_id_update = _edx_proctoring_attempt_by_id_update
    attempt_by_id_delete = _edx_proctoring_attempt_by_id_delete
    attempt_review_status_update = _edx_proctoring_attempt_review_status_update
    attempt_ready_callback_create = _edx_proctoring_attempt_ready_callback_create
    attempt_reviewed_callback_create = _edx_proctoring_attempt_reviewed_callback_create
    bulk_allowance_update = _edx_proctoring_bulk_allowance_update
    exam_update = _edx_proctoring_exam_update
    exam_create = _edx_proctoring_exam_create
    exam_by_course_retrieve = _edx_proctoring_exam_by_course_retrieve
    exam_by_content_retrieve = _edx_proctoring_exam_by_content_retrieve
    exam_by_id_retrieve = _edx_proctoring_exam_by_id_retrieve
    exam_attempts_reset = _edx_proctoring_exam_attempts_reset
    exam_registration_partial_update = _edx_proctoring_exam_registration_partial_update
    exam_review_policy_retrieve = _edx_proctoring_exam_review_policy_retrieve
    exam_settings_retrieve = _edx_proctoring_exam_settings_retrieve
    course_allowances_list = _edx_proctoring_course_allowances_list
    course_bulk_allowance_update = _edx_proctoring_course_bulk_allowance_update
    course_allowances_grouped_list = _edx_proctoring_course_allowances_grouped_list
    backend_user_retire = _edx_proctoring_backend_user_retire
    user_retire = _edx_proctoring_user_retire
    onboarding_status_retrieve = _edx_proctoring_onboarding_status_retrieve
    onboarding_status_by_course_retrieve = (
        _edx_proctoring_onboarding_status_by_course_retrieve
    )


class AsyncEdxProctoringOperations:
    """The edx_proctoring operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    review_callback_create = _async_edx_proctoring_review_callback_create
    instructor_dashboard_retrieve = _async_edx_proctoring_instructor_dashboard_retrieve
    instructor_dashboard_exam_retrieve = (
        _async_edx_proctoring_instructor_dashboard_exam_retrieve
    )
    active_attempt_retrieve = _async_edx_proctoring_active_attempt_retrieve
    active_exams_for_user_retrieve = (
        _async_edx_proctoring_active_exams_for_user_retrieve
    )
    allowance_update = _async_edx_proctoring_allowance_update
    allowance_delete = _async_edx_proctoring_allowance_delete
    attempt_status_retrieve = _async_edx_proctoring_attempt_status_retrieve
    attempt_create = _async_edx_proctoring_attempt_create
    attempt_by_course_retrieve = _async_edx_proctoring_attempt_by_course_retrieve
    attempts_grouped_list = _async_edx_proctoring_attempts_grouped_list
    attempts_grouped_search = _async_edx_proctoring_attempts_grouped_search
    attempt_by_id_retrieve = _async_edx_proctoring_attempt_by_id_retrieve
    attempt_by_id_update = _async_edx_proctoring_attempt_by_id_update
    attempt_by_id_delete = _async_edx_proctoring_attempt_by_id_delete
    attempt_review_status_update = _async_edx_proctoring_attempt_review_status_update
    attempt_ready_callback_create = _async_edx_proctoring_attempt_ready_callback_create
    attempt_reviewed_callback_create = (
        _async_edx_proctoring_attempt_reviewed_callback_create
    )
    bulk_allowance_update = _async_edx_proctoring_bulk_allowance_update
    exam_update = _async_edx_proctoring_exam_update
    exam_create = _async_edx_proctoring_exam_create
    exam_by_course_retrieve = _async_edx_proctoring_exam_by_course_retrieve
    exam_by_content_retrieve = _async_edx_proctoring_exam_by_content_retrieve
    exam_by_id_retrieve = _async_edx_proctoring_exam_by_id_retrieve
    exam_attempts_reset = _async_edx_proctoring_exam_attempts_reset
    exam_registration_partial_update = (
        _async_edx_proctoring_exam_registration_partial_update
    )
    exam_review_policy_retrieve = _async_edx_proctoring_exam_review_policy_retrieve
    exam_settings_retrieve = _async_edx_proctoring_exam_settings_retrieve
    course_allowances_list = _async_edx_proctoring_course_allowances_list
    course_bulk_allowance_update = _async_edx_proctoring_course_bulk_allowance_update
    course_allowances_grouped_list = (
        _async_edx_proctoring_course_allowances_grouped_list
    )
    backend_user_retire = _async_edx_proctoring_backend_user_retire
    user_retire = _async_edx_proctoring_user_retire
    onboarding_status_retrieve = _async_edx_proctoring_onboarding_status_retrieve
    onboarding_status_by_course_retrieve = (
        _async_edx_proctoring_onboarding_status_by_course_retrieve
    )
