from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.credit_provider_callback_request import CreditProviderCallbackRequest
from ...types import Response


def _get_kwargs(
    provider_id: str,
    *,
    body: CreditProviderCallbackRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/credit/v1/providers/{provider_id}/callback/".format(
            provider_id=quote(str(provider_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any:
    if response.status_code == 200:
        return errors.decoded_body(response)
    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
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
    body: CreditProviderCallbackRequest,
) -> Response[Any]:
    """Post a credit provider callback

    The endpoint a credit provider posts its decision back to. It takes no authentication: anyone may
    call it, and the body is checked instead: the provider's signature over the body (403 when it does
    not match), a timestamp not too far in the past (400), and a request UUID of this provider (404
    otherwise). It then sets that credit request's status and answers 200 without a body.

    Who may call: anyone, signed in or not. No authentication or CSRF check; only a body signed with the
    provider's shared secret is accepted.

    Args:
        provider_id (str):
        body (CreditProviderCallbackRequest): A credit provider's decision on a credit request,
            signed with the secret the provider shares with the platform.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        provider_id=provider_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreditProviderCallbackRequest,
) -> Any:
    """Post a credit provider callback

    The endpoint a credit provider posts its decision back to. It takes no authentication: anyone may
    call it, and the body is checked instead: the provider's signature over the body (403 when it does
    not match), a timestamp not too far in the past (400), and a request UUID of this provider (404
    otherwise). It then sets that credit request's status and answers 200 without a body.

    Who may call: anyone, signed in or not. No authentication or CSRF check; only a body signed with the
    provider's shared secret is accepted.

    Args:
        provider_id (str):
        body (CreditProviderCallbackRequest): A credit provider's decision on a credit request,
            signed with the secret the provider shares with the platform.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Any
    """

    return sync_detailed(
        provider_id=provider_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreditProviderCallbackRequest,
) -> Response[Any]:
    """Post a credit provider callback

    The endpoint a credit provider posts its decision back to. It takes no authentication: anyone may
    call it, and the body is checked instead: the provider's signature over the body (403 when it does
    not match), a timestamp not too far in the past (400), and a request UUID of this provider (404
    otherwise). It then sets that credit request's status and answers 200 without a body.

    Who may call: anyone, signed in or not. No authentication or CSRF check; only a body signed with the
    provider's shared secret is accepted.

    Args:
        provider_id (str):
        body (CreditProviderCallbackRequest): A credit provider's decision on a credit request,
            signed with the secret the provider shares with the platform.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        provider_id=provider_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreditProviderCallbackRequest,
) -> Any:
    """Post a credit provider callback

    The endpoint a credit provider posts its decision back to. It takes no authentication: anyone may
    call it, and the body is checked instead: the provider's signature over the body (403 when it does
    not match), a timestamp not too far in the past (400), and a request UUID of this provider (404
    otherwise). It then sets that credit request's status and answers 200 without a body.

    Who may call: anyone, signed in or not. No authentication or CSRF check; only a body signed with the
    provider's shared secret is accepted.

    Args:
        provider_id (str):
        body (CreditProviderCallbackRequest): A credit provider's decision on a credit request,
            signed with the secret the provider shares with the platform.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            provider_id=provider_id,
            client=client,
            body=body,
        )
    ).parsed
