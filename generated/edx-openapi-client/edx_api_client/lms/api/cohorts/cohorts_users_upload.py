from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cohorts_assignments_upload import CohortsAssignmentsUpload
from ...types import Response


def _get_kwargs(
    course_key_string: str,
    *,
    body: CohortsAssignmentsUpload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/cohorts/v1/courses/{course_key_string}/users".format(
            course_key_string=quote(str(course_key_string), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

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
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
    body: CohortsAssignmentsUpload,
) -> Response[Any]:
    """Upload cohort assignments

    Accepts an uploaded file, sent under the form key `uploaded-file`, that assigns users of the course
    `course_key_string` to cohorts. The assignments are made by a background (celery) task; a CSV file
    with the results is then offered through the course's data downloads. Only global staff may call it;
    other users get 403.

    Who may call: global staff. Anyone else gets 403.

    Args:
        course_key_string (str):
        body (CohortsAssignmentsUpload): The file of cohort assignments, as a multipart form.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_key_string=course_key_string,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
    body: CohortsAssignmentsUpload,
) -> Any:
    """Upload cohort assignments

    Accepts an uploaded file, sent under the form key `uploaded-file`, that assigns users of the course
    `course_key_string` to cohorts. The assignments are made by a background (celery) task; a CSV file
    with the results is then offered through the course's data downloads. Only global staff may call it;
    other users get 403.

    Who may call: global staff. Anyone else gets 403.

    Args:
        course_key_string (str):
        body (CohortsAssignmentsUpload): The file of cohort assignments, as a multipart form.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Any
    """

    return sync_detailed(
        course_key_string=course_key_string,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
    body: CohortsAssignmentsUpload,
) -> Response[Any]:
    """Upload cohort assignments

    Accepts an uploaded file, sent under the form key `uploaded-file`, that assigns users of the course
    `course_key_string` to cohorts. The assignments are made by a background (celery) task; a CSV file
    with the results is then offered through the course's data downloads. Only global staff may call it;
    other users get 403.

    Who may call: global staff. Anyone else gets 403.

    Args:
        course_key_string (str):
        body (CohortsAssignmentsUpload): The file of cohort assignments, as a multipart form.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_key_string=course_key_string,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
    body: CohortsAssignmentsUpload,
) -> Any:
    """Upload cohort assignments

    Accepts an uploaded file, sent under the form key `uploaded-file`, that assigns users of the course
    `course_key_string` to cohorts. The assignments are made by a background (celery) task; a CSV file
    with the results is then offered through the course's data downloads. Only global staff may call it;
    other users get 403.

    Who may call: global staff. Anyone else gets 403.

    Args:
        course_key_string (str):
        body (CohortsAssignmentsUpload): The file of cohort assignments, as a multipart form.

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
            course_key_string=course_key_string,
            client=client,
            body=body,
        )
    ).parsed
