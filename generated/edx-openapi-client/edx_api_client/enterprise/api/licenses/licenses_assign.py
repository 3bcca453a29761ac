from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.license_assign_request import LicenseAssignRequest
from ...models.license_assign_response import LicenseAssignResponse
from ...types import Response


def _get_kwargs(
    subscription_plan_uuid: UUID,
    *,
    body: LicenseAssignRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/enterprise/v1/subscriptions/{subscription_plan_uuid}/licenses/assign".format(
            subscription_plan_uuid=quote(str(subscription_plan_uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LicenseAssignResponse:
    if response.status_code == 200:
        response_200 = LicenseAssignResponse.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LicenseAssignResponse]:
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
    subscription_plan_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: LicenseAssignRequest,
) -> Response[LicenseAssignResponse]:
    """Assign licenses to users

    Gives each listed user a license of the subscription plan named in the path, optionally emailing
    them about it with the given opening and closing text. Users who already hold a license of the plan
    that has not been revoked are counted rather than given a second one. Only an administrator of the
    enterprise that owns the plan, or an enterprise operator, may call it; anyone else is refused 403,
    and so is a plan that does not exist. Answers 400 for an invalid body or when the plan has too few
    unassigned licenses, and 423 while another assignment of the same plan is running.

    Who may call: an administrator of the enterprise of `subscription_plan_uuid`, or the service worker
    of another edX service. Anyone else gets 403. Checked against the enterprise that owns the plan
    named by subscription_plan_uuid (the parameter names a plan, not an enterprise): the caller needs
    the subscriptions admin role there, which an enterprise admin holds for their own enterprise and an
    enterprise operator (enterprise_openedx_operator) for every enterprise. Learners, and global staff
    without the role, are refused 403; an unknown plan has no enterprise, so it is refused 403 too (only
    Django superusers get past the check).

    Args:
        subscription_plan_uuid (UUID):
        body (LicenseAssignRequest): Who gets a license, and how they are told about it. The
            service requires a non-empty user_emails; addresses are lower-cased and duplicates
            dropped.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[LicenseAssignResponse]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        subscription_plan_uuid=subscription_plan_uuid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    subscription_plan_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: LicenseAssignRequest,
) -> LicenseAssignResponse:
    """Assign licenses to users

    Gives each listed user a license of the subscription plan named in the path, optionally emailing
    them about it with the given opening and closing text. Users who already hold a license of the plan
    that has not been revoked are counted rather than given a second one. Only an administrator of the
    enterprise that owns the plan, or an enterprise operator, may call it; anyone else is refused 403,
    and so is a plan that does not exist. Answers 400 for an invalid body or when the plan has too few
    unassigned licenses, and 423 while another assignment of the same plan is running.

    Who may call: an administrator of the enterprise of `subscription_plan_uuid`, or the service worker
    of another edX service. Anyone else gets 403. Checked against the enterprise that owns the plan
    named by subscription_plan_uuid (the parameter names a plan, not an enterprise): the caller needs
    the subscriptions admin role there, which an enterprise admin holds for their own enterprise and an
    enterprise operator (enterprise_openedx_operator) for every enterprise. Learners, and global staff
    without the role, are refused 403; an unknown plan has no enterprise, so it is refused 403 too (only
    Django superusers get past the check).

    Args:
        subscription_plan_uuid (UUID):
        body (LicenseAssignRequest): Who gets a license, and how they are told about it. The
            service requires a non-empty user_emails; addresses are lower-cased and duplicates
            dropped.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        LicenseAssignResponse
    """

    return sync_detailed(
        subscription_plan_uuid=subscription_plan_uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    subscription_plan_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: LicenseAssignRequest,
) -> Response[LicenseAssignResponse]:
    """Assign licenses to users

    Gives each listed user a license of the subscription plan named in the path, optionally emailing
    them about it with the given opening and closing text. Users who already hold a license of the plan
    that has not been revoked are counted rather than given a second one. Only an administrator of the
    enterprise that owns the plan, or an enterprise operator, may call it; anyone else is refused 403,
    and so is a plan that does not exist. Answers 400 for an invalid body or when the plan has too few
    unassigned licenses, and 423 while another assignment of the same plan is running.

    Who may call: an administrator of the enterprise of `subscription_plan_uuid`, or the service worker
    of another edX service. Anyone else gets 403. Checked against the enterprise that owns the plan
    named by subscription_plan_uuid (the parameter names a plan, not an enterprise): the caller needs
    the subscriptions admin role there, which an enterprise admin holds for their own enterprise and an
    enterprise operator (enterprise_openedx_operator) for every enterprise. Learners, and global staff
    without the role, are refused 403; an unknown plan has no enterprise, so it is refused 403 too (only
    Django superusers get past the check).

    Args:
        subscription_plan_uuid (UUID):
        body (LicenseAssignRequest): Who gets a license, and how they are told about it. The
            service requires a non-empty user_emails; addresses are lower-cased and duplicates
            dropped.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[LicenseAssignResponse]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        subscription_plan_uuid=subscription_plan_uuid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    subscription_plan_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: LicenseAssignRequest,
) -> LicenseAssignResponse:
    """Assign licenses to users

    Gives each listed user a license of the subscription plan named in the path, optionally emailing
    them about it with the given opening and closing text. Users who already hold a license of the plan
    that has not been revoked are counted rather than given a second one. Only an administrator of the
    enterprise that owns the plan, or an enterprise operator, may call it; anyone else is refused 403,
    and so is a plan that does not exist. Answers 400 for an invalid body or when the plan has too few
    unassigned licenses, and 423 while another assignment of the same plan is running.

    Who may call: an administrator of the enterprise of `subscription_plan_uuid`, or the service worker
    of another edX service. Anyone else gets 403. Checked against the enterprise that owns the plan
    named by subscription_plan_uuid (the parameter names a plan, not an enterprise): the caller needs
    the subscriptions admin role there, which an enterprise admin holds for their own enterprise and an
    enterprise operator (enterprise_openedx_operator) for every enterprise. Learners, and global staff
    without the role, are refused 403; an unknown plan has no enterprise, so it is refused 403 too (only
    Django superusers get past the check).

    Args:
        subscription_plan_uuid (UUID):
        body (LicenseAssignRequest): Who gets a license, and how they are told about it. The
            service requires a non-empty user_emails; addresses are lower-cased and duplicates
            dropped.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        LicenseAssignResponse
    """

    return (
        await asyncio_detailed(
            subscription_plan_uuid=subscription_plan_uuid,
            client=client,
            body=body,
        )
    ).parsed
