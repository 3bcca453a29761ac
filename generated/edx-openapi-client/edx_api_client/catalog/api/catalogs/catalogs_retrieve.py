from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.catalog import Catalog
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/catalog/v1/catalogs/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Catalog:
    if response.status_code == 200:
        response_200 = Catalog.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Catalog]:
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
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Catalog]:
    """Retrieve a course catalog

    Returns one course catalog, identified by its integer identifier: its name, its content query, its
    number of courses and the users with explicit view access. Only global staff and the catalog's
    viewers may read it; any other caller is refused 403. Answers 404 for an unknown id.

    Who may call: any signed-in user. Anyone else gets 403. Only global staff (and Django superusers)
    and the users granted view access to this catalog, its viewers, may read it; any other signed-in
    caller is refused 403. The grant is a per-catalog object permission, so the list says the rule every
    admitted caller meets, signing in. An unknown id is answered 404.

    Args:
        id (int):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Catalog]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Catalog:
    """Retrieve a course catalog

    Returns one course catalog, identified by its integer identifier: its name, its content query, its
    number of courses and the users with explicit view access. Only global staff and the catalog's
    viewers may read it; any other caller is refused 403. Answers 404 for an unknown id.

    Who may call: any signed-in user. Anyone else gets 403. Only global staff (and Django superusers)
    and the users granted view access to this catalog, its viewers, may read it; any other signed-in
    caller is refused 403. The grant is a per-catalog object permission, so the list says the rule every
    admitted caller meets, signing in. An unknown id is answered 404.

    Args:
        id (int):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Catalog
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Catalog]:
    """Retrieve a course catalog

    Returns one course catalog, identified by its integer identifier: its name, its content query, its
    number of courses and the users with explicit view access. Only global staff and the catalog's
    viewers may read it; any other caller is refused 403. Answers 404 for an unknown id.

    Who may call: any signed-in user. Anyone else gets 403. Only global staff (and Django superusers)
    and the users granted view access to this catalog, its viewers, may read it; any other signed-in
    caller is refused 403. The grant is a per-catalog object permission, so the list says the rule every
    admitted caller meets, signing in. An unknown id is answered 404.

    Args:
        id (int):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Catalog]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Catalog:
    """Retrieve a course catalog

    Returns one course catalog, identified by its integer identifier: its name, its content query, its
    number of courses and the users with explicit view access. Only global staff and the catalog's
    viewers may read it; any other caller is refused 403. Answers 404 for an unknown id.

    Who may call: any signed-in user. Anyone else gets 403. Only global staff (and Django superusers)
    and the users granted view access to this catalog, its viewers, may read it; any other signed-in
    caller is refused 403. The grant is a per-catalog object permission, so the list says the rule every
    admitted caller meets, signing in. An unknown id is answered 404.

    Args:
        id (int):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Catalog
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
