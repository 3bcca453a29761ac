from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paginated_third_party_auth_user_mapping_list import (
    PaginatedThirdPartyAuthUserMappingList,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    provider_id: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    username: list[str] | Unset = UNSET,
    remote_id: list[str] | Unset = UNSET,
    remote_id_field_name: str | Unset = UNSET,
    usernames: str | Unset = UNSET,
    remote_ids: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    json_username: list[str] | Unset = UNSET
    if not isinstance(username, Unset):
        json_username = username

    params["username"] = json_username

    json_remote_id: list[str] | Unset = UNSET
    if not isinstance(remote_id, Unset):
        json_remote_id = remote_id

    params["remote_id"] = json_remote_id

    params["remote_id_field_name"] = remote_id_field_name

    params["usernames"] = usernames

    params["remote_ids"] = remote_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/third_party_auth/v0/providers/{provider_id}/users".format(
            provider_id=quote(str(provider_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedThirdPartyAuthUserMappingList:
    if response.status_code == 200:
        response_200 = PaginatedThirdPartyAuthUserMappingList.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedThirdPartyAuthUserMappingList]:
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
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    username: list[str] | Unset = UNSET,
    remote_id: list[str] | Unset = UNSET,
    remote_id_field_name: str | Unset = UNSET,
    usernames: str | Unset = UNSET,
    remote_ids: str | Unset = UNSET,
) -> Response[PaginatedThirdPartyAuthUserMappingList]:
    """List a provider's user mappings

    A server-to-server endpoint, meant for an on-campus middleware or system: returns, one page at a
    time, the mappings between edX usernames and the remote (third-party) user ids of every user
    currently linked to the provider named in the path. The list can be filtered by edX username or by
    remote id; since the filter is bounded by the maximum URL length, ask for at most 50 of them per
    request. `page_size` changes the size of a page. Callers are global staff, superusers, a service
    presenting the server's API key, or a restricted JWT application with the `tpa:read` scope and a
    `tpa_provider` filter for this provider; others get 403. An unknown provider answers 404.

    Who may call: global staff, or the service worker of another edX service. Anyone else gets 403.
    Staff, superusers and API key holders are admitted unless they authenticate with a restricted JWT
    application; such an application needs the tpa:read scope and a tpa_provider filter naming the
    provider in the path.

    Args:
        provider_id (str):
        page (int | Unset):
        page_size (int | Unset):
        username (list[str] | Unset):
        remote_id (list[str] | Unset):
        remote_id_field_name (str | Unset):
        usernames (str | Unset):
        remote_ids (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedThirdPartyAuthUserMappingList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        provider_id=provider_id,
        page=page,
        page_size=page_size,
        username=username,
        remote_id=remote_id,
        remote_id_field_name=remote_id_field_name,
        usernames=usernames,
        remote_ids=remote_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    username: list[str] | Unset = UNSET,
    remote_id: list[str] | Unset = UNSET,
    remote_id_field_name: str | Unset = UNSET,
    usernames: str | Unset = UNSET,
    remote_ids: str | Unset = UNSET,
) -> PaginatedThirdPartyAuthUserMappingList:
    """List a provider's user mappings

    A server-to-server endpoint, meant for an on-campus middleware or system: returns, one page at a
    time, the mappings between edX usernames and the remote (third-party) user ids of every user
    currently linked to the provider named in the path. The list can be filtered by edX username or by
    remote id; since the filter is bounded by the maximum URL length, ask for at most 50 of them per
    request. `page_size` changes the size of a page. Callers are global staff, superusers, a service
    presenting the server's API key, or a restricted JWT application with the `tpa:read` scope and a
    `tpa_provider` filter for this provider; others get 403. An unknown provider answers 404.

    Who may call: global staff, or the service worker of another edX service. Anyone else gets 403.
    Staff, superusers and API key holders are admitted unless they authenticate with a restricted JWT
    application; such an application needs the tpa:read scope and a tpa_provider filter naming the
    provider in the path.

    Args:
        provider_id (str):
        page (int | Unset):
        page_size (int | Unset):
        username (list[str] | Unset):
        remote_id (list[str] | Unset):
        remote_id_field_name (str | Unset):
        usernames (str | Unset):
        remote_ids (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedThirdPartyAuthUserMappingList
    """

    return sync_detailed(
        provider_id=provider_id,
        client=client,
        page=page,
        page_size=page_size,
        username=username,
        remote_id=remote_id,
        remote_id_field_name=remote_id_field_name,
        usernames=usernames,
        remote_ids=remote_ids,
    ).parsed


async def asyncio_detailed(
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    username: list[str] | Unset = UNSET,
    remote_id: list[str] | Unset = UNSET,
    remote_id_field_name: str | Unset = UNSET,
    usernames: str | Unset = UNSET,
    remote_ids: str | Unset = UNSET,
) -> Response[PaginatedThirdPartyAuthUserMappingList]:
    """List a provider's user mappings

    A server-to-server endpoint, meant for an on-campus middleware or system: returns, one page at a
    time, the mappings between edX usernames and the remote (third-party) user ids of every user
    currently linked to the provider named in the path. The list can be filtered by edX username or by
    remote id; since the filter is bounded by the maximum URL length, ask for at most 50 of them per
    request. `page_size` changes the size of a page. Callers are global staff, superusers, a service
    presenting the server's API key, or a restricted JWT application with the `tpa:read` scope and a
    `tpa_provider` filter for this provider; others get 403. An unknown provider answers 404.

    Who may call: global staff, or the service worker of another edX service. Anyone else gets 403.
    Staff, superusers and API key holders are admitted unless they authenticate with a restricted JWT
    application; such an application needs the tpa:read scope and a tpa_provider filter naming the
    provider in the path.

    Args:
        provider_id (str):
        page (int | Unset):
        page_size (int | Unset):
        username (list[str] | Unset):
        remote_id (list[str] | Unset):
        remote_id_field_name (str | Unset):
        usernames (str | Unset):
        remote_ids (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedThirdPartyAuthUserMappingList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        provider_id=provider_id,
        page=page,
        page_size=page_size,
        username=username,
        remote_id=remote_id,
        remote_id_field_name=remote_id_field_name,
        usernames=usernames,
        remote_ids=remote_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    username: list[str] | Unset = UNSET,
    remote_id: list[str] | Unset = UNSET,
    remote_id_field_name: str | Unset = UNSET,
    usernames: str | Unset = UNSET,
    remote_ids: str | Unset = UNSET,
) -> PaginatedThirdPartyAuthUserMappingList:
    """List a provider's user mappings

    A server-to-server endpoint, meant for an on-campus middleware or system: returns, one page at a
    time, the mappings between edX usernames and the remote (third-party) user ids of every user
    currently linked to the provider named in the path. The list can be filtered by edX username or by
    remote id; since the filter is bounded by the maximum URL length, ask for at most 50 of them per
    request. `page_size` changes the size of a page. Callers are global staff, superusers, a service
    presenting the server's API key, or a restricted JWT application with the `tpa:read` scope and a
    `tpa_provider` filter for this provider; others get 403. An unknown provider answers 404.

    Who may call: global staff, or the service worker of another edX service. Anyone else gets 403.
    Staff, superusers and API key holders are admitted unless they authenticate with a restricted JWT
    application; such an application needs the tpa:read scope and a tpa_provider filter naming the
    provider in the path.

    Args:
        provider_id (str):
        page (int | Unset):
        page_size (int | Unset):
        username (list[str] | Unset):
        remote_id (list[str] | Unset):
        remote_id_field_name (str | Unset):
        usernames (str | Unset):
        remote_ids (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedThirdPartyAuthUserMappingList
    """

    return (
        await asyncio_detailed(
            provider_id=provider_id,
            client=client,
            page=page,
            page_size=page_size,
            username=username,
            remote_id=remote_id,
            remote_id_field_name=remote_id_field_name,
            usernames=usernames,
            remote_ids=remote_ids,
        )
    ).parsed
