from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.learner_home_init import LearnerHomeInit
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    user: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["user"] = user

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/learner_home/init/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LearnerHomeInit:
    if response.status_code == 200:
        response_200 = LearnerHomeInit.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LearnerHomeInit]:
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
    user: str | Unset = UNSET,
) -> Response[LearnerHomeInit]:
    """Retrieve the learner home's initial data

    Returns the data the learner home page starts from, for the requesting user or, for global staff
    masquerading, for the user named by the `user` query parameter (username or email): the email
    confirmation state, the enterprise dashboard (if any), the platform's contact settings, one card per
    enrollment and per unfulfilled entitlement, the social sharing settings and the suggested courses.
    Needs a signed-in caller; `user` is refused with 403 for anyone but global staff, and an unknown
    user is answered 404.

    Who may call: the user named by `user`, or global staff. Anyone else gets 403. Every signed-in user
    gets their own learner home; naming another user by `user` needs global staff (403 otherwise; 404
    for an unknown user). Restricted OAuth applications are refused.

    Args:
        user (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[LearnerHomeInit]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        user=user,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    user: str | Unset = UNSET,
) -> LearnerHomeInit:
    """Retrieve the learner home's initial data

    Returns the data the learner home page starts from, for the requesting user or, for global staff
    masquerading, for the user named by the `user` query parameter (username or email): the email
    confirmation state, the enterprise dashboard (if any), the platform's contact settings, one card per
    enrollment and per unfulfilled entitlement, the social sharing settings and the suggested courses.
    Needs a signed-in caller; `user` is refused with 403 for anyone but global staff, and an unknown
    user is answered 404.

    Who may call: the user named by `user`, or global staff. Anyone else gets 403. Every signed-in user
    gets their own learner home; naming another user by `user` needs global staff (403 otherwise; 404
    for an unknown user). Restricted OAuth applications are refused.

    Args:
        user (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        LearnerHomeInit
    """

    return sync_detailed(
        client=client,
        user=user,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    user: str | Unset = UNSET,
) -> Response[LearnerHomeInit]:
    """Retrieve the learner home's initial data

    Returns the data the learner home page starts from, for the requesting user or, for global staff
    masquerading, for the user named by the `user` query parameter (username or email): the email
    confirmation state, the enterprise dashboard (if any), the platform's contact settings, one card per
    enrollment and per unfulfilled entitlement, the social sharing settings and the suggested courses.
    Needs a signed-in caller; `user` is refused with 403 for anyone but global staff, and an unknown
    user is answered 404.

    Who may call: the user named by `user`, or global staff. Anyone else gets 403. Every signed-in user
    gets their own learner home; naming another user by `user` needs global staff (403 otherwise; 404
    for an unknown user). Restricted OAuth applications are refused.

    Args:
        user (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[LearnerHomeInit]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        user=user,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    user: str | Unset = UNSET,
) -> LearnerHomeInit:
    """Retrieve the learner home's initial data

    Returns the data the learner home page starts from, for the requesting user or, for global staff
    masquerading, for the user named by the `user` query parameter (username or email): the email
    confirmation state, the enterprise dashboard (if any), the platform's contact settings, one card per
    enrollment and per unfulfilled entitlement, the social sharing settings and the suggested courses.
    Needs a signed-in caller; `user` is refused with 403 for anyone but global staff, and an unknown
    user is answered 404.

    Who may call: the user named by `user`, or global staff. Anyone else gets 403. Every signed-in user
    gets their own learner home; naming another user by `user` needs global staff (403 otherwise; 404
    for an unknown user). Restricted OAuth applications are refused.

    Args:
        user (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        LearnerHomeInit
    """

    return (
        await asyncio_detailed(
            client=client,
            user=user,
        )
    ).parsed
