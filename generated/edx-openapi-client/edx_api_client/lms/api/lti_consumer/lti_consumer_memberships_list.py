from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.lti_consumer_membership_container import LtiConsumerMembershipContainer
from ...types import UNSET, Response, Unset


def _get_kwargs(
    lti_config_id: str,
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/lti_consumer/v1/lti/{lti_config_id}/memberships".format(
            lti_config_id=quote(str(lti_config_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LtiConsumerMembershipContainer:
    if response.status_code == 200:
        response_200 = LtiConsumerMembershipContainer.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LtiConsumerMembershipContainer]:
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
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[LtiConsumerMembershipContainer]:
    """List the course members of an LTI configuration

    The LTI Names and Role Provisioning Services membership list: fetches the members of the course
    through the LMS's get_course_members API and returns them, sorted by their LMS id, each with its
    external user id and LTI context roles, plus name and email when the course allows sharing personal
    information. `page` and the page-size parameter select a page; a course with more members than the
    platform's limit is answered 403. Only the LTI tool holding an access token for this configuration
    with the read-only context membership scope may call it; anything else gets 403.

    Who may call: the service worker of another edX service. Anyone else gets 403. Called by the
    external LTI 1.3 tool, not by an edX user: the request must carry an LTI access token issued for the
    configuration `lti_config_id` and granting the read-only context membership scope. A missing or
    invalid token, an unknown configuration or a token without that scope all answer 403.

    Args:
        lti_config_id (str):
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[LtiConsumerMembershipContainer]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        lti_config_id=lti_config_id,
        page=page,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    lti_config_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> LtiConsumerMembershipContainer:
    """List the course members of an LTI configuration

    The LTI Names and Role Provisioning Services membership list: fetches the members of the course
    through the LMS's get_course_members API and returns them, sorted by their LMS id, each with its
    external user id and LTI context roles, plus name and email when the course allows sharing personal
    information. `page` and the page-size parameter select a page; a course with more members than the
    platform's limit is answered 403. Only the LTI tool holding an access token for this configuration
    with the read-only context membership scope may call it; anything else gets 403.

    Who may call: the service worker of another edX service. Anyone else gets 403. Called by the
    external LTI 1.3 tool, not by an edX user: the request must carry an LTI access token issued for the
    configuration `lti_config_id` and granting the read-only context membership scope. A missing or
    invalid token, an unknown configuration or a token without that scope all answer 403.

    Args:
        lti_config_id (str):
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        LtiConsumerMembershipContainer
    """

    return sync_detailed(
        lti_config_id=lti_config_id,
        client=client,
        page=page,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    lti_config_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[LtiConsumerMembershipContainer]:
    """List the course members of an LTI configuration

    The LTI Names and Role Provisioning Services membership list: fetches the members of the course
    through the LMS's get_course_members API and returns them, sorted by their LMS id, each with its
    external user id and LTI context roles, plus name and email when the course allows sharing personal
    information. `page` and the page-size parameter select a page; a course with more members than the
    platform's limit is answered 403. Only the LTI tool holding an access token for this configuration
    with the read-only context membership scope may call it; anything else gets 403.

    Who may call: the service worker of another edX service. Anyone else gets 403. Called by the
    external LTI 1.3 tool, not by an edX user: the request must carry an LTI access token issued for the
    configuration `lti_config_id` and granting the read-only context membership scope. A missing or
    invalid token, an unknown configuration or a token without that scope all answer 403.

    Args:
        lti_config_id (str):
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[LtiConsumerMembershipContainer]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        lti_config_id=lti_config_id,
        page=page,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    lti_config_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> LtiConsumerMembershipContainer:
    """List the course members of an LTI configuration

    The LTI Names and Role Provisioning Services membership list: fetches the members of the course
    through the LMS's get_course_members API and returns them, sorted by their LMS id, each with its
    external user id and LTI context roles, plus name and email when the course allows sharing personal
    information. `page` and the page-size parameter select a page; a course with more members than the
    platform's limit is answered 403. Only the LTI tool holding an access token for this configuration
    with the read-only context membership scope may call it; anything else gets 403.

    Who may call: the service worker of another edX service. Anyone else gets 403. Called by the
    external LTI 1.3 tool, not by an edX user: the request must carry an LTI access token issued for the
    configuration `lti_config_id` and granting the read-only context membership scope. A missing or
    invalid token, an unknown configuration or a token without that scope all answer 403.

    Args:
        lti_config_id (str):
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        LtiConsumerMembershipContainer
    """

    return (
        await asyncio_detailed(
            lti_config_id=lti_config_id,
            client=client,
            page=page,
            limit=limit,
        )
    ).parsed
