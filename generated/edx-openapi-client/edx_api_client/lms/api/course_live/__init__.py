"""The course_live operations: one module per operation, and `CourseLiveOperations` /
`AsyncCourseLiveOperations`, which bind them to a client (`edx.<api>.course_live`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.course_live_configuration import CourseLiveConfiguration
    from ...models.error_response import ErrorResponse


class CourseLiveOperations:
    """The course_live operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def configuration_retrieve(
        self,
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

    def configuration_update(
        self,
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

    def iframe_retrieve(
        self,
        course_id: str,
    ) -> Any:
        """Get a course's live iframe: `GET /course_live/iframe/{course_id}/`.

        See `course_live_iframe_retrieve.sync` for the parameters and the errors it raises.
        """
        from . import course_live_iframe_retrieve

        return course_live_iframe_retrieve.sync(
            course_id=course_id,
            client=self._client,
        )

    def providers_retrieve(
        self,
        course_id: str,
    ) -> Any:
        """Get a course's live providers: `GET /course_live/providers/{course_id}/`.

        See `course_live_providers_retrieve.sync` for the parameters and the errors it raises.
        """
        from . import course_live_providers_retrieve

        return course_live_providers_retrieve.sync(
            course_id=course_id,
            client=self._client,
        )


class AsyncCourseLiveOperations:
    """The course_live operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def configuration_retrieve(
        self,
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

    async def configuration_update(
        self,
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

    async def iframe_retrieve(
        self,
        course_id: str,
    ) -> Any:
        """Get a course's live iframe: `GET /course_live/iframe/{course_id}/`.

        See `course_live_iframe_retrieve.asyncio` for the parameters and the errors it raises.
        """
        from . import course_live_iframe_retrieve

        return await course_live_iframe_retrieve.asyncio(
            course_id=course_id,
            client=self._client,
        )

    async def providers_retrieve(
        self,
        course_id: str,
    ) -> Any:
        """Get a course's live providers: `GET /course_live/providers/{course_id}/`.

        See `course_live_providers_retrieve.asyncio` for the parameters and the errors it raises.
        """
        from . import course_live_providers_retrieve

        return await course_live_providers_retrieve.asyncio(
            course_id=course_id,
            client=self._client,
        )
