from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user_account import UserAccount
from ...models.user_account_merge_patch import UserAccountMergePatch
from ...types import Response


def _get_kwargs(
    username: str,
    *,
    body: UserAccountMergePatch,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/user/v1/accounts/{username}".format(
            username=quote(str(username), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/merge-patch+json"

    _kwargs["headers"] = headers
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
    body: UserAccountMergePatch,
) -> Response[UserAccount]:
    """Update a user account

    Changes fields of the account of the user named in the path. The update is a JSON merge patch, sent
    as `application/merge-patch+json`; another content type answers 415. A read-only or invalid field
    answers 400 with `field_errors`, members that are not account fields are ignored, and a new email
    address is only requested (it takes effect once confirmed by email); too many email changes answer
    429. Only the user may change the account: anyone else, global staff included, gets 403.

    Who may call: the user named by `username`. Anyone else gets 403.

    Args:
        username (str):
        body (UserAccountMergePatch): A JSON merge patch of account fields: members set the fields
            they name, null clears one. The account fields that can be set are the profile's writable
            fields, the email addresses, the account privacy (kept as a preference) and the extended
            profile. Read-only fields (username, date_joined, is_active, profile_image,
            requires_parental_consent and the like) answer 400; other members are ignored.

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
    body: UserAccountMergePatch,
) -> UserAccount:
    """Update a user account

    Changes fields of the account of the user named in the path. The update is a JSON merge patch, sent
    as `application/merge-patch+json`; another content type answers 415. A read-only or invalid field
    answers 400 with `field_errors`, members that are not account fields are ignored, and a new email
    address is only requested (it takes effect once confirmed by email); too many email changes answer
    429. Only the user may change the account: anyone else, global staff included, gets 403.

    Who may call: the user named by `username`. Anyone else gets 403.

    Args:
        username (str):
        body (UserAccountMergePatch): A JSON merge patch of account fields: members set the fields
            they name, null clears one. The account fields that can be set are the profile's writable
            fields, the email addresses, the account privacy (kept as a preference) and the extended
            profile. Read-only fields (username, date_joined, is_active, profile_image,
            requires_parental_consent and the like) answer 400; other members are ignored.

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
        body=body,
    ).parsed


async def asyncio_detailed(
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserAccountMergePatch,
) -> Response[UserAccount]:
    """Update a user account

    Changes fields of the account of the user named in the path. The update is a JSON merge patch, sent
    as `application/merge-patch+json`; another content type answers 415. A read-only or invalid field
    answers 400 with `field_errors`, members that are not account fields are ignored, and a new email
    address is only requested (it takes effect once confirmed by email); too many email changes answer
    429. Only the user may change the account: anyone else, global staff included, gets 403.

    Who may call: the user named by `username`. Anyone else gets 403.

    Args:
        username (str):
        body (UserAccountMergePatch): A JSON merge patch of account fields: members set the fields
            they name, null clears one. The account fields that can be set are the profile's writable
            fields, the email addresses, the account privacy (kept as a preference) and the extended
            profile. Read-only fields (username, date_joined, is_active, profile_image,
            requires_parental_consent and the like) answer 400; other members are ignored.

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
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserAccountMergePatch,
) -> UserAccount:
    """Update a user account

    Changes fields of the account of the user named in the path. The update is a JSON merge patch, sent
    as `application/merge-patch+json`; another content type answers 415. A read-only or invalid field
    answers 400 with `field_errors`, members that are not account fields are ignored, and a new email
    address is only requested (it takes effect once confirmed by email); too many email changes answer
    429. Only the user may change the account: anyone else, global staff included, gets 403.

    Who may call: the user named by `username`. Anyone else gets 403.

    Args:
        username (str):
        body (UserAccountMergePatch): A JSON merge patch of account fields: members set the fields
            they name, null clears one. The account fields that can be set are the profile's writable
            fields, the email addresses, the account privacy (kept as a preference) and the extended
            profile. Read-only fields (username, date_joined, is_active, profile_image,
            requires_parental_consent and the like) answer 400; other members are ignored.

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
            body=body,
        )
    ).parsed
