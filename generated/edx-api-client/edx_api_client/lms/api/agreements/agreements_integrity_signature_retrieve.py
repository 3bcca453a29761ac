from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agreements_integrity_signature import AgreementsIntegritySignature
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    course_id: str,
    *,
    username: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agreements/v1/integrity_signature/{course_id}".format(
            course_id=quote(str(course_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgreementsIntegritySignature | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AgreementsIntegritySignature.from_dict(response.json())

        return response_200

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
) -> Response[AgreementsIntegritySignature | ErrorResponse]:
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
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
) -> Response[AgreementsIntegritySignature | ErrorResponse]:
    """Retrieve an integrity signature

     Tells whether a user has signed the integrity agreement of the course named in the path, by
    returning that signature (`username`, `course_id`, `created_at`). The user is the requesting (or
    masqueraded) user unless another username is given; only staff may read the signature of a different
    user. In the platform's source, global or course staff may read anyone's signature; a user who has
    not signed, or a platform where integrity signatures are turned off, is answered 404.

    Args:
        course_id (str):
        username (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgreementsIntegritySignature | ErrorResponse]
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        username=username,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
) -> AgreementsIntegritySignature | ErrorResponse | None:
    """Retrieve an integrity signature

     Tells whether a user has signed the integrity agreement of the course named in the path, by
    returning that signature (`username`, `course_id`, `created_at`). The user is the requesting (or
    masqueraded) user unless another username is given; only staff may read the signature of a different
    user. In the platform's source, global or course staff may read anyone's signature; a user who has
    not signed, or a platform where integrity signatures are turned off, is answered 404.

    Args:
        course_id (str):
        username (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgreementsIntegritySignature | ErrorResponse
    """

    return sync_detailed(
        course_id=course_id,
        client=client,
        username=username,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
) -> Response[AgreementsIntegritySignature | ErrorResponse]:
    """Retrieve an integrity signature

     Tells whether a user has signed the integrity agreement of the course named in the path, by
    returning that signature (`username`, `course_id`, `created_at`). The user is the requesting (or
    masqueraded) user unless another username is given; only staff may read the signature of a different
    user. In the platform's source, global or course staff may read anyone's signature; a user who has
    not signed, or a platform where integrity signatures are turned off, is answered 404.

    Args:
        course_id (str):
        username (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgreementsIntegritySignature | ErrorResponse]
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        username=username,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
) -> AgreementsIntegritySignature | ErrorResponse | None:
    """Retrieve an integrity signature

     Tells whether a user has signed the integrity agreement of the course named in the path, by
    returning that signature (`username`, `course_id`, `created_at`). The user is the requesting (or
    masqueraded) user unless another username is given; only staff may read the signature of a different
    user. In the platform's source, global or course staff may read anyone's signature; a user who has
    not signed, or a platform where integrity signatures are turned off, is answered 404.

    Args:
        course_id (str):
        username (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgreementsIntegritySignature | ErrorResponse
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            client=client,
            username=username,
        )
    ).parsed
