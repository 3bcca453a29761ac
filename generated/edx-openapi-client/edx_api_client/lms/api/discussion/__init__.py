"""The discussion operations: one module per operation, and `DiscussionOperations` /
`AsyncDiscussionOperations`, which bind them to a client (`edx.<api>.discussion`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.discussion_comment import DiscussionComment
    from ...models.discussion_comment_create_request import (
        DiscussionCommentCreateRequest,
    )
    from ...models.discussion_comment_merge_patch import DiscussionCommentMergePatch
    from ...models.discussion_course import DiscussionCourse
    from ...models.discussion_course_settings import DiscussionCourseSettings
    from ...models.discussion_course_settings_merge_patch import (
        DiscussionCourseSettingsMergePatch,
    )
    from ...models.discussion_course_topics_v2_list_order_by import (
        DiscussionCourseTopicsV2ListOrderBy,
    )
    from ...models.discussion_courses_activity_stats_retrieve_order_by import (
        DiscussionCoursesActivityStatsRetrieveOrderBy,
    )
    from ...models.discussion_courses_learner_retrieve_order_by import (
        DiscussionCoursesLearnerRetrieveOrderBy,
    )
    from ...models.discussion_courses_learner_retrieve_status import (
        DiscussionCoursesLearnerRetrieveStatus,
    )
    from ...models.discussion_courses_learner_retrieve_thread_type import (
        DiscussionCoursesLearnerRetrieveThreadType,
    )
    from ...models.discussion_file_upload import DiscussionFileUpload
    from ...models.discussion_paginated_comment_list import (
        DiscussionPaginatedCommentList,
    )
    from ...models.discussion_paginated_thread_list import DiscussionPaginatedThreadList
    from ...models.discussion_paginated_user_stats_list import (
        DiscussionPaginatedUserStatsList,
    )
    from ...models.discussion_replace_usernames_request import (
        DiscussionReplaceUsernamesRequest,
    )
    from ...models.discussion_replace_usernames_response import (
        DiscussionReplaceUsernamesResponse,
    )
    from ...models.discussion_retire_forum_request import DiscussionRetireForumRequest
    from ...models.discussion_role_members import DiscussionRoleMembers
    from ...models.discussion_role_update_request import DiscussionRoleUpdateRequest
    from ...models.discussion_thread import DiscussionThread
    from ...models.discussion_thread_create_request import DiscussionThreadCreateRequest
    from ...models.discussion_thread_merge_patch import DiscussionThreadMergePatch
    from ...models.discussion_threads_list_order_by import DiscussionThreadsListOrderBy
    from ...models.discussion_threads_list_order_direction import (
        DiscussionThreadsListOrderDirection,
    )
    from ...models.discussion_threads_list_thread_type import (
        DiscussionThreadsListThreadType,
    )
    from ...models.discussion_threads_list_view import DiscussionThreadsListView
    from ...models.discussion_topic_list_v1 import DiscussionTopicListV1
    from ...models.discussion_topic_v2 import DiscussionTopicV2
    from ...models.discussion_topic_v3_entry import DiscussionTopicV3Entry
    from ...models.discussion_uploaded_file import DiscussionUploadedFile
    from ...models.error_response import ErrorResponse
    from ...types import UNSET, Unset


def _discussion_accounts_replace_username(
    self: DiscussionOperations,
    *,
    body: DiscussionReplaceUsernamesRequest,
) -> DiscussionReplaceUsernamesResponse:
    """Replace usernames in the forums: `POST /discussion/v1/accounts/replace_username`.

    See `discussion_accounts_replace_username.sync` for the parameters and the errors it raises.
    """
    from . import discussion_accounts_replace_username

    return discussion_accounts_replace_username.sync(
        body=body,
        client=self._client,
    )


def _discussion_accounts_retire_forum(
    self: DiscussionOperations,
    *,
    body: DiscussionRetireForumRequest,
) -> Any:
    """Retire a user from the forums: `POST /discussion/v1/accounts/retire_forum`.

    See `discussion_accounts_retire_forum.sync` for the parameters and the errors it raises.
    """
    from . import discussion_accounts_retire_forum

    return discussion_accounts_retire_forum.sync(
        body=body,
        client=self._client,
    )


def _discussion_comments_list(
    self: DiscussionOperations,
    *,
    endorsed: bool | Unset = UNSET,
    flagged: bool | Unset = UNSET,
    merge_question_type_responses: bool | Unset = UNSET,
    reverse_order: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    requested_fields: str | Unset = UNSET,
    username: str | Unset = UNSET,
    course_id: str | Unset = UNSET,
    thread_id: str | Unset = UNSET,
) -> DiscussionPaginatedCommentList:
    """List comments: `GET /discussion/v1/comments/`.

    See `discussion_comments_list.sync` for the parameters and the errors it raises.
    """
    from . import discussion_comments_list

    return discussion_comments_list.sync(
        endorsed=endorsed,
        flagged=flagged,
        merge_question_type_responses=merge_question_type_responses,
        reverse_order=reverse_order,
        page=page,
        page_size=page_size,
        requested_fields=requested_fields,
        username=username,
        course_id=course_id,
        thread_id=thread_id,
        client=self._client,
    )


def _discussion_comments_create(
    self: DiscussionOperations,
    *,
    body: DiscussionCommentCreateRequest,
) -> DiscussionComment:
    """Create a comment: `POST /discussion/v1/comments/`.

    See `discussion_comments_create.sync` for the parameters and the errors it raises.
    """
    from . import discussion_comments_create

    return discussion_comments_create.sync(
        body=body,
        client=self._client,
    )


def _discussion_comments_retrieve(
    self: DiscussionOperations,
    comment_id: str,
    *,
    reverse_order: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    requested_fields: str | Unset = UNSET,
) -> DiscussionPaginatedCommentList:
    """Get the comments of a response: `GET /discussion/v1/comments/{comment_id}/`.

    See `discussion_comments_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import discussion_comments_retrieve

    return discussion_comments_retrieve.sync(
        comment_id=comment_id,
        reverse_order=reverse_order,
        page=page,
        page_size=page_size,
        requested_fields=requested_fields,
        client=self._client,
    )


def _discussion_comments_delete(
    self: DiscussionOperations,
    comment_id: str,
) -> Any:
    """Delete a comment: `DELETE /discussion/v1/comments/{comment_id}/`.

    See `discussion_comments_delete.sync` for the parameters and the errors it raises.
    """
    from . import discussion_comments_delete

    return discussion_comments_delete.sync(
        comment_id=comment_id,
        client=self._client,
    )


def _discussion_comments_partial_update(
    self: DiscussionOperations,
    comment_id: str,
    *,
    body: DiscussionCommentMergePatch,
) -> DiscussionComment:
    """Update a comment: `PATCH /discussion/v1/comments/{comment_id}/`.

    See `discussion_comments_partial_update.sync` for the parameters and the errors it raises.
    """
    from . import discussion_comments_partial_update

    return discussion_comments_partial_update.sync(
        comment_id=comment_id,
        body=body,
        client=self._client,
    )


def _discussion_course_topics_v1_list(
    self: DiscussionOperations,
    course_id: str,
    *,
    topic_id: str | Unset = UNSET,
) -> DiscussionTopicListV1:
    """List a course's discussion topics (v1): `GET /discussion/v1/course_topics/{course_id}`.

    See `discussion_course_topics_v1_list.sync` for the parameters and the errors it raises.
    """
    from . import discussion_course_topics_v1_list

    return discussion_course_topics_v1_list.sync(
        course_id=course_id,
        topic_id=topic_id,
        client=self._client,
    )


def _discussion_courses_retrieve(
    self: DiscussionOperations,
    course_id: str,
) -> DiscussionCourse:
    """Get a course's discussion metadata: `GET /discussion/v1/courses/{course_id}`.

    See `discussion_courses_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import discussion_courses_retrieve

    return discussion_courses_retrieve.sync(
        course_id=course_id,
        client=self._client,
    )


def _discussion_courses_learner_retrieve(
    self: DiscussionOperations,
    course_id: str,
    *,
    username: str,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    count_flagged: bool | Unset = UNSET,
    thread_type: DiscussionCoursesLearnerRetrieveThreadType | Unset = UNSET,
    order_by: DiscussionCoursesLearnerRetrieveOrderBy | Unset = UNSET,
    status: DiscussionCoursesLearnerRetrieveStatus | Unset = UNSET,
) -> DiscussionPaginatedThreadList:
    """List a learner's active threads in a course: `GET /discussion/v1/courses/{course_id}/learner/`.

    See `discussion_courses_learner_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import discussion_courses_learner_retrieve

    return discussion_courses_learner_retrieve.sync(
        course_id=course_id,
        username=username,
        page=page,
        page_size=page_size,
        count_flagged=count_flagged,
        thread_type=thread_type,
        order_by=order_by,
        status=status,
        client=self._client,
    )


def _discussion_courses_roles_retrieve(
    self: DiscussionOperations,
    course_id: str,
    rolename: str,
) -> DiscussionRoleMembers:
    """List the members of a forum role: `GET /discussion/v1/courses/{course_id}/roles/{rolename}/`.

    See `discussion_courses_roles_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import discussion_courses_roles_retrieve

    return discussion_courses_roles_retrieve.sync(
        course_id=course_id,
        rolename=rolename,
        client=self._client,
    )


def _discussion_courses_roles_update(
    self: DiscussionOperations,
    course_id: str,
    rolename: str,
    *,
    body: DiscussionRoleUpdateRequest | Unset = UNSET,
) -> DiscussionRoleMembers:
    """Add a user to a forum role or remove one: `POST /discussion/v1/courses/{course_id}/roles/{rolename}/`.

    See `discussion_courses_roles_update.sync` for the parameters and the errors it raises.
    """
    from . import discussion_courses_roles_update

    return discussion_courses_roles_update.sync(
        course_id=course_id,
        rolename=rolename,
        body=body,
        client=self._client,
    )


def _discussion_courses_settings_retrieve(
    self: DiscussionOperations,
    course_id: str,
) -> DiscussionCourseSettings:
    """Get a course's discussion settings: `GET /discussion/v1/courses/{course_id}/settings`.

    See `discussion_courses_settings_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import discussion_courses_settings_retrieve

    return discussion_courses_settings_retrieve.sync(
        course_id=course_id,
        client=self._client,
    )


def _discussion_courses_settings_partial_update(
    self: DiscussionOperations,
    course_id: str,
    *,
    body: DiscussionCourseSettingsMergePatch,
) -> Any:
    """Update a course's discussion settings: `PATCH /discussion/v1/courses/{course_id}/settings`.

    See `discussion_courses_settings_partial_update.sync` for the parameters and the errors it raises.
    """
    from . import discussion_courses_settings_partial_update

    return discussion_courses_settings_partial_update.sync(
        course_id=course_id,
        body=body,
        client=self._client,
    )


def _discussion_courses_upload(
    self: DiscussionOperations,
    course_id: str,
    *,
    body: DiscussionFileUpload,
) -> DiscussionUploadedFile:
    """Upload a file to a course's discussions: `POST /discussion/v1/courses/{course_id}/upload`.

    See `discussion_courses_upload.sync` for the parameters and the errors it raises.
    """
    from . import discussion_courses_upload

    return discussion_courses_upload.sync(
        course_id=course_id,
        body=body,
        client=self._client,
    )


def _discussion_courses_activity_stats_retrieve(
    self: DiscussionOperations,
    course_key_string: str,
    *,
    order_by: DiscussionCoursesActivityStatsRetrieveOrderBy | Unset = UNSET,
    username: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> DiscussionPaginatedUserStatsList:
    """Get a course's discussion activity statistics: `GET /discussion/v1/courses/{course_key_string}/activity_stats`.

    See `discussion_courses_activity_stats_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import discussion_courses_activity_stats_retrieve

    return discussion_courses_activity_stats_retrieve.sync(
        course_key_string=course_key_string,
        order_by=order_by,
        username=username,
        page=page,
        page_size=page_size,
        client=self._client,
    )


def _discussion_threads_list(
    self: DiscussionOperations,
    *,
    course_id: str,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    topic_id: list[str] | Unset = UNSET,
    text_search: str | Unset = UNSET,
    following: bool | Unset = UNSET,
    author: str | Unset = UNSET,
    thread_type: DiscussionThreadsListThreadType | Unset = UNSET,
    flagged: bool | Unset = UNSET,
    count_flagged: bool | Unset = UNSET,
    view: DiscussionThreadsListView | Unset = UNSET,
    order_by: DiscussionThreadsListOrderBy | Unset = UNSET,
    order_direction: DiscussionThreadsListOrderDirection | Unset = UNSET,
    group_id: int | Unset = UNSET,
    requested_fields: str | Unset = UNSET,
) -> DiscussionPaginatedThreadList:
    """List threads: `GET /discussion/v1/threads/`.

    See `discussion_threads_list.sync` for the parameters and the errors it raises.
    """
    from . import discussion_threads_list

    return discussion_threads_list.sync(
        course_id=course_id,
        page=page,
        page_size=page_size,
        topic_id=topic_id,
        text_search=text_search,
        following=following,
        author=author,
        thread_type=thread_type,
        flagged=flagged,
        count_flagged=count_flagged,
        view=view,
        order_by=order_by,
        order_direction=order_direction,
        group_id=group_id,
        requested_fields=requested_fields,
        client=self._client,
    )


def _discussion_threads_create(
    self: DiscussionOperations,
    *,
    body: DiscussionThreadCreateRequest,
) -> DiscussionThread:
    """Create a thread: `POST /discussion/v1/threads/`.

    See `discussion_threads_create.sync` for the parameters and the errors it raises.
    """
    from . import discussion_threads_create

    return discussion_threads_create.sync(
        body=body,
        client=self._client,
    )


def _discussion_threads_retrieve(
    self: DiscussionOperations,
    thread_id: str,
    *,
    course_id: str | Unset = UNSET,
    requested_fields: str | Unset = UNSET,
) -> DiscussionThread:
    """Get a thread: `GET /discussion/v1/threads/{thread_id}/`.

    See `discussion_threads_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import discussion_threads_retrieve

    return discussion_threads_retrieve.sync(
        thread_id=thread_id,
        course_id=course_id,
        requested_fields=requested_fields,
        client=self._client,
    )


def _discussion_threads_delete(
    self: DiscussionOperations,
    thread_id: str,
) -> Any:
    """Delete a thread: `DELETE /discussion/v1/threads/{thread_id}/`.

    See `discussion_threads_delete.sync` for the parameters and the errors it raises.
    """
    from . import discussion_threads_delete

    return discussion_threads_delete.sync(
        thread_id=thread_id,
        client=self._client,
    )


def _discussion_threads_partial_update(
    self: DiscussionOperations,
    thread_id: str,
    *,
    body: DiscussionThreadMergePatch,
) -> DiscussionThread:
    """Update a thread: `PATCH /discussion/v1/threads/{thread_id}/`.

    See `discussion_threads_partial_update.sync` for the parameters and the errors it raises.
    """
    from . import discussion_threads_partial_update

    return discussion_threads_partial_update.sync(
        thread_id=thread_id,
        body=body,
        client=self._client,
    )


def _discussion_course_topics_v2_list(
    self: DiscussionOperations,
    course_id: str,
    *,
    topic_id: str | Unset = UNSET,
    order_by: DiscussionCourseTopicsV2ListOrderBy | Unset = UNSET,
) -> list[DiscussionTopicV2]:
    """List a course's discussion topics (v2): `GET /discussion/v2/course_topics/{course_id}`.

    See `discussion_course_topics_v2_list.sync` for the parameters and the errors it raises.
    """
    from . import discussion_course_topics_v2_list

    return discussion_course_topics_v2_list.sync(
        course_id=course_id,
        topic_id=topic_id,
        order_by=order_by,
        client=self._client,
    )


def _discussion_course_topics_v3_list(
    self: DiscussionOperations,
    course_id: str,
) -> list[DiscussionTopicV3Entry]:
    """List a course's discussion topics (v3): `GET /discussion/v3/course_topics/{course_id}`.

    See `discussion_course_topics_v3_list.sync` for the parameters and the errors it raises.
    """
    from . import discussion_course_topics_v3_list

    return discussion_course_topics_v3_list.sync(
        course_id=course_id,
        client=self._client,
    )


async def _async_discussion_accounts_replace_username(
    self: AsyncDiscussionOperations,
    *,
    body: DiscussionReplaceUsernamesRequest,
) -> DiscussionReplaceUsernamesResponse:
    """Replace usernames in the forums: `POST /discussion/v1/accounts/replace_username`.

    See `discussion_accounts_replace_username.asyncio` for the parameters and the errors it raises.
    """
    from . import discussion_accounts_replace_username

    return await discussion_accounts_replace_username.asyncio(
        body=body,
        client=self._client,
    )


async def _async_discussion_accounts_retire_forum(
    self: AsyncDiscussionOperations,
    *,
    body: DiscussionRetireForumRequest,
) -> Any:
    """Retire a user from the forums: `POST /discussion/v1/accounts/retire_forum`.

    See `discussion_accounts_retire_forum.asyncio` for the parameters and the errors it raises.
    """
    from . import discussion_accounts_retire_forum

    return await discussion_accounts_retire_forum.asyncio(
        body=body,
        client=self._client,
    )


async def _async_discussion_comments_list(
    self: AsyncDiscussionOperations,
    *,
    endorsed: bool | Unset = UNSET,
    flagged: bool | Unset = UNSET,
    merge_question_type_responses: bool | Unset = UNSET,
    reverse_order: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    requested_fields: str | Unset = UNSET,
    username: str | Unset = UNSET,
    course_id: str | Unset = UNSET,
    thread_id: str | Unset = UNSET,
) -> DiscussionPaginatedCommentList:
    """List comments: `GET /discussion/v1/comments/`.

    See `discussion_comments_list.asyncio` for the parameters and the errors it raises.
    """
    from . import discussion_comments_list

    return await discussion_comments_list.asyncio(
        endorsed=endorsed,
        flagged=flagged,
        merge_question_type_responses=merge_question_type_responses,
        reverse_order=reverse_order,
        page=page,
        page_size=page_size,
        requested_fields=requested_fields,
        username=username,
        course_id=course_id,
        thread_id=thread_id,
        client=self._client,
    )


async def _async_discussion_comments_create(
    self: AsyncDiscussionOperations,
    *,
    body: DiscussionCommentCreateRequest,
) -> DiscussionComment:
    """Create a comment: `POST /discussion/v1/comments/`.

    See `discussion_comments_create.asyncio` for the parameters and the errors it raises.
    """
    from . import discussion_comments_create

    return await discussion_comments_create.asyncio(
        body=body,
        client=self._client,
    )


async def _async_discussion_comments_retrieve(
    self: AsyncDiscussionOperations,
    comment_id: str,
    *,
    reverse_order: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    requested_fields: str | Unset = UNSET,
) -> DiscussionPaginatedCommentList:
    """Get the comments of a response: `GET /discussion/v1/comments/{comment_id}/`.

    See `discussion_comments_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import discussion_comments_retrieve

    return await discussion_comments_retrieve.asyncio(
        comment_id=comment_id,
        reverse_order=reverse_order,
        page=page,
        page_size=page_size,
        requested_fields=requested_fields,
        client=self._client,
    )


async def _async_discussion_comments_delete(
    self: AsyncDiscussionOperations,
    comment_id: str,
) -> Any:
    """Delete a comment: `DELETE /discussion/v1/comments/{comment_id}/`.

    See `discussion_comments_delete.asyncio` for the parameters and the errors it raises.
    """
    from . import discussion_comments_delete

    return await discussion_comments_delete.asyncio(
        comment_id=comment_id,
        client=self._client,
    )


async def _async_discussion_comments_partial_update(
    self: AsyncDiscussionOperations,
    comment_id: str,
    *,
    body: DiscussionCommentMergePatch,
) -> DiscussionComment:
    """Update a comment: `PATCH /discussion/v1/comments/{comment_id}/`.

    See `discussion_comments_partial_update.asyncio` for the parameters and the errors it raises.
    """
    from . import discussion_comments_partial_update

    return await discussion_comments_partial_update.asyncio(
        comment_id=comment_id,
        body=body,
        client=self._client,
    )


async def _async_discussion_course_topics_v1_list(
    self: AsyncDiscussionOperations,
    course_id: str,
    *,
    topic_id: str | Unset = UNSET,
) -> DiscussionTopicListV1:
    """List a course's discussion topics (v1): `GET /discussion/v1/course_topics/{course_id}`.

    See `discussion_course_topics_v1_list.asyncio` for the parameters and the errors it raises.
    """
    from . import discussion_course_topics_v1_list

    return await discussion_course_topics_v1_list.asyncio(
        course_id=course_id,
        topic_id=topic_id,
        client=self._client,
    )


async def _async_discussion_courses_retrieve(
    self: AsyncDiscussionOperations,
    course_id: str,
) -> DiscussionCourse:
    """Get a course's discussion metadata: `GET /discussion/v1/courses/{course_id}`.

    See `discussion_courses_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import discussion_courses_retrieve

    return await discussion_courses_retrieve.asyncio(
        course_id=course_id,
        client=self._client,
    )


async def _async_discussion_courses_learner_retrieve(
    self: AsyncDiscussionOperations,
    course_id: str,
    *,
    username: str,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    count_flagged: bool | Unset = UNSET,
    thread_type: DiscussionCoursesLearnerRetrieveThreadType | Unset = UNSET,
    order_by: DiscussionCoursesLearnerRetrieveOrderBy | Unset = UNSET,
    status: DiscussionCoursesLearnerRetrieveStatus | Unset = UNSET,
) -> DiscussionPaginatedThreadList:
    """List a learner's active threads in a course: `GET /discussion/v1/courses/{course_id}/learner/`.

    See `discussion_courses_learner_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import discussion_courses_learner_retrieve

    return await discussion_courses_learner_retrieve.asyncio(
        course_id=course_id,
        username=username,
        page=page,
        page_size=page_size,
        count_flagged=count_flagged,
        thread_type=thread_type,
        order_by=order_by,
        status=status,
        client=self._client,
    )


async def _async_discussion_courses_roles_retrieve(
    self: AsyncDiscussionOperations,
    course_id: str,
    rolename: str,
) -> DiscussionRoleMembers:
    """List the members of a forum role: `GET /discussion/v1/courses/{course_id}/roles/{rolename}/`.

    See `discussion_courses_roles_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import discussion_courses_roles_retrieve

    return await discussion_courses_roles_retrieve.asyncio(
        course_id=course_id,
        rolename=rolename,
        client=self._client,
    )


async def _async_discussion_courses_roles_update(
    self: AsyncDiscussionOperations,
    course_id: str,
    rolename: str,
    *,
    body: DiscussionRoleUpdateRequest | Unset = UNSET,
) -> DiscussionRoleMembers:
    """Add a user to a forum role or remove one: `POST /discussion/v1/courses/{course_id}/roles/{rolename}/`.

    See `discussion_courses_roles_update.asyncio` for the parameters and the errors it raises.
    """
    from . import discussion_courses_roles_update

    return await discussion_courses_roles_update.asyncio(
        course_id=course_id,
        rolename=rolename,
        body=body,
        client=self._client,
    )


async def _async_discussion_courses_settings_retrieve(
    self: AsyncDiscussionOperations,
    course_id: str,
) -> DiscussionCourseSettings:
    """Get a course's discussion settings: `GET /discussion/v1/courses/{course_id}/settings`.

    See `discussion_courses_settings_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import discussion_courses_settings_retrieve

    return await discussion_courses_settings_retrieve.asyncio(
        course_id=course_id,
        client=self._client,
    )


async def _async_discussion_courses_settings_partial_update(
    self: AsyncDiscussionOperations,
    course_id: str,
    *,
    body: DiscussionCourseSettingsMergePatch,
) -> Any:
    """Update a course's discussion settings: `PATCH /discussion/v1/courses/{course_id}/settings`.

    See `discussion_courses_settings_partial_update.asyncio` for the parameters and the errors it raises.
    """
    from . import discussion_courses_settings_partial_update

    return await discussion_courses_settings_partial_update.asyncio(
        course_id=course_id,
        body=body,
        client=self._client,
    )


async def _async_discussion_courses_upload(
    self: AsyncDiscussionOperations,
    course_id: str,
    *,
    body: DiscussionFileUpload,
) -> DiscussionUploadedFile:
    """Upload a file to a course's discussions: `POST /discussion/v1/courses/{course_id}/upload`.

    See `discussion_courses_upload.asyncio` for the parameters and the errors it raises.
    """
    from . import discussion_courses_upload

    return await discussion_courses_upload.asyncio(
        course_id=course_id,
        body=body,
        client=self._client,
    )


async def _async_discussion_courses_activity_stats_retrieve(
    self: AsyncDiscussionOperations,
    course_key_string: str,
    *,
    order_by: DiscussionCoursesActivityStatsRetrieveOrderBy | Unset = UNSET,
    username: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> DiscussionPaginatedUserStatsList:
    """Get a course's discussion activity statistics: `GET /discussion/v1/courses/{course_key_string}/activity_stats`.

    See `discussion_courses_activity_stats_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import discussion_courses_activity_stats_retrieve

    return await discussion_courses_activity_stats_retrieve.asyncio(
        course_key_string=course_key_string,
        order_by=order_by,
        username=username,
        page=page,
        page_size=page_size,
        client=self._client,
    )


async def _async_discussion_threads_list(
    self: AsyncDiscussionOperations,
    *,
    course_id: str,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    topic_id: list[str] | Unset = UNSET,
    text_search: str | Unset = UNSET,
    following: bool | Unset = UNSET,
    author: str | Unset = UNSET,
    thread_type: DiscussionThreadsListThreadType | Unset = UNSET,
    flagged: bool | Unset = UNSET,
    count_flagged: bool | Unset = UNSET,
    view: DiscussionThreadsListView | Unset = UNSET,
    order_by: DiscussionThreadsListOrderBy | Unset = UNSET,
    order_direction: DiscussionThreadsListOrderDirection | Unset = UNSET,
    group_id: int | Unset = UNSET,
    requested_fields: str | Unset = UNSET,
) -> DiscussionPaginatedThreadList:
    """List threads: `GET /discussion/v1/threads/`.

    See `discussion_threads_list.asyncio` for the parameters and the errors it raises.
    """
    from . import discussion_threads_list

    return await discussion_threads_list.asyncio(
        course_id=course_id,
        page=page,
        page_size=page_size,
        topic_id=topic_id,
        text_search=text_search,
        following=following,
        author=author,
        thread_type=thread_type,
        flagged=flagged,
        count_flagged=count_flagged,
        view=view,
        order_by=order_by,
        order_direction=order_direction,
        group_id=group_id,
        requested_fields=requested_fields,
        client=self._client,
    )


async def _async_discussion_threads_create(
    self: AsyncDiscussionOperations,
    *,
    body: DiscussionThreadCreateRequest,
) -> DiscussionThread:
    """Create a thread: `POST /discussion/v1/threads/`.

    See `discussion_threads_create.asyncio` for the parameters and the errors it raises.
    """
    from . import discussion_threads_create

    return await discussion_threads_create.asyncio(
        body=body,
        client=self._client,
    )


async def _async_discussion_threads_retrieve(
    self: AsyncDiscussionOperations,
    thread_id: str,
    *,
    course_id: str | Unset = UNSET,
    requested_fields: str | Unset = UNSET,
) -> DiscussionThread:
    """Get a thread: `GET /discussion/v1/threads/{thread_id}/`.

    See `discussion_threads_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import discussion_threads_retrieve

    return await discussion_threads_retrieve.asyncio(
        thread_id=thread_id,
        course_id=course_id,
        requested_fields=requested_fields,
        client=self._client,
    )


async def _async_discussion_threads_delete(
    self: AsyncDiscussionOperations,
    thread_id: str,
) -> Any:
    """Delete a thread: `DELETE /discussion/v1/threads/{thread_id}/`.

    See `discussion_threads_delete.asyncio` for the parameters and the errors it raises.
    """
    from . import discussion_threads_delete

    return await discussion_threads_delete.asyncio(
        thread_id=thread_id,
        client=self._client,
    )


async def _async_discussion_threads_partial_update(
    self: AsyncDiscussionOperations,
    thread_id: str,
    *,
    body: DiscussionThreadMergePatch,
) -> DiscussionThread:
    """Update a thread: `PATCH /discussion/v1/threads/{thread_id}/`.

    See `discussion_threads_partial_update.asyncio` for the parameters and the errors it raises.
    """
    from . import discussion_threads_partial_update

    return await discussion_threads_partial_update.asyncio(
        thread_id=thread_id,
        body=body,
        client=self._client,
    )


async def _async_discussion_course_topics_v2_list(
    self: AsyncDiscussionOperations,
    course_id: str,
    *,
    topic_id: str | Unset = UNSET,
    order_by: DiscussionCourseTopicsV2ListOrderBy | Unset = UNSET,
) -> list[DiscussionTopicV2]:
    """List a course's discussion topics (v2): `GET /discussion/v2/course_topics/{course_id}`.

    See `discussion_course_topics_v2_list.asyncio` for the parameters and the errors it raises.
    """
    from . import discussion_course_topics_v2_list

    return await discussion_course_topics_v2_list.asyncio(
        course_id=course_id,
        topic_id=topic_id,
        order_by=order_by,
        client=self._client,
    )


async def _async_discussion_course_topics_v3_list(
    self: AsyncDiscussionOperations,
    course_id: str,
) -> list[DiscussionTopicV3Entry]:
    """List a course's discussion topics (v3): `GET /discussion/v3/course_topics/{course_id}`.

    See `discussion_course_topics_v3_list.asyncio` for the parameters and the errors it raises.
    """
    from . import discussion_course_topics_v3_list

    return await discussion_course_topics_v3_list.asyncio(
        course_id=course_id,
        client=self._client,
    )


class DiscussionOperations:
    """The discussion operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    accounts_replace_username = _discussion_accounts_replace_username
    accounts_retire_forum = _discussion_accounts_retire_forum
    comments_list = _discussion_comments_list
    comments_create = _discussion_comments_create
    comments_retrieve = _discussion_comments_retrieve
    comments_delete = _discussion_comments_delete
    comments_partial_update = _discussion_comments_partial_update
    course_topics_v1_list = _discussion_course_topics_v1_list
    courses_retrieve = _discussion_courses_retrieve
    courses_learner_retrieve = _discussion_courses_learner_retrieve
    courses_roles_retrieve = _discussion_courses_roles_retrieve
    courses_roles_update = _discussion_courses_roles_update
    courses_settings_retrieve = _discussion_courses_settings_retrieve
    courses_settings_partial_update = _discussion_courses_settings_partial_update
    courses_upload = _discussion_courses_upload
    courses_activity_stats_retrieve = _discussion_courses_activity_stats_retrieve
    threads_list = _discussion_threads_list
    threads_create = _discussion_threads_create
    threads_retrieve = _discussion_threads_retrieve
    threads_delete = _discussion_threads_delete
    threads_partial_update = _discussion_threads_partial_update
    course_topics_v2_list = _discussion_course_topics_v2_list
    course_topics_v3_list = _discussion_course_topics_v3_list


class AsyncDiscussionOperations:
    """The discussion operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    accounts_replace_username = _async_discussion_accounts_replace_username
    accounts_retire_forum = _async_discussion_accounts_retire_forum
    comments_list = _async_discussion_comments_list
    comments_create = _async_discussion_comments_create
    comments_retrieve = _async_discussion_comments_retrieve
    comments_delete = _async_discussion_comments_delete
    comments_partial_update = _async_discussion_comments_partial_update
    course_topics_v1_list = _async_discussion_course_topics_v1_list
    courses_retrieve = _async_discussion_courses_retrieve
    courses_learner_retrieve = _async_discussion_courses_learner_retrieve
    courses_roles_retrieve = _async_discussion_courses_roles_retrieve
    courses_roles_update = _async_discussion_courses_roles_update
    courses_settings_retrieve = _async_discussion_courses_settings_retrieve
    courses_settings_partial_update = _async_discussion_courses_settings_partial_update
    courses_upload = _async_discussion_courses_upload
    courses_activity_stats_retrieve = _async_discussion_courses_activity_stats_retrieve
    threads_list = _async_discussion_threads_list
    threads_create = _async_discussion_threads_create
    threads_retrieve = _async_discussion_threads_retrieve
    threads_delete = _async_discussion_threads_delete
    threads_partial_update = _async_discussion_threads_partial_update
    course_topics_v2_list = _async_discussion_course_topics_v2_list
    course_topics_v3_list = _async_discussion_course_topics_v3_list
