from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.license_bulk_revoke_request import LicenseBulkRevokeRequest
from ...models.license_bulk_revoke_result import LicenseBulkRevokeResult
from ...types import Response


def _get_kwargs(
    subscription_plan_uuid: UUID,
    *,
    body: LicenseBulkRevokeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/enterprise/v1/subscriptions/{subscription_plan_uuid}/licenses/bulk-revoke".format(
            subscription_plan_uuid=quote(str(subscription_plan_uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LicenseBulkRevokeResult:
    if response.status_code == 200:
        response_200 = LicenseBulkRevokeResult.from_dict(response.json())

        return response_200

    if response.status_code == 207:
        response_207 = LicenseBulkRevokeResult.from_dict(response.json())

        return response_207

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LicenseBulkRevokeResult]:
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
    body: LicenseBulkRevokeRequest,
) -> Response[LicenseBulkRevokeResult]:
    """Revoke licenses in bulk

    Revokes licenses of the subscription plan named in the path, picked either by the users' email
    addresses (`user_emails`) or by `filters`; a request sends one of the two, never both. Each address
    is revoked on its own: the revocations that succeed are kept even when others fail (answered 207
    with both lists). When more licenses are selected than the plan's revocation cap leaves, nothing is
    revoked (400). Only an administrator of the enterprise that owns the plan, or an enterprise
    operator, may call it; anyone else is refused 403, and so is a plan that does not exist.

    Who may call: an administrator of the enterprise of `subscription_plan_uuid`, or the service worker
    of another edX service. Anyone else gets 403. Checked against the enterprise that owns the plan
    named by subscription_plan_uuid (the parameter names a plan, not an enterprise): the caller needs
    the subscriptions admin role there, which an enterprise admin holds for their own enterprise and an
    enterprise operator (enterprise_openedx_operator) for every enterprise. Learners, and global staff
    without the role, are refused 403; an unknown plan has no enterprise, so it is refused 403 too (only
    Django superusers get past the check).

    Args:
        subscription_plan_uuid (UUID):
        body (LicenseBulkRevokeRequest): Which licenses to revoke. Send either `user_emails` or
            `filters`, not both.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[LicenseBulkRevokeResult]: the status, headers, raw body and parsed body.
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
    body: LicenseBulkRevokeRequest,
) -> LicenseBulkRevokeResult:
    """Revoke licenses in bulk

    Revokes licenses of the subscription plan named in the path, picked either by the users' email
    addresses (`user_emails`) or by `filters`; a request sends one of the two, never both. Each address
    is revoked on its own: the revocations that succeed are kept even when others fail (answered 207
    with both lists). When more licenses are selected than the plan's revocation cap leaves, nothing is
    revoked (400). Only an administrator of the enterprise that owns the plan, or an enterprise
    operator, may call it; anyone else is refused 403, and so is a plan that does not exist.

    Who may call: an administrator of the enterprise of `subscription_plan_uuid`, or the service worker
    of another edX service. Anyone else gets 403. Checked against the enterprise that owns the plan
    named by subscription_plan_uuid (the parameter names a plan, not an enterprise): the caller needs
    the subscriptions admin role there, which an enterprise admin holds for their own enterprise and an
    enterprise operator (enterprise_openedx_operator) for every enterprise. Learners, and global staff
    without the role, are refused 403; an unknown plan has no enterprise, so it is refused 403 too (only
    Django superusers get past the check).

    Args:
        subscription_plan_uuid (UUID):
        body (LicenseBulkRevokeRequest): Which licenses to revoke. Send either `user_emails` or
            `filters`, not both.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        LicenseBulkRevokeResult
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
    body: LicenseBulkRevokeRequest,
) -> Response[LicenseBulkRevokeResult]:
    """Revoke licenses in bulk

    Revokes licenses of the subscription plan named in the path, picked either by the users' email
    addresses (`user_emails`) or by `filters`; a request sends one of the two, never both. Each address
    is revoked on its own: the revocations that succeed are kept even when others fail (answered 207
    with both lists). When more licenses are selected than the plan's revocation cap leaves, nothing is
    revoked (400). Only an administrator of the enterprise that owns the plan, or an enterprise
    operator, may call it; anyone else is refused 403, and so is a plan that does not exist.

    Who may call: an administrator of the enterprise of `subscription_plan_uuid`, or the service worker
    of another edX service. Anyone else gets 403. Checked against the enterprise that owns the plan
    named by subscription_plan_uuid (the parameter names a plan, not an enterprise): the caller needs
    the subscriptions admin role there, which an enterprise admin holds for their own enterprise and an
    enterprise operator (enterprise_openedx_operator) for every enterprise. Learners, and global staff
    without the role, are refused 403; an unknown plan has no enterprise, so it is refused 403 too (only
    Django superusers get past the check).

    Args:
        subscription_plan_uuid (UUID):
        body (LicenseBulkRevokeRequest): Which licenses to revoke. Send either `user_emails` or
            `filters`, not both.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[LicenseBulkRevokeResult]: the status, headers, raw body and parsed body.
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
    body: LicenseBulkRevokeRequest,
) -> LicenseBulkRevokeResult:
    """Revoke licenses in bulk

    Revokes licenses of the subscription plan named in the path, picked either by the users' email
    addresses (`user_emails`) or by `filters`; a request sends one of the two, never both. Each address
    is revoked on its own: the revocations that succeed are kept even when others fail (answered 207
    with both lists). When more licenses are selected than the plan's revocation cap leaves, nothing is
    revoked (400). Only an administrator of the enterprise that owns the plan, or an enterprise
    operator, may call it; anyone else is refused 403, and so is a plan that does not exist.

    Who may call: an administrator of the enterprise of `subscription_plan_uuid`, or the service worker
    of another edX service. Anyone else gets 403. Checked against the enterprise that owns the plan
    named by subscription_plan_uuid (the parameter names a plan, not an enterprise): the caller needs
    the subscriptions admin role there, which an enterprise admin holds for their own enterprise and an
    enterprise operator (enterprise_openedx_operator) for every enterprise. Learners, and global staff
    without the role, are refused 403; an unknown plan has no enterprise, so it is refused 403 too (only
    Django superusers get past the check).

    Args:
        subscription_plan_uuid (UUID):
        body (LicenseBulkRevokeRequest): Which licenses to revoke. Send either `user_emails` or
            `filters`, not both.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        LicenseBulkRevokeResult
    """

    return (
        await asyncio_detailed(
            subscription_plan_uuid=subscription_plan_uuid,
            client=client,
            body=body,
        )
    ).parsed
