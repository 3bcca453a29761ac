from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.certificate import Certificate
from ...types import Response


def _get_kwargs(
    username: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/certificates/v0/certificates/{username}/".format(
            username=quote(str(username), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[Certificate]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Certificate.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[Certificate]]:
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
) -> Response[list[Certificate]]:
    """List a user's certificates

    Returns the viewable course certificates of the user named in the path, as a list of certificate
    objects; `certificate_type` is one of `honor`, `verified` or `professional`. Needs a signed-in
    caller: the learner themselves, global staff, or anyone when the learner's profile shares course
    certificates publicly (others get 403).

    Who may call: any signed-in user. Anyone else gets 403. The user named by `username`, global staff
    and service workers may always read the list; any other signed-in user only when the learner's
    profile shares course certificates publicly (403 otherwise). A restricted OAuth application needs
    the `certificates:read` scope and a JWT filter naming the user.

    Args:
        username (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[Certificate]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        username=username,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[Certificate]:
    """List a user's certificates

    Returns the viewable course certificates of the user named in the path, as a list of certificate
    objects; `certificate_type` is one of `honor`, `verified` or `professional`. Needs a signed-in
    caller: the learner themselves, global staff, or anyone when the learner's profile shares course
    certificates publicly (others get 403).

    Who may call: any signed-in user. Anyone else gets 403. The user named by `username`, global staff
    and service workers may always read the list; any other signed-in user only when the learner's
    profile shares course certificates publicly (403 otherwise). A restricted OAuth application needs
    the `certificates:read` scope and a JWT filter naming the user.

    Args:
        username (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[Certificate]
    """

    return sync_detailed(
        username=username,
        client=client,
    ).parsed


async def asyncio_detailed(
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[Certificate]]:
    """List a user's certificates

    Returns the viewable course certificates of the user named in the path, as a list of certificate
    objects; `certificate_type` is one of `honor`, `verified` or `professional`. Needs a signed-in
    caller: the learner themselves, global staff, or anyone when the learner's profile shares course
    certificates publicly (others get 403).

    Who may call: any signed-in user. Anyone else gets 403. The user named by `username`, global staff
    and service workers may always read the list; any other signed-in user only when the learner's
    profile shares course certificates publicly (403 otherwise). A restricted OAuth application needs
    the `certificates:read` scope and a JWT filter naming the user.

    Args:
        username (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[Certificate]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        username=username,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[Certificate]:
    """List a user's certificates

    Returns the viewable course certificates of the user named in the path, as a list of certificate
    objects; `certificate_type` is one of `honor`, `verified` or `professional`. Needs a signed-in
    caller: the learner themselves, global staff, or anyone when the learner's profile shares course
    certificates publicly (others get 403).

    Who may call: any signed-in user. Anyone else gets 403. The user named by `username`, global staff
    and service workers may always read the list; any other signed-in user only when the learner's
    profile shares course certificates publicly (403 otherwise). A restricted OAuth application needs
    the `certificates:read` scope and a JWT filter naming the user.

    Args:
        username (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[Certificate]
    """

    return (
        await asyncio_detailed(
            username=username,
            client=client,
        )
    ).parsed
