from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paginated_subscription_plan_list import PaginatedSubscriptionPlanList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    enterprise_customer_uuid: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    current: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_enterprise_customer_uuid: str | Unset = UNSET
    if not isinstance(enterprise_customer_uuid, Unset):
        json_enterprise_customer_uuid = str(enterprise_customer_uuid)
    params["enterprise_customer_uuid"] = json_enterprise_customer_uuid

    params["page"] = page

    params["current"] = current

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/enterprise/v1/subscriptions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedSubscriptionPlanList:
    if response.status_code == 200:
        response_200 = PaginatedSubscriptionPlanList.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedSubscriptionPlanList]:
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
    *,
    client: AuthenticatedClient | Client,
    enterprise_customer_uuid: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    current: bool | Unset = UNSET,
) -> Response[PaginatedSubscriptionPlanList]:
    """List subscription plans

    Returns the subscription plans the caller can see, one page at a time: the plans of the enterprises
    the caller administers (every plan for an enterprise operator). The optional query parameters narrow
    the list to one enterprise customer or to the plan that is currently in force. A caller who
    administers no enterprise is refused 403; global staff are let through but see only the plans their
    roles cover. Answers 400 for a malformed enterprise_customer_uuid or for current=true without one.
    Ask for JSON with `Accept: application/json`; this description covers the JSON form.

    Who may call: an administrator of the enterprise of `enterprise_customer_uuid`, the service worker
    of another edX service, or global staff. Anyone else gets 403. The list is cut down to the
    enterprises where the caller has the subscriptions admin role (an enterprise admin for their own
    enterprise, an enterprise operator for every one), so naming another enterprise in
    enterprise_customer_uuid answers an empty page rather than 403. Only a caller with that role nowhere
    is refused 403; global staff never are, but without the role they get an empty page (Django
    superusers see every plan).

    Args:
        enterprise_customer_uuid (UUID | Unset):
        page (int | Unset):
        current (bool | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedSubscriptionPlanList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        enterprise_customer_uuid=enterprise_customer_uuid,
        page=page,
        current=current,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    enterprise_customer_uuid: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    current: bool | Unset = UNSET,
) -> PaginatedSubscriptionPlanList:
    """List subscription plans

    Returns the subscription plans the caller can see, one page at a time: the plans of the enterprises
    the caller administers (every plan for an enterprise operator). The optional query parameters narrow
    the list to one enterprise customer or to the plan that is currently in force. A caller who
    administers no enterprise is refused 403; global staff are let through but see only the plans their
    roles cover. Answers 400 for a malformed enterprise_customer_uuid or for current=true without one.
    Ask for JSON with `Accept: application/json`; this description covers the JSON form.

    Who may call: an administrator of the enterprise of `enterprise_customer_uuid`, the service worker
    of another edX service, or global staff. Anyone else gets 403. The list is cut down to the
    enterprises where the caller has the subscriptions admin role (an enterprise admin for their own
    enterprise, an enterprise operator for every one), so naming another enterprise in
    enterprise_customer_uuid answers an empty page rather than 403. Only a caller with that role nowhere
    is refused 403; global staff never are, but without the role they get an empty page (Django
    superusers see every plan).

    Args:
        enterprise_customer_uuid (UUID | Unset):
        page (int | Unset):
        current (bool | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedSubscriptionPlanList
    """

    return sync_detailed(
        client=client,
        enterprise_customer_uuid=enterprise_customer_uuid,
        page=page,
        current=current,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    enterprise_customer_uuid: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    current: bool | Unset = UNSET,
) -> Response[PaginatedSubscriptionPlanList]:
    """List subscription plans

    Returns the subscription plans the caller can see, one page at a time: the plans of the enterprises
    the caller administers (every plan for an enterprise operator). The optional query parameters narrow
    the list to one enterprise customer or to the plan that is currently in force. A caller who
    administers no enterprise is refused 403; global staff are let through but see only the plans their
    roles cover. Answers 400 for a malformed enterprise_customer_uuid or for current=true without one.
    Ask for JSON with `Accept: application/json`; this description covers the JSON form.

    Who may call: an administrator of the enterprise of `enterprise_customer_uuid`, the service worker
    of another edX service, or global staff. Anyone else gets 403. The list is cut down to the
    enterprises where the caller has the subscriptions admin role (an enterprise admin for their own
    enterprise, an enterprise operator for every one), so naming another enterprise in
    enterprise_customer_uuid answers an empty page rather than 403. Only a caller with that role nowhere
    is refused 403; global staff never are, but without the role they get an empty page (Django
    superusers see every plan).

    Args:
        enterprise_customer_uuid (UUID | Unset):
        page (int | Unset):
        current (bool | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedSubscriptionPlanList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        enterprise_customer_uuid=enterprise_customer_uuid,
        page=page,
        current=current,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    enterprise_customer_uuid: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    current: bool | Unset = UNSET,
) -> PaginatedSubscriptionPlanList:
    """List subscription plans

    Returns the subscription plans the caller can see, one page at a time: the plans of the enterprises
    the caller administers (every plan for an enterprise operator). The optional query parameters narrow
    the list to one enterprise customer or to the plan that is currently in force. A caller who
    administers no enterprise is refused 403; global staff are let through but see only the plans their
    roles cover. Answers 400 for a malformed enterprise_customer_uuid or for current=true without one.
    Ask for JSON with `Accept: application/json`; this description covers the JSON form.

    Who may call: an administrator of the enterprise of `enterprise_customer_uuid`, the service worker
    of another edX service, or global staff. Anyone else gets 403. The list is cut down to the
    enterprises where the caller has the subscriptions admin role (an enterprise admin for their own
    enterprise, an enterprise operator for every one), so naming another enterprise in
    enterprise_customer_uuid answers an empty page rather than 403. Only a caller with that role nowhere
    is refused 403; global staff never are, but without the role they get an empty page (Django
    superusers see every plan).

    Args:
        enterprise_customer_uuid (UUID | Unset):
        page (int | Unset):
        current (bool | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedSubscriptionPlanList
    """

    return (
        await asyncio_detailed(
            client=client,
            enterprise_customer_uuid=enterprise_customer_uuid,
            page=page,
            current=current,
        )
    ).parsed
