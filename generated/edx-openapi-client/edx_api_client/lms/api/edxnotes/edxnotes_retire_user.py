from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edxnotes_retire_user_request import EdxnotesRetireUserRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: EdxnotesRetireUserRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/edxnotes/v1/retire_user/",
    }

    if isinstance(body, EdxnotesRetireUserRequest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any:
    if response.status_code == 204:
        return errors.decoded_body(response)
    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
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
    body: EdxnotesRetireUserRequest | Unset = UNSET,
) -> Response[Any]:
    """Retire a user's notes

    The notes side of the user retirement process: takes the user's original `username`, finds that
    user's queued retirement and has the notes service delete every note the user made, answering 204
    with no body. Only the retirement service worker (or a superuser) may call it; anyone else gets 403.
    Answers 404 with no body when no retirement is queued for the username, and 405 with the error text
    when the retirement is in a state that can no longer be acted on.

    Who may call: the service worker of another edX service. Anyone else gets 403. The check is the
    Django permission accounts.can_retire_user, which the retirement service worker holds and every
    superuser has; global staff without it are refused.

    Args:
        body (EdxnotesRetireUserRequest): The user whose notes are retired.
        body (EdxnotesRetireUserRequest): The user whose notes are retired.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
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
    body: EdxnotesRetireUserRequest | Unset = UNSET,
) -> Any:
    """Retire a user's notes

    The notes side of the user retirement process: takes the user's original `username`, finds that
    user's queued retirement and has the notes service delete every note the user made, answering 204
    with no body. Only the retirement service worker (or a superuser) may call it; anyone else gets 403.
    Answers 404 with no body when no retirement is queued for the username, and 405 with the error text
    when the retirement is in a state that can no longer be acted on.

    Who may call: the service worker of another edX service. Anyone else gets 403. The check is the
    Django permission accounts.can_retire_user, which the retirement service worker holds and every
    superuser has; global staff without it are refused.

    Args:
        body (EdxnotesRetireUserRequest): The user whose notes are retired.
        body (EdxnotesRetireUserRequest): The user whose notes are retired.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Any
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EdxnotesRetireUserRequest | Unset = UNSET,
) -> Response[Any]:
    """Retire a user's notes

    The notes side of the user retirement process: takes the user's original `username`, finds that
    user's queued retirement and has the notes service delete every note the user made, answering 204
    with no body. Only the retirement service worker (or a superuser) may call it; anyone else gets 403.
    Answers 404 with no body when no retirement is queued for the username, and 405 with the error text
    when the retirement is in a state that can no longer be acted on.

    Who may call: the service worker of another edX service. Anyone else gets 403. The check is the
    Django permission accounts.can_retire_user, which the retirement service worker holds and every
    superuser has; global staff without it are refused.

    Args:
        body (EdxnotesRetireUserRequest): The user whose notes are retired.
        body (EdxnotesRetireUserRequest): The user whose notes are retired.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EdxnotesRetireUserRequest | Unset = UNSET,
) -> Any:
    """Retire a user's notes

    The notes side of the user retirement process: takes the user's original `username`, finds that
    user's queued retirement and has the notes service delete every note the user made, answering 204
    with no body. Only the retirement service worker (or a superuser) may call it; anyone else gets 403.
    Answers 404 with no body when no retirement is queued for the username, and 405 with the error text
    when the retirement is in a state that can no longer be acted on.

    Who may call: the service worker of another edX service. Anyone else gets 403. The check is the
    Django permission accounts.can_retire_user, which the retirement service worker holds and every
    superuser has; global staff without it are refused.

    Args:
        body (EdxnotesRetireUserRequest): The user whose notes are retired.
        body (EdxnotesRetireUserRequest): The user whose notes are retired.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
