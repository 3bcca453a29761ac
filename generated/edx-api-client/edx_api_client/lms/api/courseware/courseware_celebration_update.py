from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.courseware_celebration_update import CoursewareCelebrationUpdate
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    course_key_string: str,
    *,
    body: CoursewareCelebrationUpdate | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/courseware/celebration/{course_key_string}".format(
            course_key_string=quote(str(course_key_string), safe=""),
        ),
    }

    if isinstance(body, CoursewareCelebrationUpdate):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 201:
        response_201 = cast(Any, None)
        return response_201

    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
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
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
    body: CoursewareCelebrationUpdate | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Update the learner's celebration state in a course

     Handles a POST about the celebrations shown to the learner in the course. The doc says nothing more:
    no request field, no status and no response body are documented.

    Args:
        course_key_string (str):
        body (CoursewareCelebrationUpdate | Unset): The celebrations the learner has had; a key
            left out is not changed. Any other key is refused with 400.
        body (CoursewareCelebrationUpdate | Unset): The celebrations the learner has had; a key
            left out is not changed. Any other key is refused with 400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
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
    body: CoursewareCelebrationUpdate | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Update the learner's celebration state in a course

     Handles a POST about the celebrations shown to the learner in the course. The doc says nothing more:
    no request field, no status and no response body are documented.

    Args:
        course_key_string (str):
        body (CoursewareCelebrationUpdate | Unset): The celebrations the learner has had; a key
            left out is not changed. Any other key is refused with 400.
        body (CoursewareCelebrationUpdate | Unset): The celebrations the learner has had; a key
            left out is not changed. Any other key is refused with 400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
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
    body: CoursewareCelebrationUpdate | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Update the learner's celebration state in a course

     Handles a POST about the celebrations shown to the learner in the course. The doc says nothing more:
    no request field, no status and no response body are documented.

    Args:
        course_key_string (str):
        body (CoursewareCelebrationUpdate | Unset): The celebrations the learner has had; a key
            left out is not changed. Any other key is refused with 400.
        body (CoursewareCelebrationUpdate | Unset): The celebrations the learner has had; a key
            left out is not changed. Any other key is refused with 400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
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
    body: CoursewareCelebrationUpdate | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Update the learner's celebration state in a course

     Handles a POST about the celebrations shown to the learner in the course. The doc says nothing more:
    no request field, no status and no response body are documented.

    Args:
        course_key_string (str):
        body (CoursewareCelebrationUpdate | Unset): The celebrations the learner has had; a key
            left out is not changed. Any other key is refused with 400.
        body (CoursewareCelebrationUpdate | Unset): The celebrations the learner has had; a key
            left out is not changed. Any other key is refused with 400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            course_key_string=course_key_string,
            client=client,
            body=body,
        )
    ).parsed
