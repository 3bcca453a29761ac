"""The ora_staff_grader operations: one module per operation, and `OraStaffGraderOperations` /
`AsyncOraStaffGraderOperations`, which bind them to a client (`edx.<api>.ora_staff_grader`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.ora_staff_grader_batch_unlock_request import (
        OraStaffGraderBatchUnlockRequest,
    )
    from ...models.ora_staff_grader_batch_unlock_response import (
        OraStaffGraderBatchUnlockResponse,
    )
    from ...models.ora_staff_grader_error import OraStaffGraderError
    from ...models.ora_staff_grader_file_list import OraStaffGraderFileList
    from ...models.ora_staff_grader_grade_request import OraStaffGraderGradeRequest
    from ...models.ora_staff_grader_initialize import OraStaffGraderInitialize
    from ...models.ora_staff_grader_lock_status import OraStaffGraderLockStatus
    from ...models.ora_staff_grader_mock_grade_request import (
        OraStaffGraderMockGradeRequest,
    )
    from ...models.ora_staff_grader_mock_grade_result import (
        OraStaffGraderMockGradeResult,
    )
    from ...models.ora_staff_grader_mock_initialize import OraStaffGraderMockInitialize
    from ...models.ora_staff_grader_mock_lock_status import OraStaffGraderMockLockStatus
    from ...models.ora_staff_grader_mock_submission import OraStaffGraderMockSubmission
    from ...models.ora_staff_grader_mock_submission_status import (
        OraStaffGraderMockSubmissionStatus,
    )
    from ...models.ora_staff_grader_submission import OraStaffGraderSubmission
    from ...models.ora_staff_grader_submission_status import (
        OraStaffGraderSubmissionStatus,
    )


def _ora_staff_grader_initialize_retrieve(
    self: OraStaffGraderOperations,
    *,
    ora_location: str,
) -> OraStaffGraderInitialize:
    """Get the course metadata for the staff grader: `GET /ora_staff_grader/initialize`.

    See `ora_staff_grader_initialize_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import ora_staff_grader_initialize_retrieve

    return ora_staff_grader_initialize_retrieve.sync(
        ora_location=ora_location,
        client=self._client,
    )


def _ora_staff_grader_mock_initialize_retrieve(
    self: OraStaffGraderOperations,
    *,
    ora_location: str,
) -> OraStaffGraderMockInitialize:
    """Get the initial app state (mock): `GET /ora_staff_grader/mock/initialize`.

    See `ora_staff_grader_mock_initialize_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import ora_staff_grader_mock_initialize_retrieve

    return ora_staff_grader_mock_initialize_retrieve.sync(
        ora_location=ora_location,
        client=self._client,
    )


def _ora_staff_grader_mock_submission_retrieve(
    self: OraStaffGraderOperations,
    *,
    ora_location: str,
    submission_uuid: str,
) -> OraStaffGraderMockSubmission:
    """Get a submission (mock): `GET /ora_staff_grader/mock/submission`.

    See `ora_staff_grader_mock_submission_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import ora_staff_grader_mock_submission_retrieve

    return ora_staff_grader_mock_submission_retrieve.sync(
        ora_location=ora_location,
        submission_uuid=submission_uuid,
        client=self._client,
    )


def _ora_staff_grader_mock_submission_grade_submit(
    self: OraStaffGraderOperations,
    *,
    body: OraStaffGraderMockGradeRequest,
    ora_location: str,
    submission_uuid: str,
) -> OraStaffGraderMockGradeResult:
    """Save a grade update (mock): `POST /ora_staff_grader/mock/submission/grade`.

    See `ora_staff_grader_mock_submission_grade_submit.sync` for the parameters and the errors it raises.
    """
    from . import ora_staff_grader_mock_submission_grade_submit

    return ora_staff_grader_mock_submission_grade_submit.sync(
        body=body,
        ora_location=ora_location,
        submission_uuid=submission_uuid,
        client=self._client,
    )


def _ora_staff_grader_mock_submission_lock_claim(
    self: OraStaffGraderOperations,
    *,
    ora_location: str,
    submission_uuid: str,
) -> OraStaffGraderMockLockStatus:
    """Claim a submission lock (mock): `POST /ora_staff_grader/mock/submission/lock`.

    See `ora_staff_grader_mock_submission_lock_claim.sync` for the parameters and the errors it raises.
    """
    from . import ora_staff_grader_mock_submission_lock_claim

    return ora_staff_grader_mock_submission_lock_claim.sync(
        ora_location=ora_location,
        submission_uuid=submission_uuid,
        client=self._client,
    )


def _ora_staff_grader_mock_submission_lock_delete(
    self: OraStaffGraderOperations,
    *,
    ora_location: str,
    submission_uuid: str,
) -> OraStaffGraderMockLockStatus:
    """Delete a submission lock (mock): `DELETE /ora_staff_grader/mock/submission/lock`.

    See `ora_staff_grader_mock_submission_lock_delete.sync` for the parameters and the errors it raises.
    """
    from . import ora_staff_grader_mock_submission_lock_delete

    return ora_staff_grader_mock_submission_lock_delete.sync(
        ora_location=ora_location,
        submission_uuid=submission_uuid,
        client=self._client,
    )


def _ora_staff_grader_mock_submission_status_retrieve(
    self: OraStaffGraderOperations,
    *,
    ora_location: str,
    submission_uuid: str,
) -> OraStaffGraderMockSubmissionStatus:
    """Get a submission's status (mock): `GET /ora_staff_grader/mock/submission/status`.

    See `ora_staff_grader_mock_submission_status_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import ora_staff_grader_mock_submission_status_retrieve

    return ora_staff_grader_mock_submission_status_retrieve.sync(
        ora_location=ora_location,
        submission_uuid=submission_uuid,
        client=self._client,
    )


def _ora_staff_grader_submission_retrieve(
    self: OraStaffGraderOperations,
    *,
    ora_location: str,
    submission_uuid: str,
) -> OraStaffGraderSubmission:
    """Get a submission and its assessment: `GET /ora_staff_grader/submission`.

    See `ora_staff_grader_submission_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import ora_staff_grader_submission_retrieve

    return ora_staff_grader_submission_retrieve.sync(
        ora_location=ora_location,
        submission_uuid=submission_uuid,
        client=self._client,
    )


def _ora_staff_grader_submission_batch_unlock(
    self: OraStaffGraderOperations,
    *,
    body: OraStaffGraderBatchUnlockRequest,
    ora_location: str,
) -> OraStaffGraderBatchUnlockResponse:
    """Release several submission locks: `POST /ora_staff_grader/submission/batch/unlock`.

    See `ora_staff_grader_submission_batch_unlock.sync` for the parameters and the errors it raises.
    """
    from . import ora_staff_grader_submission_batch_unlock

    return ora_staff_grader_submission_batch_unlock.sync(
        body=body,
        ora_location=ora_location,
        client=self._client,
    )


def _ora_staff_grader_submission_files_retrieve(
    self: OraStaffGraderOperations,
    *,
    ora_location: str,
    submission_uuid: str,
) -> OraStaffGraderFileList:
    """Get the file metadata of a submission: `GET /ora_staff_grader/submission/files`.

    See `ora_staff_grader_submission_files_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import ora_staff_grader_submission_files_retrieve

    return ora_staff_grader_submission_files_retrieve.sync(
        ora_location=ora_location,
        submission_uuid=submission_uuid,
        client=self._client,
    )


def _ora_staff_grader_submission_grade_submit(
    self: OraStaffGraderOperations,
    *,
    body: OraStaffGraderGradeRequest,
    ora_location: str,
    submission_uuid: str,
) -> OraStaffGraderSubmissionStatus:
    """Grade a submission: `POST /ora_staff_grader/submission/grade`.

    See `ora_staff_grader_submission_grade_submit.sync` for the parameters and the errors it raises.
    """
    from . import ora_staff_grader_submission_grade_submit

    return ora_staff_grader_submission_grade_submit.sync(
        body=body,
        ora_location=ora_location,
        submission_uuid=submission_uuid,
        client=self._client,
    )


def _ora_staff_grader_submission_lock_claim(
    self: OraStaffGraderOperations,
    *,
    ora_location: str,
    submission_uuid: str,
) -> OraStaffGraderLockStatus:
    """Claim a submission lock: `POST /ora_staff_grader/submission/lock`.

    See `ora_staff_grader_submission_lock_claim.sync` for the parameters and the errors it raises.
    """
    from . import ora_staff_grader_submission_lock_claim

    return ora_staff_grader_submission_lock_claim.sync(
        ora_location=ora_location,
        submission_uuid=submission_uuid,
        client=self._client,
    )


def _ora_staff_grader_submission_lock_delete(
    self: OraStaffGraderOperations,
    *,
    ora_location: str,
    submission_uuid: str,
) -> OraStaffGraderLockStatus:
    """Clear a submission lock: `DELETE /ora_staff_grader/submission/lock`.

    See `ora_staff_grader_submission_lock_delete.sync` for the parameters and the errors it raises.
    """
    from . import ora_staff_grader_submission_lock_delete

    return ora_staff_grader_submission_lock_delete.sync(
        ora_location=ora_location,
        submission_uuid=submission_uuid,
        client=self._client,
    )


def _ora_staff_grader_submission_status_retrieve(
    self: OraStaffGraderOperations,
    *,
    ora_location: str,
    submission_uuid: str,
) -> OraStaffGraderSubmissionStatus:
    """Get a submission's grading status: `GET /ora_staff_grader/submission/status`.

    See `ora_staff_grader_submission_status_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import ora_staff_grader_submission_status_retrieve

    return ora_staff_grader_submission_status_retrieve.sync(
        ora_location=ora_location,
        submission_uuid=submission_uuid,
        client=self._client,
    )


async def _async_ora_staff_grader_initialize_retrieve(
    self: AsyncOraStaffGraderOperations,
    *,
    ora_location: str,
) -> OraStaffGraderInitialize:
    """Get the course metadata for the staff grader: `GET /ora_staff_grader/initialize`.

    See `ora_staff_grader_initialize_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import ora_staff_grader_initialize_retrieve

    return await ora_staff_grader_initialize_retrieve.asyncio(
        ora_location=ora_location,
        client=self._client,
    )


async def _async_ora_staff_grader_mock_initialize_retrieve(
    self: AsyncOraStaffGraderOperations,
    *,
    ora_location: str,
) -> OraStaffGraderMockInitialize:
    """Get the initial app state (mock): `GET /ora_staff_grader/mock/initialize`.

    See `ora_staff_grader_mock_initialize_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import ora_staff_grader_mock_initialize_retrieve

    return await ora_staff_grader_mock_initialize_retrieve.asyncio(
        ora_location=ora_location,
        client=self._client,
    )


async def _async_ora_staff_grader_mock_submission_retrieve(
    self: AsyncOraStaffGraderOperations,
    *,
    ora_location: str,
    submission_uuid: str,
) -> OraStaffGraderMockSubmission:
    """Get a submission (mock): `GET /ora_staff_grader/mock/submission`.

    See `ora_staff_grader_mock_submission_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import ora_staff_grader_mock_submission_retrieve

    return await ora_staff_grader_mock_submission_retrieve.asyncio(
        ora_location=ora_location,
        submission_uuid=submission_uuid,
        client=self._client,
    )


async def _async_ora_staff_grader_mock_submission_grade_submit(
    self: AsyncOraStaffGraderOperations,
    *,
    body: OraStaffGraderMockGradeRequest,
    ora_location: str,
    submission_uuid: str,
) -> OraStaffGraderMockGradeResult:
    """Save a grade update (mock): `POST /ora_staff_grader/mock/submission/grade`.

    See `ora_staff_grader_mock_submission_grade_submit.asyncio` for the parameters and the errors it raises.
    """
    from . import ora_staff_grader_mock_submission_grade_submit

    return await ora_staff_grader_mock_submission_grade_submit.asyncio(
        body=body,
        ora_location=ora_location,
        submission_uuid=submission_uuid,
        client=self._client,
    )


async def _async_ora_staff_grader_mock_submission_lock_claim(
    self: AsyncOraStaffGraderOperations,
    *,
    ora_location: str,
    submission_uuid: str,
) -> OraStaffGraderMockLockStatus:
    """Claim a submission lock (mock): `POST /ora_staff_grader/mock/submission/lock`.

    See `ora_staff_grader_mock_submission_lock_claim.asyncio` for the parameters and the errors it raises.
    """
    from . import ora_staff_grader_mock_submission_lock_claim

    return await ora_staff_grader_mock_submission_lock_claim.asyncio(
        ora_location=ora_location,
        submission_uuid=submission_uuid,
        client=self._client,
    )


async def _async_ora_staff_grader_mock_submission_lock_delete(
    self: AsyncOraStaffGraderOperations,
    *,
    ora_location: str,
    submission_uuid: str,
) -> OraStaffGraderMockLockStatus:
    """Delete a submission lock (mock): `DELETE /ora_staff_grader/mock/submission/lock`.

    See `ora_staff_grader_mock_submission_lock_delete.asyncio` for the parameters and the errors it raises.
    """
    from . import ora_staff_grader_mock_submission_lock_delete

    return await ora_staff_grader_mock_submission_lock_delete.asyncio(
        ora_location=ora_location,
        submission_uuid=submission_uuid,
        client=self._client,
    )


async def _async_ora_staff_grader_mock_submission_status_retrieve(
    self: AsyncOraStaffGraderOperations,
    *,
    ora_location: str,
    submission_uuid: str,
) -> OraStaffGraderMockSubmissionStatus:
    """Get a submission's status (mock): `GET /ora_staff_grader/mock/submission/status`.

    See `ora_staff_grader_mock_submission_status_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import ora_staff_grader_mock_submission_status_retrieve

    return await ora_staff_grader_mock_submission_status_retrieve.asyncio(
        ora_location=ora_location,
        submission_uuid=submission_uuid,
        client=self._client,
    )


async def _async_ora_staff_grader_submission_retrieve(
    self: AsyncOraStaffGraderOperations,
    *,
    ora_location: str,
    submission_uuid: str,
) -> OraStaffGraderSubmission:
    """Get a submission and its assessment: `GET /ora_staff_grader/submission`.

    See `ora_staff_grader_submission_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import ora_staff_grader_submission_retrieve

    return await ora_staff_grader_submission_retrieve.asyncio(
        ora_location=ora_location,
        submission_uuid=submission_uuid,
        client=self._client,
    )


async def _async_ora_staff_grader_submission_batch_unlock(
    self: AsyncOraStaffGraderOperations,
    *,
    body: OraStaffGraderBatchUnlockRequest,
    ora_location: str,
) -> OraStaffGraderBatchUnlockResponse:
    """Release several submission locks: `POST /ora_staff_grader/submission/batch/unlock`.

    See `ora_staff_grader_submission_batch_unlock.asyncio` for the parameters and the errors it raises.
    """
    from . import ora_staff_grader_submission_batch_unlock

    return await ora_staff_grader_submission_batch_unlock.asyncio(
        body=body,
        ora_location=ora_location,
        client=self._client,
    )


async def _async_ora_staff_grader_submission_files_retrieve(
    self: AsyncOraStaffGraderOperations,
    *,
    ora_location: str,
    submission_uuid: str,
) -> OraStaffGraderFileList:
    """Get the file metadata of a submission: `GET /ora_staff_grader/submission/files`.

    See `ora_staff_grader_submission_files_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import ora_staff_grader_submission_files_retrieve

    return await ora_staff_grader_submission_files_retrieve.asyncio(
        ora_location=ora_location,
        submission_uuid=submission_uuid,
        client=self._client,
    )


async def _async_ora_staff_grader_submission_grade_submit(
    self: AsyncOraStaffGraderOperations,
    *,
    body: OraStaffGraderGradeRequest,
    ora_location: str,
    submission_uuid: str,
) -> OraStaffGraderSubmissionStatus:
    """Grade a submission: `POST /ora_staff_grader/submission/grade`.

    See `ora_staff_grader_submission_grade_submit.asyncio` for the parameters and the errors it raises.
    """
    from . import ora_staff_grader_submission_grade_submit

    return await ora_staff_grader_submission_grade_submit.asyncio(
        body=body,
        ora_location=ora_location,
        submission_uuid=submission_uuid,
        client=self._client,
    )


async def _async_ora_staff_grader_submission_lock_claim(
    self: AsyncOraStaffGraderOperations,
    *,
    ora_location: str,
    submission_uuid: str,
) -> OraStaffGraderLockStatus:
    """Claim a submission lock: `POST /ora_staff_grader/submission/lock`.

    See `ora_staff_grader_submission_lock_claim.asyncio` for the parameters and the errors it raises.
    """
    from . import ora_staff_grader_submission_lock_claim

    return await ora_staff_grader_submission_lock_claim.asyncio(
        ora_location=ora_location,
        submission_uuid=submission_uuid,
        client=self._client,
    )


async def _async_ora_staff_grader_submission_lock_delete(
    self: AsyncOraStaffGraderOperations,
    *,
    ora_location: str,
    submission_uuid: str,
) -> OraStaffGraderLockStatus:
    """Clear a submission lock: `DELETE /ora_staff_grader/submission/lock`.

    See `ora_staff_grader_submission_lock_delete.asyncio` for the parameters and the errors it raises.
    """
    from . import ora_staff_grader_submission_lock_delete

    return await ora_staff_grader_submission_lock_delete.asyncio(
        ora_location=ora_location,
        submission_uuid=submission_uuid,
        client=self._client,
    )


async def _async_ora_staff_grader_submission_status_retrieve(
    self: AsyncOraStaffGraderOperations,
    *,
    ora_location: str,
    submission_uuid: str,
) -> OraStaffGraderSubmissionStatus:
    """Get a submission's grading status: `GET /ora_staff_grader/submission/status`.

    See `ora_staff_grader_submission_status_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import ora_staff_grader_submission_status_retrieve

    return await ora_staff_grader_submission_status_retrieve.asyncio(
        ora_location=ora_location,
        submission_uuid=submission_uuid,
        client=self._client,
    )


class OraStaffGraderOperations:
    """The ora_staff_grader operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    initialize_retrieve = _ora_staff_grader_initialize_retrieve
    mock_initialize_retrieve = _ora_staff_grader_mock_initialize_retrieve
    mock_submission_retrieve = _ora_staff_grader_mock_submission_retrieve
    mock_submission_grade_submit = _ora_staff_grader_mock_submission_grade_submit
    mock_submission_lock_claim = _ora_staff_grader_mock_submission_lock_claim
    mock_submission_lock_delete = _ora_staff_grader_mock_submission_lock_delete
    mock_submission_status_retrieve = _ora_staff_grader_mock_submission_status_retrieve
    submission_retrieve = _ora_staff_grader_submission_retrieve
    submission_batch_unlock = _ora_staff_grader_submission_batch_unlock
    submission_files_retrieve = _ora_staff_grader_submission_files_retrieve
    submission_grade_submit = _ora_staff_grader_submission_grade_submit
    submission_lock_claim = _ora_staff_grader_submission_lock_claim
    submission_lock_delete = _ora_staff_grader_submission_lock_delete
    submission_status_retrieve = _ora_staff_grader_submission_status_retrieve


class AsyncOraStaffGraderOperations:
    """The ora_staff_grader operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    initialize_retrieve = _async_ora_staff_grader_initialize_retrieve
    mock_initialize_retrieve = _async_ora_staff_grader_mock_initialize_retrieve
    mock_submission_retrieve = _async_ora_staff_grader_mock_submission_retrieve
    mock_submission_grade_submit = _async_ora_staff_grader_mock_submission_grade_submit
    mock_submission_lock_claim = _async_ora_staff_grader_mock_submission_lock_claim
    mock_submission_lock_delete = _async_ora_staff_grader_mock_submission_lock_delete
    mock_submission_status_retrieve = (
        _async_ora_staff_grader_mock_submission_status_retrieve
    )
    submission_retrieve = _async_ora_staff_grader_submission_retrieve
    submission_batch_unlock = _async_ora_staff_grader_submission_batch_unlock
    submission_files_retrieve = _async_ora_staff_grader_submission_files_retrieve
    submission_grade_submit = _async_ora_staff_grader_submission_grade_submit
    submission_lock_claim = _async_ora_staff_grader_submission_lock_claim
    submission_lock_delete = _async_ora_staff_grader_submission_lock_delete
    submission_status_retrieve = _async_ora_staff_grader_submission_status_retrieve
