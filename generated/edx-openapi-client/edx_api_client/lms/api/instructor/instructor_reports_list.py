from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.instructor_report_download_list import InstructorReportDownloadList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    course_id: str,
    *,
    report_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["report_name"] = report_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/instructor/v1/reports/{course_id}".format(
            course_id=quote(str(course_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InstructorReportDownloadList:
    if response.status_code == 200:
        response_200 = InstructorReportDownloadList.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InstructorReportDownloadList]:
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
    report_name: str | Unset = UNSET,
) -> Response[InstructorReportDownloadList]:
    """List a course's downloadable reports

    Lists the report CSV files of the course `course_id` that can be downloaded, each with its name, its
    URL and an HTML link to it. A report's name depends on its type; a problem responses report for a
    whole course is called, for example, `edX_DemoX_Demo_Course_student_state_from_block-
    v1_edX+DemoX+Demo_Course+type@course+block@course_2021-04-30-0918.csv`. `report_name` keeps only the
    report with that name. Only global staff and data researchers may list them; other signed-in users
    get 403, and an unknown course 404.

    Who may call: global staff. Anyone else gets 403. Needs a signed-in user holding the instructor
    app's research permission in the course: global staff, or a user with the data researcher role (for
    the course or its organization), which the caller list cannot name. Course staff and instructors
    without that role are refused with 403; an unknown course answers 404.

    Args:
        course_id (str):
        report_name (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[InstructorReportDownloadList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        report_name=report_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    report_name: str | Unset = UNSET,
) -> InstructorReportDownloadList:
    """List a course's downloadable reports

    Lists the report CSV files of the course `course_id` that can be downloaded, each with its name, its
    URL and an HTML link to it. A report's name depends on its type; a problem responses report for a
    whole course is called, for example, `edX_DemoX_Demo_Course_student_state_from_block-
    v1_edX+DemoX+Demo_Course+type@course+block@course_2021-04-30-0918.csv`. `report_name` keeps only the
    report with that name. Only global staff and data researchers may list them; other signed-in users
    get 403, and an unknown course 404.

    Who may call: global staff. Anyone else gets 403. Needs a signed-in user holding the instructor
    app's research permission in the course: global staff, or a user with the data researcher role (for
    the course or its organization), which the caller list cannot name. Course staff and instructors
    without that role are refused with 403; an unknown course answers 404.

    Args:
        course_id (str):
        report_name (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        InstructorReportDownloadList
    """

    return sync_detailed(
        course_id=course_id,
        client=client,
        report_name=report_name,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    report_name: str | Unset = UNSET,
) -> Response[InstructorReportDownloadList]:
    """List a course's downloadable reports

    Lists the report CSV files of the course `course_id` that can be downloaded, each with its name, its
    URL and an HTML link to it. A report's name depends on its type; a problem responses report for a
    whole course is called, for example, `edX_DemoX_Demo_Course_student_state_from_block-
    v1_edX+DemoX+Demo_Course+type@course+block@course_2021-04-30-0918.csv`. `report_name` keeps only the
    report with that name. Only global staff and data researchers may list them; other signed-in users
    get 403, and an unknown course 404.

    Who may call: global staff. Anyone else gets 403. Needs a signed-in user holding the instructor
    app's research permission in the course: global staff, or a user with the data researcher role (for
    the course or its organization), which the caller list cannot name. Course staff and instructors
    without that role are refused with 403; an unknown course answers 404.

    Args:
        course_id (str):
        report_name (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[InstructorReportDownloadList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        report_name=report_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    report_name: str | Unset = UNSET,
) -> InstructorReportDownloadList:
    """List a course's downloadable reports

    Lists the report CSV files of the course `course_id` that can be downloaded, each with its name, its
    URL and an HTML link to it. A report's name depends on its type; a problem responses report for a
    whole course is called, for example, `edX_DemoX_Demo_Course_student_state_from_block-
    v1_edX+DemoX+Demo_Course+type@course+block@course_2021-04-30-0918.csv`. `report_name` keeps only the
    report with that name. Only global staff and data researchers may list them; other signed-in users
    get 403, and an unknown course 404.

    Who may call: global staff. Anyone else gets 403. Needs a signed-in user holding the instructor
    app's research permission in the course: global staff, or a user with the data researcher role (for
    the course or its organization), which the caller list cannot name. Course staff and instructors
    without that role are refused with 403; an unknown course answers 404.

    Args:
        course_id (str):
        report_name (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        InstructorReportDownloadList
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            client=client,
            report_name=report_name,
        )
    ).parsed
