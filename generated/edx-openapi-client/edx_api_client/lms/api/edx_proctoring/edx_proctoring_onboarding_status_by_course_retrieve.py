from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edx_proctoring_onboarding_status_page import (
    EdxProctoringOnboardingStatusPage,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    course_id: str,
    *,
    page: int | Unset = UNSET,
    text_search: str | Unset = UNSET,
    statuses: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["text_search"] = text_search

    params["statuses"] = statuses

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/edx_proctoring/v1/user_onboarding/status/course_id/{course_id}".format(
            course_id=quote(str(course_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EdxProctoringOnboardingStatusPage:
    if response.status_code == 200:
        response_200 = EdxProctoringOnboardingStatusPage.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EdxProctoringOnboardingStatusPage]:
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
    page: int | Unset = UNSET,
    text_search: str | Unset = UNSET,
    statuses: str | Unset = UNSET,
) -> Response[EdxProctoringOnboardingStatusPage]:
    """Get the learner's onboarding status in a course

    Lists the onboarding status of every learner of the course in the path whose enrollment lets them
    take proctored exams, 25 a page, optionally narrowed by a text in the username or email and by
    statuses. Only the course's staff and global staff may call it (403 otherwise). A course without an
    onboarding exam answers 404; 503 when the proctoring service's onboarding API is in use and does not
    answer.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403.

    Args:
        course_id (str):
        page (int | Unset):
        text_search (str | Unset):
        statuses (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EdxProctoringOnboardingStatusPage]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        page=page,
        text_search=text_search,
        statuses=statuses,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    text_search: str | Unset = UNSET,
    statuses: str | Unset = UNSET,
) -> EdxProctoringOnboardingStatusPage:
    """Get the learner's onboarding status in a course

    Lists the onboarding status of every learner of the course in the path whose enrollment lets them
    take proctored exams, 25 a page, optionally narrowed by a text in the username or email and by
    statuses. Only the course's staff and global staff may call it (403 otherwise). A course without an
    onboarding exam answers 404; 503 when the proctoring service's onboarding API is in use and does not
    answer.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403.

    Args:
        course_id (str):
        page (int | Unset):
        text_search (str | Unset):
        statuses (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EdxProctoringOnboardingStatusPage
    """

    return sync_detailed(
        course_id=course_id,
        client=client,
        page=page,
        text_search=text_search,
        statuses=statuses,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    text_search: str | Unset = UNSET,
    statuses: str | Unset = UNSET,
) -> Response[EdxProctoringOnboardingStatusPage]:
    """Get the learner's onboarding status in a course

    Lists the onboarding status of every learner of the course in the path whose enrollment lets them
    take proctored exams, 25 a page, optionally narrowed by a text in the username or email and by
    statuses. Only the course's staff and global staff may call it (403 otherwise). A course without an
    onboarding exam answers 404; 503 when the proctoring service's onboarding API is in use and does not
    answer.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403.

    Args:
        course_id (str):
        page (int | Unset):
        text_search (str | Unset):
        statuses (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EdxProctoringOnboardingStatusPage]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        page=page,
        text_search=text_search,
        statuses=statuses,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    text_search: str | Unset = UNSET,
    statuses: str | Unset = UNSET,
) -> EdxProctoringOnboardingStatusPage:
    """Get the learner's onboarding status in a course

    Lists the onboarding status of every learner of the course in the path whose enrollment lets them
    take proctored exams, 25 a page, optionally narrowed by a text in the username or email and by
    statuses. Only the course's staff and global staff may call it (403 otherwise). A course without an
    onboarding exam answers 404; 503 when the proctoring service's onboarding API is in use and does not
    answer.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403.

    Args:
        course_id (str):
        page (int | Unset):
        text_search (str | Unset):
        statuses (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EdxProctoringOnboardingStatusPage
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            client=client,
            page=page,
            text_search=text_search,
            statuses=statuses,
        )
    ).parsed
