"""The credit operations: one module per operation, and `CreditOperations` /
`AsyncCreditOperations`, which bind them to a client (`edx.<api>.credit`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.credit_course import CreditCourse
    from ...models.credit_eligibility import CreditEligibility
    from ...models.credit_provider import CreditProvider
    from ...models.error_response import ErrorResponse


class CreditOperations:
    """The credit operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def courses_list(
        self,
    ) -> list[CreditCourse]:
        """List credit courses: `GET /credit/v1/courses/`.

        See `credit_courses_list.sync` for the parameters and the errors it raises.
        """
        from . import credit_courses_list

        return credit_courses_list.sync(
            client=self._client,
        )

    def courses_create(
        self,
        *,
        body: CreditCourse,
    ) -> CreditCourse:
        """Create a credit course: `POST /credit/v1/courses/`.

        See `credit_courses_create.sync` for the parameters and the errors it raises.
        """
        from . import credit_courses_create

        return credit_courses_create.sync(
            body=body,
            client=self._client,
        )

    def courses_retrieve(
        self,
        course_key: str,
    ) -> CreditCourse:
        """Retrieve a credit course: `GET /credit/v1/courses/{course_key}/`.

        See `credit_courses_retrieve.sync` for the parameters and the errors it raises.
        """
        from . import credit_courses_retrieve

        return credit_courses_retrieve.sync(
            course_key=course_key,
            client=self._client,
        )

    def courses_update(
        self,
        course_key: str,
        *,
        body: CreditCourse,
    ) -> CreditCourse:
        """Create or replace a credit course: `PUT /credit/v1/courses/{course_key}/`.

        See `credit_courses_update.sync` for the parameters and the errors it raises.
        """
        from . import credit_courses_update

        return credit_courses_update.sync(
            course_key=course_key,
            body=body,
            client=self._client,
        )

    def courses_partial_update(
        self,
        course_key: str,
        *,
        body: CreditCourse,
    ) -> CreditCourse:
        """Update a credit course: `PATCH /credit/v1/courses/{course_key}/`.

        See `credit_courses_partial_update.sync` for the parameters and the errors it raises.
        """
        from . import credit_courses_partial_update

        return credit_courses_partial_update.sync(
            course_key=course_key,
            body=body,
            client=self._client,
        )

    def eligibility_list(
        self,
    ) -> list[CreditEligibility]:
        """List credit eligibility: `GET /credit/v1/eligibility/`.

        See `credit_eligibility_list.sync` for the parameters and the errors it raises.
        """
        from . import credit_eligibility_list

        return credit_eligibility_list.sync(
            client=self._client,
        )

    def providers_list(
        self,
    ) -> list[CreditProvider]:
        """List credit providers: `GET /credit/v1/providers/`.

        See `credit_providers_list.sync` for the parameters and the errors it raises.
        """
        from . import credit_providers_list

        return credit_providers_list.sync(
            client=self._client,
        )

    def providers_retrieve(
        self,
        provider_id: str,
    ) -> CreditProvider:
        """Retrieve a credit provider: `GET /credit/v1/providers/{provider_id}/`.

        See `credit_providers_retrieve.sync` for the parameters and the errors it raises.
        """
        from . import credit_providers_retrieve

        return credit_providers_retrieve.sync(
            provider_id=provider_id,
            client=self._client,
        )

    def providers_callback_create(
        self,
        provider_id: str,
    ) -> Any:
        """Post a credit provider callback: `POST /credit/v1/providers/{provider_id}/callback/`.

        See `credit_providers_callback_create.sync` for the parameters and the errors it raises.
        """
        from . import credit_providers_callback_create

        return credit_providers_callback_create.sync(
            provider_id=provider_id,
            client=self._client,
        )

    def providers_request_create(
        self,
        provider_id: str,
    ) -> Any:
        """Request credit from a provider: `POST /credit/v1/providers/{provider_id}/request/`.

        See `credit_providers_request_create.sync` for the parameters and the errors it raises.
        """
        from . import credit_providers_request_create

        return credit_providers_request_create.sync(
            provider_id=provider_id,
            client=self._client,
        )


class AsyncCreditOperations:
    """The credit operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def courses_list(
        self,
    ) -> list[CreditCourse]:
        """List credit courses: `GET /credit/v1/courses/`.

        See `credit_courses_list.asyncio` for the parameters and the errors it raises.
        """
        from . import credit_courses_list

        return await credit_courses_list.asyncio(
            client=self._client,
        )

    async def courses_create(
        self,
        *,
        body: CreditCourse,
    ) -> CreditCourse:
        """Create a credit course: `POST /credit/v1/courses/`.

        See `credit_courses_create.asyncio` for the parameters and the errors it raises.
        """
        from . import credit_courses_create

        return await credit_courses_create.asyncio(
            body=body,
            client=self._client,
        )

    async def courses_retrieve(
        self,
        course_key: str,
    ) -> CreditCourse:
        """Retrieve a credit course: `GET /credit/v1/courses/{course_key}/`.

        See `credit_courses_retrieve.asyncio` for the parameters and the errors it raises.
        """
        from . import credit_courses_retrieve

        return await credit_courses_retrieve.asyncio(
            course_key=course_key,
            client=self._client,
        )

    async def courses_update(
        self,
        course_key: str,
        *,
        body: CreditCourse,
    ) -> CreditCourse:
        """Create or replace a credit course: `PUT /credit/v1/courses/{course_key}/`.

        See `credit_courses_update.asyncio` for the parameters and the errors it raises.
        """
        from . import credit_courses_update

        return await credit_courses_update.asyncio(
            course_key=course_key,
            body=body,
            client=self._client,
        )

    async def courses_partial_update(
        self,
        course_key: str,
        *,
        body: CreditCourse,
    ) -> CreditCourse:
        """Update a credit course: `PATCH /credit/v1/courses/{course_key}/`.

        See `credit_courses_partial_update.asyncio` for the parameters and the errors it raises.
        """
        from . import credit_courses_partial_update

        return await credit_courses_partial_update.asyncio(
            course_key=course_key,
            body=body,
            client=self._client,
        )

    async def eligibility_list(
        self,
    ) -> list[CreditEligibility]:
        """List credit eligibility: `GET /credit/v1/eligibility/`.

        See `credit_eligibility_list.asyncio` for the parameters and the errors it raises.
        """
        from . import credit_eligibility_list

        return await credit_eligibility_list.asyncio(
            client=self._client,
        )

    async def providers_list(
        self,
    ) -> list[CreditProvider]:
        """List credit providers: `GET /credit/v1/providers/`.

        See `credit_providers_list.asyncio` for the parameters and the errors it raises.
        """
        from . import credit_providers_list

        return await credit_providers_list.asyncio(
            client=self._client,
        )

    async def providers_retrieve(
        self,
        provider_id: str,
    ) -> CreditProvider:
        """Retrieve a credit provider: `GET /credit/v1/providers/{provider_id}/`.

        See `credit_providers_retrieve.asyncio` for the parameters and the errors it raises.
        """
        from . import credit_providers_retrieve

        return await credit_providers_retrieve.asyncio(
            provider_id=provider_id,
            client=self._client,
        )

    async def providers_callback_create(
        self,
        provider_id: str,
    ) -> Any:
        """Post a credit provider callback: `POST /credit/v1/providers/{provider_id}/callback/`.

        See `credit_providers_callback_create.asyncio` for the parameters and the errors it raises.
        """
        from . import credit_providers_callback_create

        return await credit_providers_callback_create.asyncio(
            provider_id=provider_id,
            client=self._client,
        )

    async def providers_request_create(
        self,
        provider_id: str,
    ) -> Any:
        """Request credit from a provider: `POST /credit/v1/providers/{provider_id}/request/`.

        See `credit_providers_request_create.asyncio` for the parameters and the errors it raises.
        """
        from . import credit_providers_request_create

        return await credit_providers_request_create.asyncio(
            provider_id=provider_id,
            client=self._client,
        )
