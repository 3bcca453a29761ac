from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.course import Course
from ...types import Response


def _get_kwargs(
    catalog_id: str,
    course_key: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/enterprise/v2/enterprise-catalogs/{catalog_id}/courses/{course_key}".format(
            catalog_id=quote(str(catalog_id), safe=""),
            course_key=quote(str(course_key), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Course:
    if response.status_code == 200:
        response_200 = Course.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Course]:
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
    catalog_id: str,
    course_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Course]:
    """Retrieve a course of an enterprise catalog

    Returns one course of a catalog, with its course runs. The course key is the `key` of a course item
    listed by the catalog. Only administrators of the enterprise that owns the catalog, and enterprise
    operators, may call it; anyone else is refused 403. A course the catalog does not hold is answered
    404. The service answers JSON or XML; this description covers the JSON form.

    Who may call: an administrator of the enterprise of `catalog_id`, or the service worker of another
    edX service. Anyone else gets 403. Checked against the enterprise that owns the catalog named by
    catalog_id (the parameter names a catalog, not an enterprise): the caller needs the catalog_admin
    role there, which enterprise admins hold for their own enterprise and enterprise operators for every
    one. Learners, and global staff without the role, are refused 403. A caller who is not staff must
    also be a user linked to that enterprise, else the catalog is answered 404, as is a course the
    catalog does not hold.

    Args:
        catalog_id (str):
        course_key (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Course]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        catalog_id=catalog_id,
        course_key=course_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    catalog_id: str,
    course_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Course:
    """Retrieve a course of an enterprise catalog

    Returns one course of a catalog, with its course runs. The course key is the `key` of a course item
    listed by the catalog. Only administrators of the enterprise that owns the catalog, and enterprise
    operators, may call it; anyone else is refused 403. A course the catalog does not hold is answered
    404. The service answers JSON or XML; this description covers the JSON form.

    Who may call: an administrator of the enterprise of `catalog_id`, or the service worker of another
    edX service. Anyone else gets 403. Checked against the enterprise that owns the catalog named by
    catalog_id (the parameter names a catalog, not an enterprise): the caller needs the catalog_admin
    role there, which enterprise admins hold for their own enterprise and enterprise operators for every
    one. Learners, and global staff without the role, are refused 403. A caller who is not staff must
    also be a user linked to that enterprise, else the catalog is answered 404, as is a course the
    catalog does not hold.

    Args:
        catalog_id (str):
        course_key (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Course
    """

    return sync_detailed(
        catalog_id=catalog_id,
        course_key=course_key,
        client=client,
    ).parsed


async def asyncio_detailed(
    catalog_id: str,
    course_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Course]:
    """Retrieve a course of an enterprise catalog

    Returns one course of a catalog, with its course runs. The course key is the `key` of a course item
    listed by the catalog. Only administrators of the enterprise that owns the catalog, and enterprise
    operators, may call it; anyone else is refused 403. A course the catalog does not hold is answered
    404. The service answers JSON or XML; this description covers the JSON form.

    Who may call: an administrator of the enterprise of `catalog_id`, or the service worker of another
    edX service. Anyone else gets 403. Checked against the enterprise that owns the catalog named by
    catalog_id (the parameter names a catalog, not an enterprise): the caller needs the catalog_admin
    role there, which enterprise admins hold for their own enterprise and enterprise operators for every
    one. Learners, and global staff without the role, are refused 403. A caller who is not staff must
    also be a user linked to that enterprise, else the catalog is answered 404, as is a course the
    catalog does not hold.

    Args:
        catalog_id (str):
        course_key (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Course]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        catalog_id=catalog_id,
        course_key=course_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    catalog_id: str,
    course_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Course:
    """Retrieve a course of an enterprise catalog

    Returns one course of a catalog, with its course runs. The course key is the `key` of a course item
    listed by the catalog. Only administrators of the enterprise that owns the catalog, and enterprise
    operators, may call it; anyone else is refused 403. A course the catalog does not hold is answered
    404. The service answers JSON or XML; this description covers the JSON form.

    Who may call: an administrator of the enterprise of `catalog_id`, or the service worker of another
    edX service. Anyone else gets 403. Checked against the enterprise that owns the catalog named by
    catalog_id (the parameter names a catalog, not an enterprise): the caller needs the catalog_admin
    role there, which enterprise admins hold for their own enterprise and enterprise operators for every
    one. Learners, and global staff without the role, are refused 403. A caller who is not staff must
    also be a user linked to that enterprise, else the catalog is answered 404, as is a course the
    catalog does not hold.

    Args:
        catalog_id (str):
        course_key (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Course
    """

    return (
        await asyncio_detailed(
            catalog_id=catalog_id,
            course_key=course_key,
            client=client,
        )
    ).parsed
