from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.certificate import Certificate
from ...types import Response


def _get_kwargs(
    username: str,
    course_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/certificates/v0/certificates/{username}/courses/{course_id}/".format(
            username=quote(str(username), safe=""),
            course_id=quote(str(course_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Certificate:
    if response.status_code == 200:
        response_200 = Certificate.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Certificate]:
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
    username: str,
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Certificate]:
    """Retrieve a user's certificate for a course run

    Returns the certificate of the user named in the path for one course run: its type, status, grade,
    whether it is passing, download URL and creation date. A learner may read only their own, global
    staff anyone's (others get 403). An unparsable course id, a user without a certificate in the
    course, or a course without an active certificate configuration is answered 404 with an
    `error_code`.

    Who may call: the user named by `username`, global staff, or the service worker of another edX
    service. Anyone else gets 403. A learner may read only their own certificate, global staff anyone's.
    A restricted OAuth application needs the `certificates:read` scope and JWT filters naming the
    course's organization and the user.

    Args:
        username (str):
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Certificate]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        username=username,
        course_id=course_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    username: str,
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Certificate:
    """Retrieve a user's certificate for a course run

    Returns the certificate of the user named in the path for one course run: its type, status, grade,
    whether it is passing, download URL and creation date. A learner may read only their own, global
    staff anyone's (others get 403). An unparsable course id, a user without a certificate in the
    course, or a course without an active certificate configuration is answered 404 with an
    `error_code`.

    Who may call: the user named by `username`, global staff, or the service worker of another edX
    service. Anyone else gets 403. A learner may read only their own certificate, global staff anyone's.
    A restricted OAuth application needs the `certificates:read` scope and JWT filters naming the
    course's organization and the user.

    Args:
        username (str):
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Certificate
    """

    return sync_detailed(
        username=username,
        course_id=course_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    username: str,
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Certificate]:
    """Retrieve a user's certificate for a course run

    Returns the certificate of the user named in the path for one course run: its type, status, grade,
    whether it is passing, download URL and creation date. A learner may read only their own, global
    staff anyone's (others get 403). An unparsable course id, a user without a certificate in the
    course, or a course without an active certificate configuration is answered 404 with an
    `error_code`.

    Who may call: the user named by `username`, global staff, or the service worker of another edX
    service. Anyone else gets 403. A learner may read only their own certificate, global staff anyone's.
    A restricted OAuth application needs the `certificates:read` scope and JWT filters naming the
    course's organization and the user.

    Args:
        username (str):
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Certificate]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        username=username,
        course_id=course_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    username: str,
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Certificate:
    """Retrieve a user's certificate for a course run

    Returns the certificate of the user named in the path for one course run: its type, status, grade,
    whether it is passing, download URL and creation date. A learner may read only their own, global
    staff anyone's (others get 403). An unparsable course id, a user without a certificate in the
    course, or a course without an active certificate configuration is answered 404 with an
    `error_code`.

    Who may call: the user named by `username`, global staff, or the service worker of another edX
    service. Anyone else gets 403. A learner may read only their own certificate, global staff anyone's.
    A restricted OAuth application needs the `certificates:read` scope and JWT filters naming the
    course's organization and the user.

    Args:
        username (str):
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Certificate
    """

    return (
        await asyncio_detailed(
            username=username,
            course_id=course_id,
            client=client,
        )
    ).parsed
