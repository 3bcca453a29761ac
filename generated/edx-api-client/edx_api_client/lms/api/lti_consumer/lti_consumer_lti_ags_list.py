from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.lti_consumer_line_item import LtiConsumerLineItem
from ...types import Response


def _get_kwargs(
    lti_config_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/lti_consumer/v1/lti/{lti_config_id}/lti-ags".format(
            lti_config_id=quote(str(lti_config_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[LtiConsumerLineItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = LtiConsumerLineItem.from_dict(response_200_item_data)

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
) -> Response[ErrorResponse | list[LtiConsumerLineItem]]:
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
    lti_config_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | list[LtiConsumerLineItem]]:
    """List the line items of an LTI configuration

     The LTI Advantage Assignment and Grade Services line item endpoint: returns the line items of the
    LTI configuration `lti_config_id` as a plain JSON array (the doc's field list prefixes every field
    with `[].`). The doc points to the LTI Advantage specification for the details but gives no link.

    Args:
        lti_config_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[LtiConsumerLineItem]]
    """

    kwargs = _get_kwargs(
        lti_config_id=lti_config_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    lti_config_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | list[LtiConsumerLineItem] | None:
    """List the line items of an LTI configuration

     The LTI Advantage Assignment and Grade Services line item endpoint: returns the line items of the
    LTI configuration `lti_config_id` as a plain JSON array (the doc's field list prefixes every field
    with `[].`). The doc points to the LTI Advantage specification for the details but gives no link.

    Args:
        lti_config_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[LtiConsumerLineItem]
    """

    return sync_detailed(
        lti_config_id=lti_config_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    lti_config_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | list[LtiConsumerLineItem]]:
    """List the line items of an LTI configuration

     The LTI Advantage Assignment and Grade Services line item endpoint: returns the line items of the
    LTI configuration `lti_config_id` as a plain JSON array (the doc's field list prefixes every field
    with `[].`). The doc points to the LTI Advantage specification for the details but gives no link.

    Args:
        lti_config_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[LtiConsumerLineItem]]
    """

    kwargs = _get_kwargs(
        lti_config_id=lti_config_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    lti_config_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | list[LtiConsumerLineItem] | None:
    """List the line items of an LTI configuration

     The LTI Advantage Assignment and Grade Services line item endpoint: returns the line items of the
    LTI configuration `lti_config_id` as a plain JSON array (the doc's field list prefixes every field
    with `[].`). The doc points to the LTI Advantage specification for the details but gives no link.

    Args:
        lti_config_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[LtiConsumerLineItem]
    """

    return (
        await asyncio_detailed(
            lti_config_id=lti_config_id,
            client=client,
        )
    ).parsed
