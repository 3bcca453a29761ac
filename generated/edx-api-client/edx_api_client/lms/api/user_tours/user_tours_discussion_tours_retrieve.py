from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.user_tours_discussion_tour import UserToursDiscussionTour
from ...types import Response


def _get_kwargs(
    tour_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user_tours/discussion_tours/{tour_id}/".format(
            tour_id=quote(str(tour_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | list[UserToursDiscussionTour] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = UserToursDiscussionTour.from_dict(
                response_200_item_data
            )

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = cast(Any, None)
        return response_409

    if client.raise_on_unexpected_status:
        raise errors.api_error(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse | list[UserToursDiscussionTour]]:
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
) -> Response[Any | ErrorResponse | list[UserToursDiscussionTour]]:
    """Get discussion tours

     The doc says this returns a list of all the tours in the database, although the path names one tour;
    it does not describe the body.

    Args:
        tour_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | list[UserToursDiscussionTour]]
    """

    kwargs = _get_kwargs(
        tour_id=tour_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tour_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorResponse | list[UserToursDiscussionTour] | None:
    """Get discussion tours

     The doc says this returns a list of all the tours in the database, although the path names one tour;
    it does not describe the body.

    Args:
        tour_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | list[UserToursDiscussionTour]
    """

    return sync_detailed(
        tour_id=tour_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    tour_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorResponse | list[UserToursDiscussionTour]]:
    """Get discussion tours

     The doc says this returns a list of all the tours in the database, although the path names one tour;
    it does not describe the body.

    Args:
        tour_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | list[UserToursDiscussionTour]]
    """

    kwargs = _get_kwargs(
        tour_id=tour_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tour_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorResponse | list[UserToursDiscussionTour] | None:
    """Get discussion tours

     The doc says this returns a list of all the tours in the database, although the path names one tour;
    it does not describe the body.

    Args:
        tour_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | list[UserToursDiscussionTour]
    """

    return (
        await asyncio_detailed(
            tour_id=tour_id,
            client=client,
        )
    ).parsed
