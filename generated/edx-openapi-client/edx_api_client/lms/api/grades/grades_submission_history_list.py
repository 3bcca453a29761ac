from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.grades_submission_history import GradesSubmissionHistory
from ...types import UNSET, Response, Unset


def _get_kwargs(
    course_id: str,
    *,
    username: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/grades/v1/submission_history/{course_id}/".format(
            course_id=quote(str(course_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[GradesSubmissionHistory]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = GradesSubmissionHistory.from_dict(
                response_200_item_data
            )

            response_200.append(response_200_item)

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[GradesSubmissionHistory]]:
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
    username: str | Unset = UNSET,
) -> Response[list[GradesSubmissionHistory]]:
    """List problem submission history

    Returns, per learner, the submission history of the problems (ProblemBlock only; not
    LibraryContentBlock or content libraries) of the course named in the path; `username` narrows it to
    one learner. Only global staff may call it (others get 403). When the history cannot be read the
    answer is empty.

    Who may call: global staff. Anyone else gets 403.

    Args:
        course_id (str):
        username (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[GradesSubmissionHistory]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        username=username,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
) -> list[GradesSubmissionHistory]:
    """List problem submission history

    Returns, per learner, the submission history of the problems (ProblemBlock only; not
    LibraryContentBlock or content libraries) of the course named in the path; `username` narrows it to
    one learner. Only global staff may call it (others get 403). When the history cannot be read the
    answer is empty.

    Who may call: global staff. Anyone else gets 403.

    Args:
        course_id (str):
        username (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[GradesSubmissionHistory]
    """

    return sync_detailed(
        course_id=course_id,
        client=client,
        username=username,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
) -> Response[list[GradesSubmissionHistory]]:
    """List problem submission history

    Returns, per learner, the submission history of the problems (ProblemBlock only; not
    LibraryContentBlock or content libraries) of the course named in the path; `username` narrows it to
    one learner. Only global staff may call it (others get 403). When the history cannot be read the
    answer is empty.

    Who may call: global staff. Anyone else gets 403.

    Args:
        course_id (str):
        username (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[GradesSubmissionHistory]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        username=username,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
) -> list[GradesSubmissionHistory]:
    """List problem submission history

    Returns, per learner, the submission history of the problems (ProblemBlock only; not
    LibraryContentBlock or content libraries) of the course named in the path; `username` narrows it to
    one learner. Only global staff may call it (others get 403). When the history cannot be read the
    answer is empty.

    Who may call: global staff. Anyone else gets 403.

    Args:
        course_id (str):
        username (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[GradesSubmissionHistory]
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            client=client,
            username=username,
        )
    ).parsed
