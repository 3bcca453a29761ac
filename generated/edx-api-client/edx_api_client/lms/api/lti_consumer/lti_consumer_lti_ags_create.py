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
    *,
    body: LtiConsumerLineItem,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/lti_consumer/v1/lti/{lti_config_id}/lti-ags".format(
            lti_config_id=quote(str(lti_config_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | LtiConsumerLineItem | None:
    if response.status_code == 201:
        response_201 = LtiConsumerLineItem.from_dict(response.json())

        return response_201

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
) -> Response[ErrorResponse | LtiConsumerLineItem]:
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
    body: LtiConsumerLineItem,
) -> Response[ErrorResponse | LtiConsumerLineItem]:
    """Create a line item

     The LTI Advantage Assignment and Grade Services line item endpoint: adds a line item to the LTI
    configuration `lti_config_id`. `label`, `resourceId` and `scoreMaximum` must be sent; `id` is
    assigned by the server.

    Args:
        lti_config_id (str):
        body (LtiConsumerLineItem): An LTI Advantage Assignment and Grade Services line item (a
            gradebook column) of an LTI configuration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LtiConsumerLineItem]
    """

    kwargs = _get_kwargs(
        lti_config_id=lti_config_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    lti_config_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LtiConsumerLineItem,
) -> ErrorResponse | LtiConsumerLineItem | None:
    """Create a line item

     The LTI Advantage Assignment and Grade Services line item endpoint: adds a line item to the LTI
    configuration `lti_config_id`. `label`, `resourceId` and `scoreMaximum` must be sent; `id` is
    assigned by the server.

    Args:
        lti_config_id (str):
        body (LtiConsumerLineItem): An LTI Advantage Assignment and Grade Services line item (a
            gradebook column) of an LTI configuration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LtiConsumerLineItem
    """

    return sync_detailed(
        lti_config_id=lti_config_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    lti_config_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LtiConsumerLineItem,
) -> Response[ErrorResponse | LtiConsumerLineItem]:
    """Create a line item

     The LTI Advantage Assignment and Grade Services line item endpoint: adds a line item to the LTI
    configuration `lti_config_id`. `label`, `resourceId` and `scoreMaximum` must be sent; `id` is
    assigned by the server.

    Args:
        lti_config_id (str):
        body (LtiConsumerLineItem): An LTI Advantage Assignment and Grade Services line item (a
            gradebook column) of an LTI configuration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LtiConsumerLineItem]
    """

    kwargs = _get_kwargs(
        lti_config_id=lti_config_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    lti_config_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LtiConsumerLineItem,
) -> ErrorResponse | LtiConsumerLineItem | None:
    """Create a line item

     The LTI Advantage Assignment and Grade Services line item endpoint: adds a line item to the LTI
    configuration `lti_config_id`. `label`, `resourceId` and `scoreMaximum` must be sent; `id` is
    assigned by the server.

    Args:
        lti_config_id (str):
        body (LtiConsumerLineItem): An LTI Advantage Assignment and Grade Services line item (a
            gradebook column) of an LTI configuration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LtiConsumerLineItem
    """

    return (
        await asyncio_detailed(
            lti_config_id=lti_config_id,
            client=client,
            body=body,
        )
    ).parsed
