from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.change_email_settings_form import ChangeEmailSettingsForm
from ...models.change_email_settings_request import ChangeEmailSettingsRequest
from ...models.change_email_settings_result import ChangeEmailSettingsResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ChangeEmailSettingsRequest | ChangeEmailSettingsForm | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/change_email_settings",
    }

    if isinstance(body, ChangeEmailSettingsRequest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    elif isinstance(body, ChangeEmailSettingsForm):
        _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChangeEmailSettingsResult:
    if response.status_code == 200:
        response_200 = ChangeEmailSettingsResult.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChangeEmailSettingsResult]:
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
    body: ChangeEmailSettingsRequest | ChangeEmailSettingsForm | Unset = UNSET,
) -> Response[ChangeEmailSettingsResult]:
    """Change the user's course email setting

    Changes whether the signed-in caller receives emails from a course, named by `course_id`: a true
    `receive_emails` removes the caller's opt-out for the course, a false, empty or missing one records
    an opt-out. The course id is not checked before use, so a missing or malformed one ends in a server
    error rather than a 400.

    Who may call: any signed-in user. Anyone else gets 403. Acts on the caller's own setting.

    Args:
        body (ChangeEmailSettingsRequest): The course and the user's choice, as JSON.
        body (ChangeEmailSettingsForm): The course and the user's choice, as a form: any non-empty
            `receive_emails` value opts in, an empty or missing one opts out.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[ChangeEmailSettingsResult]: the status, headers, raw body and parsed body.
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
    body: ChangeEmailSettingsRequest | ChangeEmailSettingsForm | Unset = UNSET,
) -> ChangeEmailSettingsResult:
    """Change the user's course email setting

    Changes whether the signed-in caller receives emails from a course, named by `course_id`: a true
    `receive_emails` removes the caller's opt-out for the course, a false, empty or missing one records
    an opt-out. The course id is not checked before use, so a missing or malformed one ends in a server
    error rather than a 400.

    Who may call: any signed-in user. Anyone else gets 403. Acts on the caller's own setting.

    Args:
        body (ChangeEmailSettingsRequest): The course and the user's choice, as JSON.
        body (ChangeEmailSettingsForm): The course and the user's choice, as a form: any non-empty
            `receive_emails` value opts in, an empty or missing one opts out.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        ChangeEmailSettingsResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ChangeEmailSettingsRequest | ChangeEmailSettingsForm | Unset = UNSET,
) -> Response[ChangeEmailSettingsResult]:
    """Change the user's course email setting

    Changes whether the signed-in caller receives emails from a course, named by `course_id`: a true
    `receive_emails` removes the caller's opt-out for the course, a false, empty or missing one records
    an opt-out. The course id is not checked before use, so a missing or malformed one ends in a server
    error rather than a 400.

    Who may call: any signed-in user. Anyone else gets 403. Acts on the caller's own setting.

    Args:
        body (ChangeEmailSettingsRequest): The course and the user's choice, as JSON.
        body (ChangeEmailSettingsForm): The course and the user's choice, as a form: any non-empty
            `receive_emails` value opts in, an empty or missing one opts out.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[ChangeEmailSettingsResult]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ChangeEmailSettingsRequest | ChangeEmailSettingsForm | Unset = UNSET,
) -> ChangeEmailSettingsResult:
    """Change the user's course email setting

    Changes whether the signed-in caller receives emails from a course, named by `course_id`: a true
    `receive_emails` removes the caller's opt-out for the course, a false, empty or missing one records
    an opt-out. The course id is not checked before use, so a missing or malformed one ends in a server
    error rather than a 400.

    Who may call: any signed-in user. Anyone else gets 403. Acts on the caller's own setting.

    Args:
        body (ChangeEmailSettingsRequest): The course and the user's choice, as JSON.
        body (ChangeEmailSettingsForm): The course and the user's choice, as a form: any non-empty
            `receive_emails` value opts in, an empty or missing one opts out.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        ChangeEmailSettingsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
