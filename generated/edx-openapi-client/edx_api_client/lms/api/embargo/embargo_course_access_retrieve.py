from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.embargo_course_access import EmbargoCourseAccess
from ...types import UNSET, Response


def _get_kwargs(
    *,
    course_ids: list[str],
    user: str,
    ip_address: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_course_ids = course_ids

    params["course_ids"] = json_course_ids

    params["user"] = user

    params["ip_address"] = ip_address

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/embargo/v1/course_access/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmbargoCourseAccess:
    if response.status_code == 200:
        response_200 = EmbargoCourseAccess.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmbargoCourseAccess]:
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
    *,
    client: AuthenticatedClient | Client,
    course_ids: list[str],
    user: str,
    ip_address: str,
) -> Response[EmbargoCourseAccess]:
    """Check embargo course access

    Checks whether the embargo (country restriction) rules let a user reach one or more courses when
    connecting from a given IP address: `access` is true only when every course named is reachable. All
    three parameters are required; a missing parameter, an unknown user or an invalid course key answers
    400. Only global staff may call it (403 otherwise). The LMS serves it only where its EMBARGO feature
    is enabled.

    Who may call: global staff. Anyone else gets 403.

    Args:
        course_ids (list[str]):
        user (str):
        ip_address (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EmbargoCourseAccess]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_ids=course_ids,
        user=user,
        ip_address=ip_address,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    course_ids: list[str],
    user: str,
    ip_address: str,
) -> EmbargoCourseAccess:
    """Check embargo course access

    Checks whether the embargo (country restriction) rules let a user reach one or more courses when
    connecting from a given IP address: `access` is true only when every course named is reachable. All
    three parameters are required; a missing parameter, an unknown user or an invalid course key answers
    400. Only global staff may call it (403 otherwise). The LMS serves it only where its EMBARGO feature
    is enabled.

    Who may call: global staff. Anyone else gets 403.

    Args:
        course_ids (list[str]):
        user (str):
        ip_address (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EmbargoCourseAccess
    """

    return sync_detailed(
        client=client,
        course_ids=course_ids,
        user=user,
        ip_address=ip_address,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    course_ids: list[str],
    user: str,
    ip_address: str,
) -> Response[EmbargoCourseAccess]:
    """Check embargo course access

    Checks whether the embargo (country restriction) rules let a user reach one or more courses when
    connecting from a given IP address: `access` is true only when every course named is reachable. All
    three parameters are required; a missing parameter, an unknown user or an invalid course key answers
    400. Only global staff may call it (403 otherwise). The LMS serves it only where its EMBARGO feature
    is enabled.

    Who may call: global staff. Anyone else gets 403.

    Args:
        course_ids (list[str]):
        user (str):
        ip_address (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EmbargoCourseAccess]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_ids=course_ids,
        user=user,
        ip_address=ip_address,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    course_ids: list[str],
    user: str,
    ip_address: str,
) -> EmbargoCourseAccess:
    """Check embargo course access

    Checks whether the embargo (country restriction) rules let a user reach one or more courses when
    connecting from a given IP address: `access` is true only when every course named is reachable. All
    three parameters are required; a missing parameter, an unknown user or an invalid course key answers
    400. Only global staff may call it (403 otherwise). The LMS serves it only where its EMBARGO feature
    is enabled.

    Who may call: global staff. Anyone else gets 403.

    Args:
        course_ids (list[str]):
        user (str):
        ip_address (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EmbargoCourseAccess
    """

    return (
        await asyncio_detailed(
            client=client,
            course_ids=course_ids,
            user=user,
            ip_address=ip_address,
        )
    ).parsed
