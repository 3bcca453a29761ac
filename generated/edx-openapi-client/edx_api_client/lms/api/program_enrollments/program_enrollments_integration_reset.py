from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.program_enrollments_integration_reset_request import (
    ProgramEnrollmentsIntegrationResetRequest,
)
from ...models.program_enrollments_integration_reset_response_200 import (
    ProgramEnrollmentsIntegrationResetResponse200,
)
from ...types import Response


def _get_kwargs(
    *,
    body: ProgramEnrollmentsIntegrationResetRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/program_enrollments/v1/integration-reset",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProgramEnrollmentsIntegrationResetResponse200:
    if response.status_code == 200:
        response_200 = ProgramEnrollmentsIntegrationResetResponse200(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProgramEnrollmentsIntegrationResetResponse200]:
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
    body: ProgramEnrollmentsIntegrationResetRequest,
) -> Response[ProgramEnrollmentsIntegrationResetResponse200]:
    """Reset an organization's enrollment and user data

    Resets the enrollment data and the user data that belong to the organization whose short name the
    body's `organization` gives: the learners linked through the organization's SAML providers are
    removed and the enrollments in its programs are reset. It only works where the
    `ENABLE_ENROLLMENT_RESET` feature is on (meant for sandboxes); elsewhere it answers 501. Every
    answer is a JSON string. Only global staff users (such as the registrar service's worker account)
    may call it; other callers are refused with 403.

    Who may call: global staff, or the service worker of another edX service. Anyone else gets 403. The
    check admits staff users; a restricted-application JWT is refused because the view sets no required
    scopes. It also admits a caller whose own username is sent as a username query parameter, since edx-
    drf-extensions reads the user-in-URL check from the query string too.

    Args:
        body (ProgramEnrollmentsIntegrationResetRequest): The organization whose data is reset.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[ProgramEnrollmentsIntegrationResetResponse200]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ProgramEnrollmentsIntegrationResetRequest,
) -> ProgramEnrollmentsIntegrationResetResponse200:
    """Reset an organization's enrollment and user data

    Resets the enrollment data and the user data that belong to the organization whose short name the
    body's `organization` gives: the learners linked through the organization's SAML providers are
    removed and the enrollments in its programs are reset. It only works where the
    `ENABLE_ENROLLMENT_RESET` feature is on (meant for sandboxes); elsewhere it answers 501. Every
    answer is a JSON string. Only global staff users (such as the registrar service's worker account)
    may call it; other callers are refused with 403.

    Who may call: global staff, or the service worker of another edX service. Anyone else gets 403. The
    check admits staff users; a restricted-application JWT is refused because the view sets no required
    scopes. It also admits a caller whose own username is sent as a username query parameter, since edx-
    drf-extensions reads the user-in-URL check from the query string too.

    Args:
        body (ProgramEnrollmentsIntegrationResetRequest): The organization whose data is reset.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        ProgramEnrollmentsIntegrationResetResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ProgramEnrollmentsIntegrationResetRequest,
) -> Response[ProgramEnrollmentsIntegrationResetResponse200]:
    """Reset an organization's enrollment and user data

    Resets the enrollment data and the user data that belong to the organization whose short name the
    body's `organization` gives: the learners linked through the organization's SAML providers are
    removed and the enrollments in its programs are reset. It only works where the
    `ENABLE_ENROLLMENT_RESET` feature is on (meant for sandboxes); elsewhere it answers 501. Every
    answer is a JSON string. Only global staff users (such as the registrar service's worker account)
    may call it; other callers are refused with 403.

    Who may call: global staff, or the service worker of another edX service. Anyone else gets 403. The
    check admits staff users; a restricted-application JWT is refused because the view sets no required
    scopes. It also admits a caller whose own username is sent as a username query parameter, since edx-
    drf-extensions reads the user-in-URL check from the query string too.

    Args:
        body (ProgramEnrollmentsIntegrationResetRequest): The organization whose data is reset.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[ProgramEnrollmentsIntegrationResetResponse200]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ProgramEnrollmentsIntegrationResetRequest,
) -> ProgramEnrollmentsIntegrationResetResponse200:
    """Reset an organization's enrollment and user data

    Resets the enrollment data and the user data that belong to the organization whose short name the
    body's `organization` gives: the learners linked through the organization's SAML providers are
    removed and the enrollments in its programs are reset. It only works where the
    `ENABLE_ENROLLMENT_RESET` feature is on (meant for sandboxes); elsewhere it answers 501. Every
    answer is a JSON string. Only global staff users (such as the registrar service's worker account)
    may call it; other callers are refused with 403.

    Who may call: global staff, or the service worker of another edX service. Anyone else gets 403. The
    check admits staff users; a restricted-application JWT is refused because the view sets no required
    scopes. It also admits a caller whose own username is sent as a username query parameter, since edx-
    drf-extensions reads the user-in-URL check from the query string too.

    Args:
        body (ProgramEnrollmentsIntegrationResetRequest): The organization whose data is reset.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        ProgramEnrollmentsIntegrationResetResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
