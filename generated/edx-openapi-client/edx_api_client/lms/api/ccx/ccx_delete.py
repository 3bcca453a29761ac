from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    ccx_course_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/ccx/v0/ccx/{ccx_course_id}/".format(
            ccx_course_id=quote(str(ccx_course_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any:
    if response.status_code == 204:
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
    ccx_course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Delete a CCX course

    Deletes the CCX course named by `ccx_course_id`, with its field overrides, its enrollments and its
    course overview, and answers 204 without a body. Only staff and instructors of its master course may
    delete it; any other caller gets 403. An id that is not a CCX id or names no CCX also answers 403,
    as the permission check runs before the lookup (the 400 and 404 with an `error_code` for such ids
    are not reached).

    Who may call: staff of the course `ccx_course_id`. Anyone else gets 403. Staff or instructor role in
    the CCX's master course (the course the CCX id derives from); Global staff get no bypass. The
    permission check runs before the CCX is looked up, so an id naming no CCX also answers 403.

    Args:
        ccx_course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
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
) -> Any:
    """Delete a CCX course

    Deletes the CCX course named by `ccx_course_id`, with its field overrides, its enrollments and its
    course overview, and answers 204 without a body. Only staff and instructors of its master course may
    delete it; any other caller gets 403. An id that is not a CCX id or names no CCX also answers 403,
    as the permission check runs before the lookup (the 400 and 404 with an `error_code` for such ids
    are not reached).

    Who may call: staff of the course `ccx_course_id`. Anyone else gets 403. Staff or instructor role in
    the CCX's master course (the course the CCX id derives from); Global staff get no bypass. The
    permission check runs before the CCX is looked up, so an id naming no CCX also answers 403.

    Args:
        ccx_course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Any
    """

    return sync_detailed(
        ccx_course_id=ccx_course_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    ccx_course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Delete a CCX course

    Deletes the CCX course named by `ccx_course_id`, with its field overrides, its enrollments and its
    course overview, and answers 204 without a body. Only staff and instructors of its master course may
    delete it; any other caller gets 403. An id that is not a CCX id or names no CCX also answers 403,
    as the permission check runs before the lookup (the 400 and 404 with an `error_code` for such ids
    are not reached).

    Who may call: staff of the course `ccx_course_id`. Anyone else gets 403. Staff or instructor role in
    the CCX's master course (the course the CCX id derives from); Global staff get no bypass. The
    permission check runs before the CCX is looked up, so an id naming no CCX also answers 403.

    Args:
        ccx_course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
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
) -> Any:
    """Delete a CCX course

    Deletes the CCX course named by `ccx_course_id`, with its field overrides, its enrollments and its
    course overview, and answers 204 without a body. Only staff and instructors of its master course may
    delete it; any other caller gets 403. An id that is not a CCX id or names no CCX also answers 403,
    as the permission check runs before the lookup (the 400 and 404 with an `error_code` for such ids
    are not reached).

    Who may call: staff of the course `ccx_course_id`. Anyone else gets 403. Staff or instructor role in
    the CCX's master course (the course the CCX id derives from); Global staff get no bypass. The
    permission check runs before the CCX is looked up, so an id naming no CCX also answers 403.

    Args:
        ccx_course_id (str):

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
            ccx_course_id=ccx_course_id,
            client=client,
        )
    ).parsed
