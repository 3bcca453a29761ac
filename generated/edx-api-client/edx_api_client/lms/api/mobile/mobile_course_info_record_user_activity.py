from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.mobile_record_user_activity_request import (
    MobileRecordUserActivityRequest,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    api_version: str,
    *,
    body: MobileRecordUserActivityRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/mobile/{api_version}/course_info/record_user_activity".format(
            api_version=quote(str(api_version), safe=""),
        ),
    }

    if isinstance(body, MobileRecordUserActivityRequest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | str | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> ErrorResponse | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_400_type_1 = ErrorResponse.from_dict(data)

                return response_400_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorResponse | str, data)

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
) -> Response[Any | ErrorResponse | str]:
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
    api_version: str,
    *,
    client: AuthenticatedClient | Client,
    body: MobileRecordUserActivityRequest | Unset = UNSET,
) -> Response[Any | ErrorResponse | str]:
    """Record user activity

     Fills the user activity table for the requesting user. The doc names no body field and says nothing
    about the response.

    Args:
        api_version (str):
        body (MobileRecordUserActivityRequest): Whose activity in which course to record.
        body (MobileRecordUserActivityRequest): Whose activity in which course to record.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | ErrorResponse | str]
    """

    kwargs = _get_kwargs(
        api_version=api_version,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    api_version: str,
    *,
    client: AuthenticatedClient | Client,
    body: MobileRecordUserActivityRequest | Unset = UNSET,
) -> Any | ErrorResponse | str | None:
    """Record user activity

     Fills the user activity table for the requesting user. The doc names no body field and says nothing
    about the response.

    Args:
        api_version (str):
        body (MobileRecordUserActivityRequest): Whose activity in which course to record.
        body (MobileRecordUserActivityRequest): Whose activity in which course to record.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | ErrorResponse | str
    """

    return sync_detailed(
        api_version=api_version,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    api_version: str,
    *,
    client: AuthenticatedClient | Client,
    body: MobileRecordUserActivityRequest | Unset = UNSET,
) -> Response[Any | ErrorResponse | str]:
    """Record user activity

     Fills the user activity table for the requesting user. The doc names no body field and says nothing
    about the response.

    Args:
        api_version (str):
        body (MobileRecordUserActivityRequest): Whose activity in which course to record.
        body (MobileRecordUserActivityRequest): Whose activity in which course to record.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | ErrorResponse | str]
    """

    kwargs = _get_kwargs(
        api_version=api_version,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    api_version: str,
    *,
    client: AuthenticatedClient | Client,
    body: MobileRecordUserActivityRequest | Unset = UNSET,
) -> Any | ErrorResponse | str | None:
    """Record user activity

     Fills the user activity table for the requesting user. The doc names no body field and says nothing
    about the response.

    Args:
        api_version (str):
        body (MobileRecordUserActivityRequest): Whose activity in which course to record.
        body (MobileRecordUserActivityRequest): Whose activity in which course to record.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | ErrorResponse | str
    """

    return (
        await asyncio_detailed(
            api_version=api_version,
            client=client,
            body=body,
        )
    ).parsed
