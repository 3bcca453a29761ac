from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edx_proctoring_exam_registration_partial_update_body_item import (
    EdxProctoringExamRegistrationPartialUpdateBodyItem,
)
from ...types import Response


def _get_kwargs(
    course_id: str,
    *,
    body: list[EdxProctoringExamRegistrationPartialUpdateBodyItem],
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
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[EdxProctoringExamRegistrationPartialUpdateBodyItem],
) -> Response[Any]:
    """Register the active exams of a course

    Creates or updates the list of all the active exams of the course named in the path; the course's
    exams that the registration payload leaves out are deactivated. The doc names none of the fields of
    the exams in the payload.

    Args:
        course_id (str):
        body (list[EdxProctoringExamRegistrationPartialUpdateBodyItem]): The registration payload:
            the active exams of the course. The doc calls it a list of all active exams and names none
            of their fields.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
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
    body: list[EdxProctoringExamRegistrationPartialUpdateBodyItem],
) -> Any:
    """Register the active exams of a course

    Creates or updates the list of all the active exams of the course named in the path; the course's
    exams that the registration payload leaves out are deactivated. The doc names none of the fields of
    the exams in the payload.

    Args:
        course_id (str):
        body (list[EdxProctoringExamRegistrationPartialUpdateBodyItem]): The registration payload:
            the active exams of the course. The doc calls it a list of all active exams and names none
            of their fields.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Any
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
    body: list[EdxProctoringExamRegistrationPartialUpdateBodyItem],
) -> Response[Any]:
    """Register the active exams of a course

    Creates or updates the list of all the active exams of the course named in the path; the course's
    exams that the registration payload leaves out are deactivated. The doc names none of the fields of
    the exams in the payload.

    Args:
        course_id (str):
        body (list[EdxProctoringExamRegistrationPartialUpdateBodyItem]): The registration payload:
            the active exams of the course. The doc calls it a list of all active exams and names none
            of their fields.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
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
    body: list[EdxProctoringExamRegistrationPartialUpdateBodyItem],
) -> Any:
    """Register the active exams of a course

    Creates or updates the list of all the active exams of the course named in the path; the course's
    exams that the registration payload leaves out are deactivated. The doc names none of the fields of
    the exams in the payload.

    Args:
        course_id (str):
        body (list[EdxProctoringExamRegistrationPartialUpdateBodyItem]): The registration payload:
            the active exams of the course. The doc calls it a list of all active exams and names none
            of their fields.

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
            course_id=course_id,
            client=client,
            body=body,
        )
    ).parsed
