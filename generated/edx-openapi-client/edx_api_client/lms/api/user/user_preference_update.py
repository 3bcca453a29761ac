from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    username: str,
    preference_key: str,
    *,
    body: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/user/v1/preferences/{username}/{preference_key}".format(
            username=quote(str(username), safe=""),
            preference_key=quote(str(preference_key), safe=""),
        ),
    }

    _kwargs["json"] = body

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
    username: str,
    preference_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: str,
) -> Response[Any]:
    """Set one preference of a user

    Sets the preference named in the path for the user named in the path; the body is the new value
    itself, a JSON string. An invalid value answers 400; success answers 204. Only the user may change
    their preferences: anyone else, global staff included, gets 403.

    Who may call: the user named by `username`. Anyone else gets 403. Global staff pass the permission
    class but the preferences API refuses them (403).

    Args:
        username (str):
        preference_key (str):
        body (str): The value of one preference, as a JSON string; not blank.

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
        preference_key=preference_key,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    username: str,
    preference_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: str,
) -> Any:
    """Set one preference of a user

    Sets the preference named in the path for the user named in the path; the body is the new value
    itself, a JSON string. An invalid value answers 400; success answers 204. Only the user may change
    their preferences: anyone else, global staff included, gets 403.

    Who may call: the user named by `username`. Anyone else gets 403. Global staff pass the permission
    class but the preferences API refuses them (403).

    Args:
        username (str):
        preference_key (str):
        body (str): The value of one preference, as a JSON string; not blank.

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
        preference_key=preference_key,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    username: str,
    preference_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: str,
) -> Response[Any]:
    """Set one preference of a user

    Sets the preference named in the path for the user named in the path; the body is the new value
    itself, a JSON string. An invalid value answers 400; success answers 204. Only the user may change
    their preferences: anyone else, global staff included, gets 403.

    Who may call: the user named by `username`. Anyone else gets 403. Global staff pass the permission
    class but the preferences API refuses them (403).

    Args:
        username (str):
        preference_key (str):
        body (str): The value of one preference, as a JSON string; not blank.

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
        preference_key=preference_key,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    username: str,
    preference_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: str,
) -> Any:
    """Set one preference of a user

    Sets the preference named in the path for the user named in the path; the body is the new value
    itself, a JSON string. An invalid value answers 400; success answers 204. Only the user may change
    their preferences: anyone else, global staff included, gets 403.

    Who may call: the user named by `username`. Anyone else gets 403. Global staff pass the permission
    class but the preferences API refuses them (403).

    Args:
        username (str):
        preference_key (str):
        body (str): The value of one preference, as a JSON string; not blank.

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
            preference_key=preference_key,
            client=client,
            body=body,
        )
    ).parsed
