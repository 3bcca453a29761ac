from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.course_home_goal_unsubscribe_response import (
    CourseHomeGoalUnsubscribeResponse,
)
from ...types import Response


def _get_kwargs(
    token: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/course_home/unsubscribe_from_course_goal/{token}".format(
            token=quote(str(token), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CourseHomeGoalUnsubscribeResponse:
    if response.status_code == 200:
        response_200 = CourseHomeGoalUnsubscribeResponse.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CourseHomeGoalUnsubscribeResponse]:
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
    client: AuthenticatedClient | Client,
) -> Response[CourseHomeGoalUnsubscribeResponse]:
    """Unsubscribe from course goal reminders

    Turns off the course goal reminder emails identified by `token`, the token carried by such an email.
    No sign-in is needed, so the link works from any device: the token is the proof. It only
    unsubscribes, and answers the course title and no personal data; an unknown token is answered 404.
    The same operation is served under `/course_home/v1/unsubscribe_from_course_goal/{token}`.

    Who may call: anyone, signed in or not. No sign-in is needed: the token from the reminder email is
    the proof; an unknown token is answered 404.

    Args:
        token (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CourseHomeGoalUnsubscribeResponse]: the status, headers, raw body and parsed body.
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
    client: AuthenticatedClient | Client,
) -> CourseHomeGoalUnsubscribeResponse:
    """Unsubscribe from course goal reminders

    Turns off the course goal reminder emails identified by `token`, the token carried by such an email.
    No sign-in is needed, so the link works from any device: the token is the proof. It only
    unsubscribes, and answers the course title and no personal data; an unknown token is answered 404.
    The same operation is served under `/course_home/v1/unsubscribe_from_course_goal/{token}`.

    Who may call: anyone, signed in or not. No sign-in is needed: the token from the reminder email is
    the proof; an unknown token is answered 404.

    Args:
        token (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CourseHomeGoalUnsubscribeResponse
    """

    return sync_detailed(
        token=token,
        client=client,
    ).parsed


async def asyncio_detailed(
    token: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CourseHomeGoalUnsubscribeResponse]:
    """Unsubscribe from course goal reminders

    Turns off the course goal reminder emails identified by `token`, the token carried by such an email.
    No sign-in is needed, so the link works from any device: the token is the proof. It only
    unsubscribes, and answers the course title and no personal data; an unknown token is answered 404.
    The same operation is served under `/course_home/v1/unsubscribe_from_course_goal/{token}`.

    Who may call: anyone, signed in or not. No sign-in is needed: the token from the reminder email is
    the proof; an unknown token is answered 404.

    Args:
        token (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CourseHomeGoalUnsubscribeResponse]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    token: str,
    *,
    client: AuthenticatedClient | Client,
) -> CourseHomeGoalUnsubscribeResponse:
    """Unsubscribe from course goal reminders

    Turns off the course goal reminder emails identified by `token`, the token carried by such an email.
    No sign-in is needed, so the link works from any device: the token is the proof. It only
    unsubscribes, and answers the course title and no personal data; an unknown token is answered 404.
    The same operation is served under `/course_home/v1/unsubscribe_from_course_goal/{token}`.

    Who may call: anyone, signed in or not. No sign-in is needed: the token from the reminder email is
    the proof; an unknown token is answered 404.

    Args:
        token (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CourseHomeGoalUnsubscribeResponse
    """

    return (
        await asyncio_detailed(
            token=token,
            client=client,
        )
    ).parsed
