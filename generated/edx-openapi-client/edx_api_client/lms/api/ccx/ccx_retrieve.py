from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ccx_course import CcxCourse
from ...types import Response


def _get_kwargs(
    ccx_course_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ccx/v0/ccx/{ccx_course_id}/".format(
            ccx_course_id=quote(str(ccx_course_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CcxCourse:
    if response.status_code == 200:
        response_200 = CcxCourse.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CcxCourse]:
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
    ccx_course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CcxCourse]:
    """Get a CCX course

    Returns the CCX course named by `ccx_course_id`. Staff and instructors of its master course, and its
    coach, may read it; any other caller, and an id naming no CCX, get 403.

    Who may call: staff of the course `ccx_course_id`. Anyone else gets 403. Staff or instructor role in
    the CCX's master course (the course the CCX id derives from); the coach of the CCX may also read it.
    Global staff get no bypass. The permission check runs before the CCX is looked up, so an id naming
    no CCX also answers 403.

    Args:
        ccx_course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CcxCourse]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        ccx_course_id=ccx_course_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ccx_course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CcxCourse:
    """Get a CCX course

    Returns the CCX course named by `ccx_course_id`. Staff and instructors of its master course, and its
    coach, may read it; any other caller, and an id naming no CCX, get 403.

    Who may call: staff of the course `ccx_course_id`. Anyone else gets 403. Staff or instructor role in
    the CCX's master course (the course the CCX id derives from); the coach of the CCX may also read it.
    Global staff get no bypass. The permission check runs before the CCX is looked up, so an id naming
    no CCX also answers 403.

    Args:
        ccx_course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CcxCourse
    """

    return sync_detailed(
        ccx_course_id=ccx_course_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    ccx_course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CcxCourse]:
    """Get a CCX course

    Returns the CCX course named by `ccx_course_id`. Staff and instructors of its master course, and its
    coach, may read it; any other caller, and an id naming no CCX, get 403.

    Who may call: staff of the course `ccx_course_id`. Anyone else gets 403. Staff or instructor role in
    the CCX's master course (the course the CCX id derives from); the coach of the CCX may also read it.
    Global staff get no bypass. The permission check runs before the CCX is looked up, so an id naming
    no CCX also answers 403.

    Args:
        ccx_course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CcxCourse]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        ccx_course_id=ccx_course_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ccx_course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CcxCourse:
    """Get a CCX course

    Returns the CCX course named by `ccx_course_id`. Staff and instructors of its master course, and its
    coach, may read it; any other caller, and an id naming no CCX, get 403.

    Who may call: staff of the course `ccx_course_id`. Anyone else gets 403. Staff or instructor role in
    the CCX's master course (the course the CCX id derives from); the coach of the CCX may also read it.
    Global staff get no bypass. The permission check runs before the CCX is looked up, so an id naming
    no CCX also answers 403.

    Args:
        ccx_course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CcxCourse
    """

    return (
        await asyncio_detailed(
            ccx_course_id=ccx_course_id,
            client=client,
        )
    ).parsed
