from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.embargo_course_access import EmbargoCourseAccess
from ...models.error_response import ErrorResponse
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
) -> EmbargoCourseAccess | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EmbargoCourseAccess.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.api_error(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmbargoCourseAccess | ErrorResponse]:
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
) -> Response[EmbargoCourseAccess | ErrorResponse]:
    """Check embargo course access

     Reports on course access under the embargo (country restriction) rules. The doc's section holds
    nothing but the request line `GET /api/embargo/v1/course_access/`: it documents no parameter and no
    response body. In the platform's source it is a check for staff: given a user, the IP address they
    connect from and one or more course keys, it answers whether the embargo rules let that user reach
    every one of the courses. All three parameters must be given (else 400). The LMS serves it only
    where the EMBARGO feature is enabled.

    Args:
        course_ids (list[str]):
        user (str):
        ip_address (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmbargoCourseAccess | ErrorResponse]
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
) -> EmbargoCourseAccess | ErrorResponse | None:
    """Check embargo course access

     Reports on course access under the embargo (country restriction) rules. The doc's section holds
    nothing but the request line `GET /api/embargo/v1/course_access/`: it documents no parameter and no
    response body. In the platform's source it is a check for staff: given a user, the IP address they
    connect from and one or more course keys, it answers whether the embargo rules let that user reach
    every one of the courses. All three parameters must be given (else 400). The LMS serves it only
    where the EMBARGO feature is enabled.

    Args:
        course_ids (list[str]):
        user (str):
        ip_address (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmbargoCourseAccess | ErrorResponse
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
) -> Response[EmbargoCourseAccess | ErrorResponse]:
    """Check embargo course access

     Reports on course access under the embargo (country restriction) rules. The doc's section holds
    nothing but the request line `GET /api/embargo/v1/course_access/`: it documents no parameter and no
    response body. In the platform's source it is a check for staff: given a user, the IP address they
    connect from and one or more course keys, it answers whether the embargo rules let that user reach
    every one of the courses. All three parameters must be given (else 400). The LMS serves it only
    where the EMBARGO feature is enabled.

    Args:
        course_ids (list[str]):
        user (str):
        ip_address (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmbargoCourseAccess | ErrorResponse]
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
) -> EmbargoCourseAccess | ErrorResponse | None:
    """Check embargo course access

     Reports on course access under the embargo (country restriction) rules. The doc's section holds
    nothing but the request line `GET /api/embargo/v1/course_access/`: it documents no parameter and no
    response body. In the platform's source it is a check for staff: given a user, the IP address they
    connect from and one or more course keys, it answers whether the embargo rules let that user reach
    every one of the courses. All three parameters must be given (else 400). The LMS serves it only
    where the EMBARGO feature is enabled.

    Args:
        course_ids (list[str]):
        user (str):
        ip_address (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmbargoCourseAccess | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            course_ids=course_ids,
            user=user,
            ip_address=ip_address,
        )
    ).parsed
