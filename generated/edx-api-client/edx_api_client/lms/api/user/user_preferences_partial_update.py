from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
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
) -> Any | ErrorResponse | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ErrorResponse]:
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
) -> Response[Any | ErrorResponse]:
    """Update a user's preferences

     Changes preferences of the user named in the path. The doc gives only the request line: the body is
    not described. In the platform's source the body is a JSON merge patch (`application/merge-
    patch+json`) of preference keys: a string sets a preference, null removes it; an empty body answers
    400, an invalid key or value 400 with `field_errors`, and only the user may change their preferences
    (403 for anyone else).

    Args:
        username (str):
        body (UserPreferencesMergePatch): A JSON merge patch of preferences: a string sets the
            preference of that key, null removes it. At least one member is needed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
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
) -> Any | ErrorResponse | None:
    """Update a user's preferences

     Changes preferences of the user named in the path. The doc gives only the request line: the body is
    not described. In the platform's source the body is a JSON merge patch (`application/merge-
    patch+json`) of preference keys: a string sets a preference, null removes it; an empty body answers
    400, an invalid key or value 400 with `field_errors`, and only the user may change their preferences
    (403 for anyone else).

    Args:
        username (str):
        body (UserPreferencesMergePatch): A JSON merge patch of preferences: a string sets the
            preference of that key, null removes it. At least one member is needed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
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
) -> Response[Any | ErrorResponse]:
    """Update a user's preferences

     Changes preferences of the user named in the path. The doc gives only the request line: the body is
    not described. In the platform's source the body is a JSON merge patch (`application/merge-
    patch+json`) of preference keys: a string sets a preference, null removes it; an empty body answers
    400, an invalid key or value 400 with `field_errors`, and only the user may change their preferences
    (403 for anyone else).

    Args:
        username (str):
        body (UserPreferencesMergePatch): A JSON merge patch of preferences: a string sets the
            preference of that key, null removes it. At least one member is needed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
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
) -> Any | ErrorResponse | None:
    """Update a user's preferences

     Changes preferences of the user named in the path. The doc gives only the request line: the body is
    not described. In the platform's source the body is a JSON merge patch (`application/merge-
    patch+json`) of preference keys: a string sets a preference, null removes it; an empty body answers
    400, an invalid key or value 400 with `field_errors`, and only the user may change their preferences
    (403 for anyone else).

    Args:
        username (str):
        body (UserPreferencesMergePatch): A JSON merge patch of preferences: a string sets the
            preference of that key, null removes it. At least one member is needed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            username=username,
            client=client,
            body=body,
        )
    ).parsed
