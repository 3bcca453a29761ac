from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user_preferences_merge_patch import UserPreferencesMergePatch
from ...types import Response


def _get_kwargs(
    username: str,
    *,
    body: UserPreferencesMergePatch,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/user/v1/preferences/{username}".format(
            username=quote(str(username), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/merge-patch+json"

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
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserPreferencesMergePatch,
) -> Response[Any]:
    """Update a user's preferences

    Changes preferences of the user named in the path. The body is a JSON merge patch
    (`application/merge-patch+json`) of preference keys: a string sets a preference, null removes it. An
    empty body answers 400, an invalid key or value 400 with `field_errors`. Only the user may change
    their preferences: anyone else, global staff included, gets 403; the answer to success is 204.

    Who may call: the user named by `username`. Anyone else gets 403. Global staff pass the permission
    class but the preferences API refuses them (403).

    Args:
        username (str):
        body (UserPreferencesMergePatch): A JSON merge patch of preferences: a string sets the
            preference of that key, null removes it. At least one member is needed.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        username=username,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserPreferencesMergePatch,
) -> Any:
    """Update a user's preferences

    Changes preferences of the user named in the path. The body is a JSON merge patch
    (`application/merge-patch+json`) of preference keys: a string sets a preference, null removes it. An
    empty body answers 400, an invalid key or value 400 with `field_errors`. Only the user may change
    their preferences: anyone else, global staff included, gets 403; the answer to success is 204.

    Who may call: the user named by `username`. Anyone else gets 403. Global staff pass the permission
    class but the preferences API refuses them (403).

    Args:
        username (str):
        body (UserPreferencesMergePatch): A JSON merge patch of preferences: a string sets the
            preference of that key, null removes it. At least one member is needed.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Any
    """

    return sync_detailed(
        username=username,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserPreferencesMergePatch,
) -> Response[Any]:
    """Update a user's preferences

    Changes preferences of the user named in the path. The body is a JSON merge patch
    (`application/merge-patch+json`) of preference keys: a string sets a preference, null removes it. An
    empty body answers 400, an invalid key or value 400 with `field_errors`. Only the user may change
    their preferences: anyone else, global staff included, gets 403; the answer to success is 204.

    Who may call: the user named by `username`. Anyone else gets 403. Global staff pass the permission
    class but the preferences API refuses them (403).

    Args:
        username (str):
        body (UserPreferencesMergePatch): A JSON merge patch of preferences: a string sets the
            preference of that key, null removes it. At least one member is needed.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        username=username,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserPreferencesMergePatch,
) -> Any:
    """Update a user's preferences

    Changes preferences of the user named in the path. The body is a JSON merge patch
    (`application/merge-patch+json`) of preference keys: a string sets a preference, null removes it. An
    empty body answers 400, an invalid key or value 400 with `field_errors`. Only the user may change
    their preferences: anyone else, global staff included, gets 403; the answer to success is 204.

    Who may call: the user named by `username`. Anyone else gets 403. Global staff pass the permission
    class but the preferences API refuses them (403).

    Args:
        username (str):
        body (UserPreferencesMergePatch): A JSON merge patch of preferences: a string sets the
            preference of that key, null removes it. At least one member is needed.

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
            username=username,
            client=client,
            body=body,
        )
    ).parsed
