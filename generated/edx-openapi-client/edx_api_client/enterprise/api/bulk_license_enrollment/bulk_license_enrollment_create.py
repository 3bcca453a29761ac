from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_license_enrollment_request import BulkLicenseEnrollmentRequest
from ...models.bulk_license_enrollment_response import BulkLicenseEnrollmentResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: BulkLicenseEnrollmentRequest,
    subscription_uuid: UUID | Unset = UNSET,
    enroll_all: bool | Unset = UNSET,
    enterprise_customer_uuid: UUID,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_subscription_uuid: str | Unset = UNSET
    if not isinstance(subscription_uuid, Unset):
        json_subscription_uuid = str(subscription_uuid)
    params["subscription_uuid"] = json_subscription_uuid

    params["enroll_all"] = enroll_all

    json_enterprise_customer_uuid = str(enterprise_customer_uuid)
    params["enterprise_customer_uuid"] = json_enterprise_customer_uuid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/enterprise/v1/bulk-license-enrollment",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkLicenseEnrollmentResponse:
    if response.status_code == 201:
        response_201 = BulkLicenseEnrollmentResponse.from_dict(response.json())

        return response_201

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BulkLicenseEnrollmentResponse]:
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.EdxApiError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.invalid_response(response, exc) from exc
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkLicenseEnrollmentRequest,
    subscription_uuid: UUID | Unset = UNSET,
    enroll_all: bool | Unset = UNSET,
    enterprise_customer_uuid: UUID,
) -> Response[BulkLicenseEnrollmentResponse]:
    """Enroll learners in courses in bulk

    Starts a job that enrolls every listed learner in every listed course, using the learners'
    subscription licenses, and optionally notifies them; answers the job's identifier. The enterprise
    customer must have a customer agreement with the license manager, else 404 whoever calls. Its
    administrators and learners, and enterprise operators, may call it; anyone else is refused 403. A
    request with too many enrollments, or an invalid query or body, is refused with 400.

    Who may call: an administrator of the enterprise of `enterprise_customer_uuid`, a learner of the
    enterprise of `enterprise_customer_uuid`, or the service worker of another edX service. Anyone else
    gets 403. The permission is the subscriptions learner-or-admin one, checked against the enterprise
    named by enterprise_customer_uuid, so a learner of that enterprise may start a bulk enrollment as
    well as its admins and enterprise operators. The customer agreement is looked up before the check:
    an enterprise without one, or a request without enterprise_customer_uuid, is answered 404 to every
    caller.

    Args:
        subscription_uuid (UUID | Unset):
        enroll_all (bool | Unset):
        enterprise_customer_uuid (UUID):
        body (BulkLicenseEnrollmentRequest): The learners, the courses and whether to notify the
            learners.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[BulkLicenseEnrollmentResponse]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
        subscription_uuid=subscription_uuid,
        enroll_all=enroll_all,
        enterprise_customer_uuid=enterprise_customer_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: BulkLicenseEnrollmentRequest,
    subscription_uuid: UUID | Unset = UNSET,
    enroll_all: bool | Unset = UNSET,
    enterprise_customer_uuid: UUID,
) -> BulkLicenseEnrollmentResponse:
    """Enroll learners in courses in bulk

    Starts a job that enrolls every listed learner in every listed course, using the learners'
    subscription licenses, and optionally notifies them; answers the job's identifier. The enterprise
    customer must have a customer agreement with the license manager, else 404 whoever calls. Its
    administrators and learners, and enterprise operators, may call it; anyone else is refused 403. A
    request with too many enrollments, or an invalid query or body, is refused with 400.

    Who may call: an administrator of the enterprise of `enterprise_customer_uuid`, a learner of the
    enterprise of `enterprise_customer_uuid`, or the service worker of another edX service. Anyone else
    gets 403. The permission is the subscriptions learner-or-admin one, checked against the enterprise
    named by enterprise_customer_uuid, so a learner of that enterprise may start a bulk enrollment as
    well as its admins and enterprise operators. The customer agreement is looked up before the check:
    an enterprise without one, or a request without enterprise_customer_uuid, is answered 404 to every
    caller.

    Args:
        subscription_uuid (UUID | Unset):
        enroll_all (bool | Unset):
        enterprise_customer_uuid (UUID):
        body (BulkLicenseEnrollmentRequest): The learners, the courses and whether to notify the
            learners.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        BulkLicenseEnrollmentResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        subscription_uuid=subscription_uuid,
        enroll_all=enroll_all,
        enterprise_customer_uuid=enterprise_customer_uuid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkLicenseEnrollmentRequest,
    subscription_uuid: UUID | Unset = UNSET,
    enroll_all: bool | Unset = UNSET,
    enterprise_customer_uuid: UUID,
) -> Response[BulkLicenseEnrollmentResponse]:
    """Enroll learners in courses in bulk

    Starts a job that enrolls every listed learner in every listed course, using the learners'
    subscription licenses, and optionally notifies them; answers the job's identifier. The enterprise
    customer must have a customer agreement with the license manager, else 404 whoever calls. Its
    administrators and learners, and enterprise operators, may call it; anyone else is refused 403. A
    request with too many enrollments, or an invalid query or body, is refused with 400.

    Who may call: an administrator of the enterprise of `enterprise_customer_uuid`, a learner of the
    enterprise of `enterprise_customer_uuid`, or the service worker of another edX service. Anyone else
    gets 403. The permission is the subscriptions learner-or-admin one, checked against the enterprise
    named by enterprise_customer_uuid, so a learner of that enterprise may start a bulk enrollment as
    well as its admins and enterprise operators. The customer agreement is looked up before the check:
    an enterprise without one, or a request without enterprise_customer_uuid, is answered 404 to every
    caller.

    Args:
        subscription_uuid (UUID | Unset):
        enroll_all (bool | Unset):
        enterprise_customer_uuid (UUID):
        body (BulkLicenseEnrollmentRequest): The learners, the courses and whether to notify the
            learners.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[BulkLicenseEnrollmentResponse]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
        subscription_uuid=subscription_uuid,
        enroll_all=enroll_all,
        enterprise_customer_uuid=enterprise_customer_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BulkLicenseEnrollmentRequest,
    subscription_uuid: UUID | Unset = UNSET,
    enroll_all: bool | Unset = UNSET,
    enterprise_customer_uuid: UUID,
) -> BulkLicenseEnrollmentResponse:
    """Enroll learners in courses in bulk

    Starts a job that enrolls every listed learner in every listed course, using the learners'
    subscription licenses, and optionally notifies them; answers the job's identifier. The enterprise
    customer must have a customer agreement with the license manager, else 404 whoever calls. Its
    administrators and learners, and enterprise operators, may call it; anyone else is refused 403. A
    request with too many enrollments, or an invalid query or body, is refused with 400.

    Who may call: an administrator of the enterprise of `enterprise_customer_uuid`, a learner of the
    enterprise of `enterprise_customer_uuid`, or the service worker of another edX service. Anyone else
    gets 403. The permission is the subscriptions learner-or-admin one, checked against the enterprise
    named by enterprise_customer_uuid, so a learner of that enterprise may start a bulk enrollment as
    well as its admins and enterprise operators. The customer agreement is looked up before the check:
    an enterprise without one, or a request without enterprise_customer_uuid, is answered 404 to every
    caller.

    Args:
        subscription_uuid (UUID | Unset):
        enroll_all (bool | Unset):
        enterprise_customer_uuid (UUID):
        body (BulkLicenseEnrollmentRequest): The learners, the courses and whether to notify the
            learners.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        BulkLicenseEnrollmentResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            subscription_uuid=subscription_uuid,
            enroll_all=enroll_all,
            enterprise_customer_uuid=enterprise_customer_uuid,
        )
    ).parsed
