from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edx_proctoring_exam_registration_partial_update_body_item import (
    EdxProctoringExamRegistrationPartialUpdateBodyItem,
)
from ...models.error_response import ErrorResponse
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
) -> Any | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

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
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[EdxProctoringExamRegistrationPartialUpdateBodyItem],
) -> Response[Any | ErrorResponse]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
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
) -> Any | ErrorResponse | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
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
) -> Response[Any | ErrorResponse]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
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
) -> Any | ErrorResponse | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            client=client,
            body=body,
        )
    ).parsed
