from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user_account_login_session_retrieve_api_version import (
    UserAccountLoginSessionRetrieveApiVersion,
)
from ...models.user_form_description import UserFormDescription
from ...types import Response


def _get_kwargs(
    api_version: UserAccountLoginSessionRetrieveApiVersion,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/{api_version}/account/login_session/".format(
            api_version=quote(str(api_version), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UserFormDescription:
    if response.status_code == 200:
        response_200 = UserFormDescription.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UserFormDescription]:
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
    api_version: UserAccountLoginSessionRetrieveApiVersion,
    *,
    client: AuthenticatedClient | Client,
) -> Response[UserFormDescription]:
    """Get the login endpoint

    Returns the description of the login form. No sign-in is needed.

    Who may call: anyone, signed in or not.

    Args:
        api_version (UserAccountLoginSessionRetrieveApiVersion):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[UserFormDescription]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        api_version=api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    api_version: UserAccountLoginSessionRetrieveApiVersion,
    *,
    client: AuthenticatedClient | Client,
) -> UserFormDescription:
    """Get the login endpoint

    Returns the description of the login form. No sign-in is needed.

    Who may call: anyone, signed in or not.

    Args:
        api_version (UserAccountLoginSessionRetrieveApiVersion):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        UserFormDescription
    """

    return sync_detailed(
        api_version=api_version,
        client=client,
    ).parsed


async def asyncio_detailed(
    api_version: UserAccountLoginSessionRetrieveApiVersion,
    *,
    client: AuthenticatedClient | Client,
) -> Response[UserFormDescription]:
    """Get the login endpoint

    Returns the description of the login form. No sign-in is needed.

    Who may call: anyone, signed in or not.

    Args:
        api_version (UserAccountLoginSessionRetrieveApiVersion):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[UserFormDescription]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    api_version: UserAccountLoginSessionRetrieveApiVersion,
    *,
    client: AuthenticatedClient | Client,
) -> UserFormDescription:
    """Get the login endpoint

    Returns the description of the login form. No sign-in is needed.

    Who may call: anyone, signed in or not.

    Args:
        api_version (UserAccountLoginSessionRetrieveApiVersion):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        UserFormDescription
    """

    return (
        await asyncio_detailed(
            api_version=api_version,
            client=client,
        )
    ).parsed
