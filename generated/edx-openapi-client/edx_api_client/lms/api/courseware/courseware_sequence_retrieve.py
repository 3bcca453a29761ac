from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.courseware_sequence_metadata import CoursewareSequenceMetadata
from ...types import Response


def _get_kwargs(
    usage_key_string: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/courseware/sequence/{usage_key_string}".format(
            usage_key_string=quote(str(usage_key_string), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CoursewareSequenceMetadata:
    if response.status_code == 200:
        response_200 = CoursewareSequenceMetadata.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CoursewareSequenceMetadata]:
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
    usage_key_string: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CoursewareSequenceMetadata]:
    """Get a sequence

    Returns the metadata of the sequence (subsection) block named by its usage key: its units and their
    state, as the learning pages show them. No sign-in is needed; an anonymous caller gets the public
    view. Course and global staff may preview draft content and masquerade. A malformed usage key, or a
    block the caller may not load, answers 404; a block that is not a sequence answers 422.

    Who may call: anyone, signed in or not. The view sets authentication classes but no permission
    class; the block loader answers 404 for a block the effective user may not load. Staff access in the
    block's course (course or global staff) only adds draft preview and masquerading.

    Args:
        usage_key_string (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CoursewareSequenceMetadata]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        usage_key_string=usage_key_string,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    usage_key_string: str,
    *,
    client: AuthenticatedClient | Client,
) -> CoursewareSequenceMetadata:
    """Get a sequence

    Returns the metadata of the sequence (subsection) block named by its usage key: its units and their
    state, as the learning pages show them. No sign-in is needed; an anonymous caller gets the public
    view. Course and global staff may preview draft content and masquerade. A malformed usage key, or a
    block the caller may not load, answers 404; a block that is not a sequence answers 422.

    Who may call: anyone, signed in or not. The view sets authentication classes but no permission
    class; the block loader answers 404 for a block the effective user may not load. Staff access in the
    block's course (course or global staff) only adds draft preview and masquerading.

    Args:
        usage_key_string (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CoursewareSequenceMetadata
    """

    return sync_detailed(
        usage_key_string=usage_key_string,
        client=client,
    ).parsed


async def asyncio_detailed(
    usage_key_string: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CoursewareSequenceMetadata]:
    """Get a sequence

    Returns the metadata of the sequence (subsection) block named by its usage key: its units and their
    state, as the learning pages show them. No sign-in is needed; an anonymous caller gets the public
    view. Course and global staff may preview draft content and masquerade. A malformed usage key, or a
    block the caller may not load, answers 404; a block that is not a sequence answers 422.

    Who may call: anyone, signed in or not. The view sets authentication classes but no permission
    class; the block loader answers 404 for a block the effective user may not load. Staff access in the
    block's course (course or global staff) only adds draft preview and masquerading.

    Args:
        usage_key_string (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CoursewareSequenceMetadata]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        usage_key_string=usage_key_string,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    usage_key_string: str,
    *,
    client: AuthenticatedClient | Client,
) -> CoursewareSequenceMetadata:
    """Get a sequence

    Returns the metadata of the sequence (subsection) block named by its usage key: its units and their
    state, as the learning pages show them. No sign-in is needed; an anonymous caller gets the public
    view. Course and global staff may preview draft content and masquerade. A malformed usage key, or a
    block the caller may not load, answers 404; a block that is not a sequence answers 422.

    Who may call: anyone, signed in or not. The view sets authentication classes but no permission
    class; the block loader answers 404 for a block the effective user may not load. Staff access in the
    block's course (course or global staff) only adds draft preview and masquerading.

    Args:
        usage_key_string (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CoursewareSequenceMetadata
    """

    return (
        await asyncio_detailed(
            usage_key_string=usage_key_string,
            client=client,
        )
    ).parsed
