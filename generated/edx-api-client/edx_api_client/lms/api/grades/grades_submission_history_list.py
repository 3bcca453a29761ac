from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
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
) -> ErrorResponse | list[GradesSubmissionHistory] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = GradesSubmissionHistory.from_dict(
                response_200_item_data
            )

            response_200.append(response_200_item)

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
) -> Response[ErrorResponse | list[GradesSubmissionHistory]]:
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
) -> Response[ErrorResponse | list[GradesSubmissionHistory]]:
    """List problem submission history

     Returns the submission history of the problems (ProblemBlock only; not LibraryContentBlock or
    content libraries) of the course named in the path, per learner. Global staff see every learner's
    history. When the history cannot be read the answer is empty. The doc's response values name the
    list "Results" and describe its items; it is written here as the body itself.

    Args:
        course_id (str):
        username (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[GradesSubmissionHistory]]
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
) -> ErrorResponse | list[GradesSubmissionHistory] | None:
    """List problem submission history

     Returns the submission history of the problems (ProblemBlock only; not LibraryContentBlock or
    content libraries) of the course named in the path, per learner. Global staff see every learner's
    history. When the history cannot be read the answer is empty. The doc's response values name the
    list "Results" and describe its items; it is written here as the body itself.

    Args:
        course_id (str):
        username (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[GradesSubmissionHistory]
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
) -> Response[ErrorResponse | list[GradesSubmissionHistory]]:
    """List problem submission history

     Returns the submission history of the problems (ProblemBlock only; not LibraryContentBlock or
    content libraries) of the course named in the path, per learner. Global staff see every learner's
    history. When the history cannot be read the answer is empty. The doc's response values name the
    list "Results" and describe its items; it is written here as the body itself.

    Args:
        course_id (str):
        username (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[GradesSubmissionHistory]]
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
) -> ErrorResponse | list[GradesSubmissionHistory] | None:
    """List problem submission history

     Returns the submission history of the problems (ProblemBlock only; not LibraryContentBlock or
    content libraries) of the course named in the path, per learner. Global staff see every learner's
    history. When the history cannot be read the answer is empty. The doc's response values name the
    list "Results" and describe its items; it is written here as the body itself.

    Args:
        course_id (str):
        username (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[GradesSubmissionHistory]
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            client=client,
            username=username,
        )
    ).parsed
