from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mobile_course_enrollment import MobileCourseEnrollment
from ...models.mobile_user_course_enrollments import MobileUserCourseEnrollments
from ...types import Response


def _get_kwargs(
    api_version: str,
    username: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mobile/{api_version}/users/{username}/course_enrollments/".format(
            api_version=quote(str(api_version), safe=""),
            username=quote(str(username), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[MobileCourseEnrollment] | MobileUserCourseEnrollments:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> list[MobileCourseEnrollment] | MobileUserCourseEnrollments:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_0 = []
                _response_200_type_0 = data
                for response_200_type_0_item_data in _response_200_type_0:
                    response_200_type_0_item = MobileCourseEnrollment.from_dict(
                        response_200_type_0_item_data
                    )

                    response_200_type_0.append(response_200_type_0_item)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(
                    f"response_200: expected dict[str, Any] | list[dict[str, Any]], got {type(data).__name__}"
                )
            response_200_type_1 = MobileUserCourseEnrollments.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[MobileCourseEnrollment] | MobileUserCourseEnrollments]:
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
    api_version: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[MobileCourseEnrollment] | MobileUserCourseEnrollments]:
    """List a user's course enrollments

    Returns the course enrollments of the signed-in user. Version v1 returns all of the user's
    enrollments, where v0.5 returns only those the user can still access (not expired); v1 also adds
    `expiration`, the date access to the course ends, or null when it does not. Only the user named in
    the path may call it (staff included: naming anyone else is refused with 403).

    Who may call: the user named by `username`. Anyone else gets 403. The username in the path must be
    the caller's; there is no staff exception.

    Args:
        api_version (str):
        username (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[MobileCourseEnrollment] | MobileUserCourseEnrollments]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        api_version=api_version,
        username=username,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    api_version: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[MobileCourseEnrollment] | MobileUserCourseEnrollments:
    """List a user's course enrollments

    Returns the course enrollments of the signed-in user. Version v1 returns all of the user's
    enrollments, where v0.5 returns only those the user can still access (not expired); v1 also adds
    `expiration`, the date access to the course ends, or null when it does not. Only the user named in
    the path may call it (staff included: naming anyone else is refused with 403).

    Who may call: the user named by `username`. Anyone else gets 403. The username in the path must be
    the caller's; there is no staff exception.

    Args:
        api_version (str):
        username (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[MobileCourseEnrollment] | MobileUserCourseEnrollments
    """

    return sync_detailed(
        api_version=api_version,
        username=username,
        client=client,
    ).parsed


async def asyncio_detailed(
    api_version: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[MobileCourseEnrollment] | MobileUserCourseEnrollments]:
    """List a user's course enrollments

    Returns the course enrollments of the signed-in user. Version v1 returns all of the user's
    enrollments, where v0.5 returns only those the user can still access (not expired); v1 also adds
    `expiration`, the date access to the course ends, or null when it does not. Only the user named in
    the path may call it (staff included: naming anyone else is refused with 403).

    Who may call: the user named by `username`. Anyone else gets 403. The username in the path must be
    the caller's; there is no staff exception.

    Args:
        api_version (str):
        username (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[MobileCourseEnrollment] | MobileUserCourseEnrollments]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        api_version=api_version,
        username=username,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    api_version: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[MobileCourseEnrollment] | MobileUserCourseEnrollments:
    """List a user's course enrollments

    Returns the course enrollments of the signed-in user. Version v1 returns all of the user's
    enrollments, where v0.5 returns only those the user can still access (not expired); v1 also adds
    `expiration`, the date access to the course ends, or null when it does not. Only the user named in
    the path may call it (staff included: naming anyone else is refused with 403).

    Who may call: the user named by `username`. Anyone else gets 403. The username in the path must be
    the caller's; there is no staff exception.

    Args:
        api_version (str):
        username (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[MobileCourseEnrollment] | MobileUserCourseEnrollments
    """

    return (
        await asyncio_detailed(
            api_version=api_version,
            username=username,
            client=client,
        )
    ).parsed
