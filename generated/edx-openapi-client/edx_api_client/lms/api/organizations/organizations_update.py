from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.organization import Organization
from ...types import Response


def _get_kwargs(
    short_name: str,
    *,
    body: Organization,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/organizations/v0/organizations/{short_name}/".format(
            short_name=quote(str(short_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Organization:
    if response.status_code == 200:
        response_200 = Organization.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Organization]:
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
    short_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: Organization,
) -> Response[Organization]:
    """Create or update an organization

    Creates the organization with the short name given in the path, or updates it if it exists: PUT does
    both. `active` cannot be set through the API, because the server always takes it as true: an
    organization created here is active, and one updated here ends up active whatever it was before (a
    body that names `active` is answered 400). A missing organization is created rather than answered
    404. A `logo_url` in the body makes the server download that image as the logo. Only global staff
    users (or superusers) may call it; other signed-in users are refused with 403.

    Who may call: global staff. Anyone else gets 403. Superusers are admitted as well as staff users.

    Args:
        short_name (str):
        body (Organization): An organization that runs courses.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Organization]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        short_name=short_name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    short_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: Organization,
) -> Organization:
    """Create or update an organization

    Creates the organization with the short name given in the path, or updates it if it exists: PUT does
    both. `active` cannot be set through the API, because the server always takes it as true: an
    organization created here is active, and one updated here ends up active whatever it was before (a
    body that names `active` is answered 400). A missing organization is created rather than answered
    404. A `logo_url` in the body makes the server download that image as the logo. Only global staff
    users (or superusers) may call it; other signed-in users are refused with 403.

    Who may call: global staff. Anyone else gets 403. Superusers are admitted as well as staff users.

    Args:
        short_name (str):
        body (Organization): An organization that runs courses.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Organization
    """

    return sync_detailed(
        short_name=short_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    short_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: Organization,
) -> Response[Organization]:
    """Create or update an organization

    Creates the organization with the short name given in the path, or updates it if it exists: PUT does
    both. `active` cannot be set through the API, because the server always takes it as true: an
    organization created here is active, and one updated here ends up active whatever it was before (a
    body that names `active` is answered 400). A missing organization is created rather than answered
    404. A `logo_url` in the body makes the server download that image as the logo. Only global staff
    users (or superusers) may call it; other signed-in users are refused with 403.

    Who may call: global staff. Anyone else gets 403. Superusers are admitted as well as staff users.

    Args:
        short_name (str):
        body (Organization): An organization that runs courses.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Organization]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        short_name=short_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    short_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: Organization,
) -> Organization:
    """Create or update an organization

    Creates the organization with the short name given in the path, or updates it if it exists: PUT does
    both. `active` cannot be set through the API, because the server always takes it as true: an
    organization created here is active, and one updated here ends up active whatever it was before (a
    body that names `active` is answered 400). A missing organization is created rather than answered
    404. A `logo_url` in the body makes the server download that image as the logo. Only global staff
    users (or superusers) may call it; other signed-in users are refused with 403.

    Who may call: global staff. Anyone else gets 403. Superusers are admitted as well as staff users.

    Args:
        short_name (str):
        body (Organization): An organization that runs courses.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Organization
    """

    return (
        await asyncio_detailed(
            short_name=short_name,
            client=client,
            body=body,
        )
    ).parsed
