from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.entitlement_enrollment_request import EntitlementEnrollmentRequest
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    uuid: UUID,
    *,
    body: EntitlementEnrollmentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/entitlements/v1/entitlements/{uuid}/enrollments".format(
            uuid=quote(str(uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = cast(Any, None)
        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.api_error(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse]:
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
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: EntitlementEnrollmentRequest,
) -> Response[Any | ErrorResponse]:
    """Enroll in a course run with an entitlement

     Enrolls the entitlement's user in the course run `course_run_id` given in the body; that run must
    belong to the course the entitlement `uuid` is for. A user already enrolled in another run through
    this entitlement is unenrolled from it and enrolled in the new run, when that run is available.

    Args:
        uuid (UUID):
        body (EntitlementEnrollmentRequest): The course run to enroll in with an entitlement.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: EntitlementEnrollmentRequest,
) -> Any | ErrorResponse | None:
    """Enroll in a course run with an entitlement

     Enrolls the entitlement's user in the course run `course_run_id` given in the body; that run must
    belong to the course the entitlement `uuid` is for. A user already enrolled in another run through
    this entitlement is unenrolled from it and enrolled in the new run, when that run is available.

    Args:
        uuid (UUID):
        body (EntitlementEnrollmentRequest): The course run to enroll in with an entitlement.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        uuid=uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: EntitlementEnrollmentRequest,
) -> Response[Any | ErrorResponse]:
    """Enroll in a course run with an entitlement

     Enrolls the entitlement's user in the course run `course_run_id` given in the body; that run must
    belong to the course the entitlement `uuid` is for. A user already enrolled in another run through
    this entitlement is unenrolled from it and enrolled in the new run, when that run is available.

    Args:
        uuid (UUID):
        body (EntitlementEnrollmentRequest): The course run to enroll in with an entitlement.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: EntitlementEnrollmentRequest,
) -> Any | ErrorResponse | None:
    """Enroll in a course run with an entitlement

     Enrolls the entitlement's user in the course run `course_run_id` given in the body; that run must
    belong to the course the entitlement `uuid` is for. A user already enrolled in another run through
    this entitlement is unenrolled from it and enrolled in the new run, when that run is available.

    Args:
        uuid (UUID):
        body (EntitlementEnrollmentRequest): The course run to enroll in with an entitlement.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
