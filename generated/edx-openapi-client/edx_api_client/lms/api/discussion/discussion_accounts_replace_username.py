from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.discussion_replace_usernames_request import (
    DiscussionReplaceUsernamesRequest,
)
from ...models.discussion_replace_usernames_response import (
    DiscussionReplaceUsernamesResponse,
)
from ...types import Response


def _get_kwargs(
    *,
    body: DiscussionReplaceUsernamesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/discussion/v1/accounts/replace_username",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DiscussionReplaceUsernamesResponse:
    if response.status_code == 200:
        response_200 = DiscussionReplaceUsernamesResponse.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DiscussionReplaceUsernamesResponse]:
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
    body: DiscussionReplaceUsernamesRequest,
) -> Response[DiscussionReplaceUsernamesResponse]:
    """Replace usernames in the forums

    The forum side of the username replacement process: takes `username_mappings`, a list of objects
    each mapping one current username to the new one, renames the users in the forum service and answers
    200 with which replacements succeeded and which failed; a body that is not such a list answers 400.
    Only the username replacement service worker may call it (403 for anyone else).

    Who may call: the service worker of another edX service. Anyone else gets 403. The check compares
    the caller's username with the configured username replacement worker; no other user, staff or
    superuser, passes.

    Args:
        body (DiscussionReplaceUsernamesRequest): The usernames to replace in the forums.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[DiscussionReplaceUsernamesResponse]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DiscussionReplaceUsernamesRequest,
) -> DiscussionReplaceUsernamesResponse:
    """Replace usernames in the forums

    The forum side of the username replacement process: takes `username_mappings`, a list of objects
    each mapping one current username to the new one, renames the users in the forum service and answers
    200 with which replacements succeeded and which failed; a body that is not such a list answers 400.
    Only the username replacement service worker may call it (403 for anyone else).

    Who may call: the service worker of another edX service. Anyone else gets 403. The check compares
    the caller's username with the configured username replacement worker; no other user, staff or
    superuser, passes.

    Args:
        body (DiscussionReplaceUsernamesRequest): The usernames to replace in the forums.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        DiscussionReplaceUsernamesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DiscussionReplaceUsernamesRequest,
) -> Response[DiscussionReplaceUsernamesResponse]:
    """Replace usernames in the forums

    The forum side of the username replacement process: takes `username_mappings`, a list of objects
    each mapping one current username to the new one, renames the users in the forum service and answers
    200 with which replacements succeeded and which failed; a body that is not such a list answers 400.
    Only the username replacement service worker may call it (403 for anyone else).

    Who may call: the service worker of another edX service. Anyone else gets 403. The check compares
    the caller's username with the configured username replacement worker; no other user, staff or
    superuser, passes.

    Args:
        body (DiscussionReplaceUsernamesRequest): The usernames to replace in the forums.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[DiscussionReplaceUsernamesResponse]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DiscussionReplaceUsernamesRequest,
) -> DiscussionReplaceUsernamesResponse:
    """Replace usernames in the forums

    The forum side of the username replacement process: takes `username_mappings`, a list of objects
    each mapping one current username to the new one, renames the users in the forum service and answers
    200 with which replacements succeeded and which failed; a body that is not such a list answers 400.
    Only the username replacement service worker may call it (403 for anyone else).

    Who may call: the service worker of another edX service. Anyone else gets 403. The check compares
    the caller's username with the configured username replacement worker; no other user, staff or
    superuser, passes.

    Args:
        body (DiscussionReplaceUsernamesRequest): The usernames to replace in the forums.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        DiscussionReplaceUsernamesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
