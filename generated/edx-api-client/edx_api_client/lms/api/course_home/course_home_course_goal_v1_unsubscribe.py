from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.course_home_goal_unsubscribe_response import (
    CourseHomeGoalUnsubscribeResponse,
)
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    token: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/course_home/v1/unsubscribe_from_course_goal/{token}".format(
            token=quote(str(token), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CourseHomeGoalUnsubscribeResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CourseHomeGoalUnsubscribeResponse.from_dict(response.json())

        return response_200

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
) -> Response[CourseHomeGoalUnsubscribeResponse | ErrorResponse]:
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
    token: str,
    *,
    client: AuthenticatedClient,
) -> Response[CourseHomeGoalUnsubscribeResponse | ErrorResponse]:
    """Unsubscribe from course goal reminders

     Turns off the course goal reminder emails identified by the token from such an email. The operation
    needs no authentication, since it may be opened from an email on any device: the token proves the
    right to unsubscribe. It only unsubscribes and answers with basic course information and no personal
    data. The same operation is also served without the `v1/` segment (`/course_home/...`); the doc
    documents both with the same text.

    Args:
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CourseHomeGoalUnsubscribeResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        token=token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    token: str,
    *,
    client: AuthenticatedClient,
) -> CourseHomeGoalUnsubscribeResponse | ErrorResponse | None:
    """Unsubscribe from course goal reminders

     Turns off the course goal reminder emails identified by the token from such an email. The operation
    needs no authentication, since it may be opened from an email on any device: the token proves the
    right to unsubscribe. It only unsubscribes and answers with basic course information and no personal
    data. The same operation is also served without the `v1/` segment (`/course_home/...`); the doc
    documents both with the same text.

    Args:
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CourseHomeGoalUnsubscribeResponse | ErrorResponse
    """

    return sync_detailed(
        token=token,
        client=client,
    ).parsed


async def asyncio_detailed(
    token: str,
    *,
    client: AuthenticatedClient,
) -> Response[CourseHomeGoalUnsubscribeResponse | ErrorResponse]:
    """Unsubscribe from course goal reminders

     Turns off the course goal reminder emails identified by the token from such an email. The operation
    needs no authentication, since it may be opened from an email on any device: the token proves the
    right to unsubscribe. It only unsubscribes and answers with basic course information and no personal
    data. The same operation is also served without the `v1/` segment (`/course_home/...`); the doc
    documents both with the same text.

    Args:
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CourseHomeGoalUnsubscribeResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    token: str,
    *,
    client: AuthenticatedClient,
) -> CourseHomeGoalUnsubscribeResponse | ErrorResponse | None:
    """Unsubscribe from course goal reminders

     Turns off the course goal reminder emails identified by the token from such an email. The operation
    needs no authentication, since it may be opened from an email on any device: the token proves the
    right to unsubscribe. It only unsubscribes and answers with basic course information and no personal
    data. The same operation is also served without the `v1/` segment (`/course_home/...`); the doc
    documents both with the same text.

    Args:
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CourseHomeGoalUnsubscribeResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            token=token,
            client=client,
        )
    ).parsed
