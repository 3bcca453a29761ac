from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cohort_user import CohortUser
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    course_key_string: str,
    cohort_id: str,
    username: str,
    *,
    body: CohortUser,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/cohorts/v1/courses/{course_key_string}/cohorts/{cohort_id}/users/{username}".format(
            course_key_string=quote(str(course_key_string), safe=""),
            cohort_id=quote(str(cohort_id), safe=""),
            username=quote(str(username), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CohortUser | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CohortUser.from_dict(response.json())

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
) -> Response[CohortUser | ErrorResponse]:
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
    course_key_string: str,
    cohort_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: CohortUser,
) -> Response[CohortUser | ErrorResponse]:
    """Add a user to a cohort

     Adds the given user(s) to the cohort `cohort_id` of the course `course_key_string`. The request
    carries a user (`username` required, `email` optional; `name` is read only).

    Args:
        course_key_string (str):
        cohort_id (str):
        username (str):
        body (CohortUser): A user, as a member of a cohort.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CohortUser | ErrorResponse]
    """

    kwargs = _get_kwargs(
        course_key_string=course_key_string,
        cohort_id=cohort_id,
        username=username,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_key_string: str,
    cohort_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: CohortUser,
) -> CohortUser | ErrorResponse | None:
    """Add a user to a cohort

     Adds the given user(s) to the cohort `cohort_id` of the course `course_key_string`. The request
    carries a user (`username` required, `email` optional; `name` is read only).

    Args:
        course_key_string (str):
        cohort_id (str):
        username (str):
        body (CohortUser): A user, as a member of a cohort.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CohortUser | ErrorResponse
    """

    return sync_detailed(
        course_key_string=course_key_string,
        cohort_id=cohort_id,
        username=username,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    course_key_string: str,
    cohort_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: CohortUser,
) -> Response[CohortUser | ErrorResponse]:
    """Add a user to a cohort

     Adds the given user(s) to the cohort `cohort_id` of the course `course_key_string`. The request
    carries a user (`username` required, `email` optional; `name` is read only).

    Args:
        course_key_string (str):
        cohort_id (str):
        username (str):
        body (CohortUser): A user, as a member of a cohort.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CohortUser | ErrorResponse]
    """

    kwargs = _get_kwargs(
        course_key_string=course_key_string,
        cohort_id=cohort_id,
        username=username,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_key_string: str,
    cohort_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: CohortUser,
) -> CohortUser | ErrorResponse | None:
    """Add a user to a cohort

     Adds the given user(s) to the cohort `cohort_id` of the course `course_key_string`. The request
    carries a user (`username` required, `email` optional; `name` is read only).

    Args:
        course_key_string (str):
        cohort_id (str):
        username (str):
        body (CohortUser): A user, as a member of a cohort.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CohortUser | ErrorResponse
    """

    return (
        await asyncio_detailed(
            course_key_string=course_key_string,
            cohort_id=cohort_id,
            username=username,
            client=client,
            body=body,
        )
    ).parsed
