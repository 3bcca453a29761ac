from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user_account import UserAccount
from ...types import Response


def _get_kwargs(
    username: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/v1/accounts/{username}/deactivate/".format(
            username=quote(str(username), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UserAccount:
    if response.status_code == 200:
        response_200 = UserAccount.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UserAccount]:
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
) -> Response[UserAccount]:
    """Deactivate a user account

    Deactivates the account of the user named in the path by marking it as having no usable password. It
    reads no request body and answers the user's account as the caller reads it. Only superusers and
    users granted the permission to deactivate users may call it.

    Who may call: global staff. Anyone else gets 403. Admitted: superusers and users granted
    student.can_deactivate_users; is_staff alone does not admit a caller.

    Args:
        username (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[UserAccount]: the status, headers, raw body and parsed body.
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
) -> UserAccount:
    """Deactivate a user account

    Deactivates the account of the user named in the path by marking it as having no usable password. It
    reads no request body and answers the user's account as the caller reads it. Only superusers and
    users granted the permission to deactivate users may call it.

    Who may call: global staff. Anyone else gets 403. Admitted: superusers and users granted
    student.can_deactivate_users; is_staff alone does not admit a caller.

    Args:
        username (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        UserAccount
    """

    return sync_detailed(
        username=username,
        client=client,
    ).parsed


async def asyncio_detailed(
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[UserAccount]:
    """Deactivate a user account

    Deactivates the account of the user named in the path by marking it as having no usable password. It
    reads no request body and answers the user's account as the caller reads it. Only superusers and
    users granted the permission to deactivate users may call it.

    Who may call: global staff. Anyone else gets 403. Admitted: superusers and users granted
    student.can_deactivate_users; is_staff alone does not admit a caller.

    Args:
        username (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[UserAccount]: the status, headers, raw body and parsed body.
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
) -> UserAccount:
    """Deactivate a user account

    Deactivates the account of the user named in the path by marking it as having no usable password. It
    reads no request body and answers the user's account as the caller reads it. Only superusers and
    users granted the permission to deactivate users may call it.

    Who may call: global staff. Anyone else gets 403. Admitted: superusers and users granted
    student.can_deactivate_users; is_staff alone does not admit a caller.

    Args:
        username (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        UserAccount
    """

    return (
        await asyncio_detailed(
            username=username,
            client=client,
        )
    ).parsed
