from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mobile_record_user_activity_request import (
    MobileRecordUserActivityRequest,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    api_version: str,
    *,
    body: MobileRecordUserActivityRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/mobile/{api_version}/course_info/record_user_activity".format(
            api_version=quote(str(api_version), safe=""),
        ),
    }

    if isinstance(body, MobileRecordUserActivityRequest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any:
    if response.status_code == 200:
        return errors.decoded_body(response)
    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
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
    api_version: str,
    *,
    client: AuthenticatedClient | Client,
    body: MobileRecordUserActivityRequest | Unset = UNSET,
) -> Response[Any]:
    """Record user activity

    Records, for the course goals feature, that the user `user_id` was active in the course `course_key`
    today; nothing is recorded when course goals are off for the course. Answers 200 without a body, and
    400 when either field is missing or does not resolve. Any signed-in user may call it.

    Who may call: any signed-in user. Anyone else gets 403. The body's user_id is not checked against
    the caller: any signed-in user can record activity for any user.

    Args:
        api_version (str):
        body (MobileRecordUserActivityRequest): Whose activity in which course to record.
        body (MobileRecordUserActivityRequest): Whose activity in which course to record.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        api_version=api_version,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    api_version: str,
    *,
    client: AuthenticatedClient | Client,
    body: MobileRecordUserActivityRequest | Unset = UNSET,
) -> Any:
    """Record user activity

    Records, for the course goals feature, that the user `user_id` was active in the course `course_key`
    today; nothing is recorded when course goals are off for the course. Answers 200 without a body, and
    400 when either field is missing or does not resolve. Any signed-in user may call it.

    Who may call: any signed-in user. Anyone else gets 403. The body's user_id is not checked against
    the caller: any signed-in user can record activity for any user.

    Args:
        api_version (str):
        body (MobileRecordUserActivityRequest): Whose activity in which course to record.
        body (MobileRecordUserActivityRequest): Whose activity in which course to record.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Any
    """

    return sync_detailed(
        api_version=api_version,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    api_version: str,
    *,
    client: AuthenticatedClient | Client,
    body: MobileRecordUserActivityRequest | Unset = UNSET,
) -> Response[Any]:
    """Record user activity

    Records, for the course goals feature, that the user `user_id` was active in the course `course_key`
    today; nothing is recorded when course goals are off for the course. Answers 200 without a body, and
    400 when either field is missing or does not resolve. Any signed-in user may call it.

    Who may call: any signed-in user. Anyone else gets 403. The body's user_id is not checked against
    the caller: any signed-in user can record activity for any user.

    Args:
        api_version (str):
        body (MobileRecordUserActivityRequest): Whose activity in which course to record.
        body (MobileRecordUserActivityRequest): Whose activity in which course to record.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        api_version=api_version,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    api_version: str,
    *,
    client: AuthenticatedClient | Client,
    body: MobileRecordUserActivityRequest | Unset = UNSET,
) -> Any:
    """Record user activity

    Records, for the course goals feature, that the user `user_id` was active in the course `course_key`
    today; nothing is recorded when course goals are off for the course. Answers 200 without a body, and
    400 when either field is missing or does not resolve. Any signed-in user may call it.

    Who may call: any signed-in user. Anyone else gets 403. The body's user_id is not checked against
    the caller: any signed-in user can record activity for any user.

    Args:
        api_version (str):
        body (MobileRecordUserActivityRequest): Whose activity in which course to record.
        body (MobileRecordUserActivityRequest): Whose activity in which course to record.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            api_version=api_version,
            client=client,
            body=body,
        )
    ).parsed
