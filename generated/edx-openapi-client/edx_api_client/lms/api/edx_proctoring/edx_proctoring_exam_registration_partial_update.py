from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edx_proctoring_exam_id import EdxProctoringExamId
from ...models.edx_proctoring_exam_registration import EdxProctoringExamRegistration
from ...types import Response


def _get_kwargs(
    course_id: str,
    *,
    body: list[EdxProctoringExamRegistration],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/edx_proctoring/v1/proctored_exam/exam_registration/course_id/{course_id}".format(
            course_id=quote(str(course_id), safe=""),
        ),
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[EdxProctoringExamId]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = EdxProctoringExamId.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[EdxProctoringExamId]]:
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
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[EdxProctoringExamRegistration],
) -> Response[list[EdxProctoringExamId]]:
    """Register the active exams of a course

    Registers the complete list of the active exams of the course in the path: each exam of the payload
    is matched to the course's exams by `content_id` and updated when found, created in the course
    otherwise; the course's exams the payload leaves out are made inactive and not proctored, never
    deleted. Only global staff may call it (403 otherwise). A payload that fails the checks answers 422
    and nothing is written.

    Who may call: global staff. Anyone else gets 403.

    Args:
        course_id (str):
        body (list[EdxProctoringExamRegistration]): The registration payload, the active exams of
            the course.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[EdxProctoringExamId]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[EdxProctoringExamRegistration],
) -> list[EdxProctoringExamId]:
    """Register the active exams of a course

    Registers the complete list of the active exams of the course in the path: each exam of the payload
    is matched to the course's exams by `content_id` and updated when found, created in the course
    otherwise; the course's exams the payload leaves out are made inactive and not proctored, never
    deleted. Only global staff may call it (403 otherwise). A payload that fails the checks answers 422
    and nothing is written.

    Who may call: global staff. Anyone else gets 403.

    Args:
        course_id (str):
        body (list[EdxProctoringExamRegistration]): The registration payload, the active exams of
            the course.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[EdxProctoringExamId]
    """

    return sync_detailed(
        course_id=course_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[EdxProctoringExamRegistration],
) -> Response[list[EdxProctoringExamId]]:
    """Register the active exams of a course

    Registers the complete list of the active exams of the course in the path: each exam of the payload
    is matched to the course's exams by `content_id` and updated when found, created in the course
    otherwise; the course's exams the payload leaves out are made inactive and not proctored, never
    deleted. Only global staff may call it (403 otherwise). A payload that fails the checks answers 422
    and nothing is written.

    Who may call: global staff. Anyone else gets 403.

    Args:
        course_id (str):
        body (list[EdxProctoringExamRegistration]): The registration payload, the active exams of
            the course.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[EdxProctoringExamId]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[EdxProctoringExamRegistration],
) -> list[EdxProctoringExamId]:
    """Register the active exams of a course

    Registers the complete list of the active exams of the course in the path: each exam of the payload
    is matched to the course's exams by `content_id` and updated when found, created in the course
    otherwise; the course's exams the payload leaves out are made inactive and not proctored, never
    deleted. Only global staff may call it (403 otherwise). A payload that fails the checks answers 422
    and nothing is written.

    Who may call: global staff. Anyone else gets 403.

    Args:
        course_id (str):
        body (list[EdxProctoringExamRegistration]): The registration payload, the active exams of
            the course.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[EdxProctoringExamId]
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            client=client,
            body=body,
        )
    ).parsed
