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
    from ...models.credit_provider_callback_request import CreditProviderCallbackRequest
    from ...models.credit_request_create_request import CreditRequestCreateRequest
    from ...models.credit_request_description import CreditRequestDescription
    from ...models.error_response import ErrorResponse
    from ...types import UNSET, Unset


def _credit_courses_list(
    self: CreditOperations,
) -> list[CreditCourse]:
    """List credit courses: `GET /credit/v1/courses/`.

    See `credit_courses_list.sync` for the parameters and the errors it raises.
    """
    from . import credit_courses_list

    return credit_courses_list.sync(
        client=self._client,
    )


def _credit_courses_create(
    self: CreditOperations,
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


def _credit_courses_retrieve(
    self: CreditOperations,
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


def _credit_courses_update(
    self: CreditOperations,
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


def _credit_courses_partial_update(
    self: CreditOperations,
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


def _credit_eligibility_list(
    self: CreditOperations,
) -> list[CreditEligibility]:
    """List credit eligibility: `GET /credit/v1/eligibility/`.

    See `credit_eligibility_list.sync` for the parameters and the errors it raises.
    """
    from . import credit_eligibility_list

    return credit_eligibility_list.sync(
        client=self._client,
    )


def _credit_providers_list(
    self: CreditOperations,
    *,
    provider_ids: str | Unset = UNSET,
) -> list[CreditProvider]:
    """List credit providers: `GET /credit/v1/providers/`.

    See `credit_providers_list.sync` for the parameters and the errors it raises.
    """
    from . import credit_providers_list

    return credit_providers_list.sync(
        provider_ids=provider_ids,
        client=self._client,
    )


def _credit_providers_retrieve(
    self: CreditOperations,
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


def _credit_providers_callback_create(
    self: CreditOperations,
    provider_id: str,
    *,
    body: CreditProviderCallbackRequest,
) -> Any:
    """Post a credit provider callback: `POST /credit/v1/providers/{provider_id}/callback/`.

    See `credit_providers_callback_create.sync` for the parameters and the errors it raises.
    """
    from . import credit_providers_callback_create

    return credit_providers_callback_create.sync(
        provider_id=provider_id,
        body=body,
        client=self._client,
    )


def _credit_providers_request_create(
    self: CreditOperations,
    provider_id: str,
    *,
    body: CreditRequestCreateRequest,
) -> CreditRequestDescription:
    """Request credit from a provider: `POST /credit/v1/providers/{provider_id}/request/`.

    See `credit_providers_request_create.sync` for the parameters and the errors it raises.
    """
    from . import credit_providers_request_create

    return credit_providers_request_create.sync(
        provider_id=provider_id,
        body=body,
        client=self._client,
    )


async def _async_credit_courses_list(
    self: AsyncCreditOperations,
) -> list[CreditCourse]:
    """List credit courses: `GET /credit/v1/courses/`.

    See `credit_courses_list.asyncio` for the parameters and the errors it raises.
    """
    from . import credit_courses_list

    return await credit_courses_list.asyncio(
        client=self._client,
    )


async def _async_credit_courses_create(
    self: AsyncCreditOperations,
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


async def _async_credit_courses_retrieve(
    self: AsyncCreditOperations,
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


async def _async_credit_courses_update(
    self: AsyncCreditOperations,
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


async def _async_credit_courses_partial_update(
    self: AsyncCreditOperations,
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


async def _async_credit_eligibility_list(
    self: AsyncCreditOperations,
) -> list[CreditEligibility]:
    """List credit eligibility: `GET /credit/v1/eligibility/`.

    See `credit_eligibility_list.asyncio` for the parameters and the errors it raises.
    """
    from . import credit_eligibility_list

    return await credit_eligibility_list.asyncio(
        client=self._client,
    )


async def _async_credit_providers_list(
    self: AsyncCreditOperations,
    *,
    provider_ids: str | Unset = UNSET,
) -> list[CreditProvider]:
    """List credit providers: `GET /credit/v1/providers/`.

    See `credit_providers_list.asyncio` for the parameters and the errors it raises.
    """
    from . import credit_providers_list

    return await credit_providers_list.asyncio(
        provider_ids=provider_ids,
        client=self._client,
    )


async def _async_credit_providers_retrieve(
    self: AsyncCreditOperations,
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


async def _async_credit_providers_callback_create(
    self: AsyncCreditOperations,
    provider_id: str,
    *,
    body: CreditProviderCallbackRequest,
) -> Any:
    """Post a credit provider callback: `POST /credit/v1/providers/{provider_id}/callback/`.

    See `credit_providers_callback_create.asyncio` for the parameters and the errors it raises.
    """
    from . import credit_providers_callback_create

    return await credit_providers_callback_create.asyncio(
        provider_id=provider_id,
        body=body,
        client=self._client,
    )


async def _async_credit_providers_request_create(
    self: AsyncCreditOperations,
    provider_id: str,
    *,
    body: CreditRequestCreateRequest,
) -> CreditRequestDescription:
    """Request credit from a provider: `POST /credit/v1/providers/{provider_id}/request/`.

    See `credit_providers_request_create.asyncio` for the parameters and the errors it raises.
    """
    from . import credit_providers_request_create

    return await credit_providers_request_create.asyncio(
        provider_id=provider_id,
        body=body,
        client=self._client,
    )


class CreditOperations:
    """The credit operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    courses_list = _credit_courses_list
    courses_create = _credit_courses_create
    courses_retrieve = _credit_courses_retrieve
    courses_update = _credit_courses_update
    courses_partial_update = _credit_courses_partial_update
    eligibility_list = _credit_eligibility_list
    providers_list = _credit_providers_list
    providers_retrieve = _credit_providers_retrieve
    providers_callback_create = _credit_providers_callback_create
    providers_request_create = _credit_providers_request_create


class AsyncCreditOperations:
    """The credit operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    courses_list = _async_credit_courses_list
    courses_create = _async_credit_courses_create
    courses_retrieve = _async_credit_courses_retrieve
    courses_update = _async_credit_courses_update
    courses_partial_update = _async_credit_courses_partial_update
    eligibility_list = _async_credit_eligibility_list
    providers_list = _async_credit_providers_list
    providers_retrieve = _async_credit_providers_retrieve
    providers_callback_create = _async_credit_providers_callback_create
    providers_request_create = _async_credit_providers_request_create
