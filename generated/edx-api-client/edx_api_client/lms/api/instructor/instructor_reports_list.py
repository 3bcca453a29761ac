from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
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
) -> ErrorResponse | InstructorReportDownloadList | None:
    if response.status_code == 200:
        response_200 = InstructorReportDownloadList.from_dict(response.json())

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
) -> Response[ErrorResponse | InstructorReportDownloadList]:
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
) -> Response[ErrorResponse | InstructorReportDownloadList]:
    """List a course's downloadable reports

     Lists the report CSV files of the course `course_id` that can be downloaded, each with its name, its
    URL and an HTML link to it. A report's name depends on its type; a problem responses report for a
    whole course is called, for example, `edX_DemoX_Demo_Course_student_state_from_block-
    v1_edX+DemoX+Demo_Course+type@course+block@course_2021-04-30-0918.csv`. `report_name` keeps only the
    report with that name.

    Args:
        course_id (str):
        report_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InstructorReportDownloadList]
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
) -> ErrorResponse | InstructorReportDownloadList | None:
    """List a course's downloadable reports

     Lists the report CSV files of the course `course_id` that can be downloaded, each with its name, its
    URL and an HTML link to it. A report's name depends on its type; a problem responses report for a
    whole course is called, for example, `edX_DemoX_Demo_Course_student_state_from_block-
    v1_edX+DemoX+Demo_Course+type@course+block@course_2021-04-30-0918.csv`. `report_name` keeps only the
    report with that name.

    Args:
        course_id (str):
        report_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InstructorReportDownloadList
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
) -> Response[ErrorResponse | InstructorReportDownloadList]:
    """List a course's downloadable reports

     Lists the report CSV files of the course `course_id` that can be downloaded, each with its name, its
    URL and an HTML link to it. A report's name depends on its type; a problem responses report for a
    whole course is called, for example, `edX_DemoX_Demo_Course_student_state_from_block-
    v1_edX+DemoX+Demo_Course+type@course+block@course_2021-04-30-0918.csv`. `report_name` keeps only the
    report with that name.

    Args:
        course_id (str):
        report_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InstructorReportDownloadList]
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
) -> ErrorResponse | InstructorReportDownloadList | None:
    """List a course's downloadable reports

     Lists the report CSV files of the course `course_id` that can be downloaded, each with its name, its
    URL and an HTML link to it. A report's name depends on its type; a problem responses report for a
    whole course is called, for example, `edX_DemoX_Demo_Course_student_state_from_block-
    v1_edX+DemoX+Demo_Course+type@course+block@course_2021-04-30-0918.csv`. `report_name` keeps only the
    report with that name.

    Args:
        course_id (str):
        report_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InstructorReportDownloadList
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            client=client,
            report_name=report_name,
        )
    ).parsed
