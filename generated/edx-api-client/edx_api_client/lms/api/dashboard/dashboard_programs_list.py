from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dashboard_program import DashboardProgram
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    enterprise_uuid: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dashboard/v0/programs/{enterprise_uuid}/".format(
            enterprise_uuid=quote(str(enterprise_uuid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[DashboardProgram] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = DashboardProgram.from_dict(response_200_item_data)

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

    if client.raise_on_unexpected_status:
        raise errors.api_error(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | list[DashboardProgram]]:
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
    enterprise_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | list[DashboardProgram]]:
    """List an enterprise learner's programs

     Returns every program the requesting enterprise learner is enrolled in, for the enterprise customer
    named in the path, each with the learner's progress in it. The doc names none of the fields of a
    program entry; they are typed from the view, which keeps five members of each catalog program and
    adds the learner's progress. Only the learner's enrollments made through that enterprise customer
    count; without any, the list is empty.

    Args:
        enterprise_uuid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[DashboardProgram]]
    """

    kwargs = _get_kwargs(
        enterprise_uuid=enterprise_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | list[DashboardProgram] | None:
    """List an enterprise learner's programs

     Returns every program the requesting enterprise learner is enrolled in, for the enterprise customer
    named in the path, each with the learner's progress in it. The doc names none of the fields of a
    program entry; they are typed from the view, which keeps five members of each catalog program and
    adds the learner's progress. Only the learner's enrollments made through that enterprise customer
    count; without any, the list is empty.

    Args:
        enterprise_uuid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[DashboardProgram]
    """

    return sync_detailed(
        enterprise_uuid=enterprise_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    enterprise_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | list[DashboardProgram]]:
    """List an enterprise learner's programs

     Returns every program the requesting enterprise learner is enrolled in, for the enterprise customer
    named in the path, each with the learner's progress in it. The doc names none of the fields of a
    program entry; they are typed from the view, which keeps five members of each catalog program and
    adds the learner's progress. Only the learner's enrollments made through that enterprise customer
    count; without any, the list is empty.

    Args:
        enterprise_uuid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[DashboardProgram]]
    """

    kwargs = _get_kwargs(
        enterprise_uuid=enterprise_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | list[DashboardProgram] | None:
    """List an enterprise learner's programs

     Returns every program the requesting enterprise learner is enrolled in, for the enterprise customer
    named in the path, each with the learner's progress in it. The doc names none of the fields of a
    program entry; they are typed from the view, which keeps five members of each catalog program and
    adds the learner's progress. Only the learner's enrollments made through that enterprise customer
    count; without any, the list is empty.

    Args:
        enterprise_uuid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[DashboardProgram]
    """

    return (
        await asyncio_detailed(
            enterprise_uuid=enterprise_uuid,
            client=client,
        )
    ).parsed
