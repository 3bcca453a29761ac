"""The course_live operations: one module per operation, and `CourseLiveOperations` /
`AsyncCourseLiveOperations`, which bind them to a client (`edx.<api>.course_live`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.course_live_configuration import CourseLiveConfiguration
    from ...models.course_live_iframe import CourseLiveIframe
    from ...models.course_live_providers import CourseLiveProviders
    from ...models.error_response import ErrorResponse


def _course_live_configuration_retrieve(
    self: CourseLiveOperations,
    course_id: str,
) -> CourseLiveConfiguration:
    """Get a course's live configuration: `GET /course_live/course/{course_id}/`.

    See `course_live_configuration_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import course_live_configuration_retrieve

    return course_live_configuration_retrieve.sync(
        course_id=course_id,
        client=self._client,
    )


def _course_live_configuration_update(
    self: CourseLiveOperations,
    course_id: str,
    *,
    body: CourseLiveConfiguration,
) -> CourseLiveConfiguration:
    """Set a course's live configuration: `POST /course_live/course/{course_id}/`.

    See `course_live_configuration_update.sync` for the parameters and the errors it raises.
    """
    from . import course_live_configuration_update

    return course_live_configuration_update.sync(
        course_id=course_id,
        body=body,
        client=self._client,
    )


def _course_live_iframe_retrieve(
    self: CourseLiveOperations,
    course_id: str,
) -> CourseLiveIframe:
    """Get a course's live iframe: `GET /course_live/iframe/{course_id}/`.

    See `course_live_iframe_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import course_live_iframe_retrieve

    return course_live_iframe_retrieve.sync(
        course_id=course_id,
        client=self._client,
    )


def _course_live_providers_retrieve(
    self: CourseLiveOperations,
    course_id: str,
) -> CourseLiveProviders:
    """Get a course's live providers: `GET /course_live/providers/{course_id}/`.

    See `course_live_providers_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import course_live_providers_retrieve

    return course_live_providers_retrieve.sync(
        course_id=course_id,
        client=self._client,
    )


async def _async_course_live_configuration_retrieve(
    self: AsyncCourseLiveOperations,
    course_id: str,
) -> CourseLiveConfiguration:
    """Get a course's live configuration: `GET /course_live/course/{course_id}/`.

    See `course_live_configuration_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import course_live_configuration_retrieve

    return await course_live_configuration_retrieve.asyncio(
        course_id=course_id,
        client=self._client,
    )


async def _async_course_live_configuration_update(
    self: AsyncCourseLiveOperations,
    course_id: str,
    *,
    body: CourseLiveConfiguration,
) -> CourseLiveConfiguration:
    """Set a course's live configuration: `POST /course_live/course/{course_id}/`.

    See `course_live_configuration_update.asyncio` for the parameters and the errors it raises.
    """
    from . import course_live_configuration_update

    return await course_live_configuration_update.asyncio(
        course_id=course_id,
        body=body,
        client=self._client,
    )


async def _async_course_live_iframe_retrieve(
    self: AsyncCourseLiveOperations,
    course_id: str,
) -> CourseLiveIframe:
    """Get a course's live iframe: `GET /course_live/iframe/{course_id}/`.

    See `course_live_iframe_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import course_live_iframe_retrieve

    return await course_live_iframe_retrieve.asyncio(
        course_id=course_id,
        client=self._client,
    )


async def _async_course_live_providers_retrieve(
    self: AsyncCourseLiveOperations,
    course_id: str,
) -> CourseLiveProviders:
    """Get a course's live providers: `GET /course_live/providers/{course_id}/`.

    See `course_live_providers_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import course_live_providers_retrieve

    return await course_live_providers_retrieve.asyncio(
        course_id=course_id,
        client=self._client,
    )


class CourseLiveOperations:
    """The course_live operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    configuration_retrieve = _course_live_configuration_retrieve
    configuration_update = _course_live_configuration_update
    iframe_retrieve = _course_live_iframe_retrieve
    providers_retrieve = _course_live_providers_retrieve


class AsyncCourseLiveOperations:
    """The course_live operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    configuration_retrieve = _async_course_live_configuration_retrieve
    configuration_update = _async_course_live_configuration_update
    iframe_retrieve = _async_course_live_iframe_retrieve
    providers_retrieve = _async_course_live_providers_retrieve
