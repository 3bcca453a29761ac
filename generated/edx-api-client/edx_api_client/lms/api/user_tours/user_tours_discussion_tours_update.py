from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.user_tours_discussion_tour import UserToursDiscussionTour
from ...models.user_tours_discussion_tour_update import UserToursDiscussionTourUpdate
from ...models.user_tours_discussion_tours_update_response_400_type_0 import (
    UserToursDiscussionToursUpdateResponse400Type0,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tour_id: str,
    *,
    body: UserToursDiscussionTourUpdate | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/user_tours/discussion_tours/{tour_id}/".format(
            tour_id=quote(str(tour_id), safe=""),
        ),
    }

    if isinstance(body, UserToursDiscussionTourUpdate):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorResponse
    | UserToursDiscussionToursUpdateResponse400Type0
    | UserToursDiscussionTour
    | None
):
    if response.status_code == 200:
        response_200 = UserToursDiscussionTour.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(
            data: object,
        ) -> ErrorResponse | UserToursDiscussionToursUpdateResponse400Type0:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_400_type_0 = (
                    UserToursDiscussionToursUpdateResponse400Type0.from_dict(data)
                )

                return response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_400_type_1 = ErrorResponse.from_dict(data)

            return response_400_type_1

        response_400 = _parse_response_400(response.json())

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
) -> Response[
    ErrorResponse
    | UserToursDiscussionToursUpdateResponse400Type0
    | UserToursDiscussionTour
]:
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
    tour_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserToursDiscussionTourUpdate | Unset = UNSET,
) -> Response[
    ErrorResponse
    | UserToursDiscussionToursUpdateResponse400Type0
    | UserToursDiscussionTour
]:
    """Update a discussion tour

     Updates the existing tour named in the path with the data sent in the request body. The doc names
    none of the fields of that body.

    Args:
        tour_id (str):
        body (UserToursDiscussionTourUpdate): The writable field of a discussion tour; it may be
            left out (the model defaults it to true).
        body (UserToursDiscussionTourUpdate): The writable field of a discussion tour; it may be
            left out (the model defaults it to true).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | UserToursDiscussionToursUpdateResponse400Type0 | UserToursDiscussionTour]
    """

    kwargs = _get_kwargs(
        tour_id=tour_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tour_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserToursDiscussionTourUpdate | Unset = UNSET,
) -> (
    ErrorResponse
    | UserToursDiscussionToursUpdateResponse400Type0
    | UserToursDiscussionTour
    | None
):
    """Update a discussion tour

     Updates the existing tour named in the path with the data sent in the request body. The doc names
    none of the fields of that body.

    Args:
        tour_id (str):
        body (UserToursDiscussionTourUpdate): The writable field of a discussion tour; it may be
            left out (the model defaults it to true).
        body (UserToursDiscussionTourUpdate): The writable field of a discussion tour; it may be
            left out (the model defaults it to true).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | UserToursDiscussionToursUpdateResponse400Type0 | UserToursDiscussionTour
    """

    return sync_detailed(
        tour_id=tour_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    tour_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserToursDiscussionTourUpdate | Unset = UNSET,
) -> Response[
    ErrorResponse
    | UserToursDiscussionToursUpdateResponse400Type0
    | UserToursDiscussionTour
]:
    """Update a discussion tour

     Updates the existing tour named in the path with the data sent in the request body. The doc names
    none of the fields of that body.

    Args:
        tour_id (str):
        body (UserToursDiscussionTourUpdate): The writable field of a discussion tour; it may be
            left out (the model defaults it to true).
        body (UserToursDiscussionTourUpdate): The writable field of a discussion tour; it may be
            left out (the model defaults it to true).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | UserToursDiscussionToursUpdateResponse400Type0 | UserToursDiscussionTour]
    """

    kwargs = _get_kwargs(
        tour_id=tour_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tour_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserToursDiscussionTourUpdate | Unset = UNSET,
) -> (
    ErrorResponse
    | UserToursDiscussionToursUpdateResponse400Type0
    | UserToursDiscussionTour
    | None
):
    """Update a discussion tour

     Updates the existing tour named in the path with the data sent in the request body. The doc names
    none of the fields of that body.

    Args:
        tour_id (str):
        body (UserToursDiscussionTourUpdate): The writable field of a discussion tour; it may be
            left out (the model defaults it to true).
        body (UserToursDiscussionTourUpdate): The writable field of a discussion tour; it may be
            left out (the model defaults it to true).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | UserToursDiscussionToursUpdateResponse400Type0 | UserToursDiscussionTour
    """

    return (
        await asyncio_detailed(
            tour_id=tour_id,
            client=client,
            body=body,
        )
    ).parsed
