from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.completion_subsection_completion import CompletionSubsectionCompletion
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    username: str,
    course_key: str,
    subsection_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/completion/v1/subsection-completion/{username}/{course_key}/{subsection_id}".format(
            username=quote(str(username), safe=""),
            course_key=quote(str(course_key), safe=""),
            subsection_id=quote(str(subsection_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompletionSubsectionCompletion | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CompletionSubsectionCompletion.from_dict(response.json())

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
) -> Response[CompletionSubsectionCompletion | ErrorResponse]:
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
    username: str,
    course_key: str,
    subsection_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CompletionSubsectionCompletion | ErrorResponse]:
    """Retrieve a user's completion of a subsection

     Returns the completion of one subsection of a course for one user. The doc gives no response fields
    or example.

    Args:
        username (str):
        course_key (str):
        subsection_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompletionSubsectionCompletion | ErrorResponse]
    """

    kwargs = _get_kwargs(
        username=username,
        course_key=course_key,
        subsection_id=subsection_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    username: str,
    course_key: str,
    subsection_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CompletionSubsectionCompletion | ErrorResponse | None:
    """Retrieve a user's completion of a subsection

     Returns the completion of one subsection of a course for one user. The doc gives no response fields
    or example.

    Args:
        username (str):
        course_key (str):
        subsection_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompletionSubsectionCompletion | ErrorResponse
    """

    return sync_detailed(
        username=username,
        course_key=course_key,
        subsection_id=subsection_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    username: str,
    course_key: str,
    subsection_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CompletionSubsectionCompletion | ErrorResponse]:
    """Retrieve a user's completion of a subsection

     Returns the completion of one subsection of a course for one user. The doc gives no response fields
    or example.

    Args:
        username (str):
        course_key (str):
        subsection_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompletionSubsectionCompletion | ErrorResponse]
    """

    kwargs = _get_kwargs(
        username=username,
        course_key=course_key,
        subsection_id=subsection_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    username: str,
    course_key: str,
    subsection_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CompletionSubsectionCompletion | ErrorResponse | None:
    """Retrieve a user's completion of a subsection

     Returns the completion of one subsection of a course for one user. The doc gives no response fields
    or example.

    Args:
        username (str):
        course_key (str):
        subsection_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompletionSubsectionCompletion | ErrorResponse
    """

    return (
        await asyncio_detailed(
            username=username,
            course_key=course_key,
            subsection_id=subsection_id,
            client=client,
        )
    ).parsed
