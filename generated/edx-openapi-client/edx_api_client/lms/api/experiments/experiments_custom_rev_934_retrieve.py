from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.experiments_rev_934_upsell import ExperimentsRev934Upsell
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    course_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/experiments/v0/custom/REV-934/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ExperimentsRev934Upsell:
    if response.status_code == 200:
        response_200 = ExperimentsRev934Upsell.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ExperimentsRev934Upsell]:
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
    course_id: str | Unset = UNSET,
) -> Response[ExperimentsRev934Upsell]:
    """Tell whether to upsell a course in the mobile app

    Answers whether the mobile app should offer the course named by `course_id` as an upsell to the
    requesting user (experiment REV-934). Needs a signed-in caller (or the platform's API key in `X-Edx-
    Api-Key`). The answer is a small JSON object whose members depend on the case: while the
    experiment's flag is off, only `show_upsell` and `upsell_flag` (both false); for a course that has
    not started or has ended, `course_running` false as well; when the upsell is shown, `price` and
    `basket_url`; otherwise the bucket and the reasons. With the flag on, a missing or malformed
    `course_id` is answered 400 with a plain-text message.

    Who may call: any signed-in user. Anyone else gets 403. A caller without sign-in is also admitted
    when the request carries the platform's API key in the `X-Edx-Api-Key` header (a deprecated
    integration path).

    Args:
        course_id (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[ExperimentsRev934Upsell]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    course_id: str | Unset = UNSET,
) -> ExperimentsRev934Upsell:
    """Tell whether to upsell a course in the mobile app

    Answers whether the mobile app should offer the course named by `course_id` as an upsell to the
    requesting user (experiment REV-934). Needs a signed-in caller (or the platform's API key in `X-Edx-
    Api-Key`). The answer is a small JSON object whose members depend on the case: while the
    experiment's flag is off, only `show_upsell` and `upsell_flag` (both false); for a course that has
    not started or has ended, `course_running` false as well; when the upsell is shown, `price` and
    `basket_url`; otherwise the bucket and the reasons. With the flag on, a missing or malformed
    `course_id` is answered 400 with a plain-text message.

    Who may call: any signed-in user. Anyone else gets 403. A caller without sign-in is also admitted
    when the request carries the platform's API key in the `X-Edx-Api-Key` header (a deprecated
    integration path).

    Args:
        course_id (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        ExperimentsRev934Upsell
    """

    return sync_detailed(
        client=client,
        course_id=course_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    course_id: str | Unset = UNSET,
) -> Response[ExperimentsRev934Upsell]:
    """Tell whether to upsell a course in the mobile app

    Answers whether the mobile app should offer the course named by `course_id` as an upsell to the
    requesting user (experiment REV-934). Needs a signed-in caller (or the platform's API key in `X-Edx-
    Api-Key`). The answer is a small JSON object whose members depend on the case: while the
    experiment's flag is off, only `show_upsell` and `upsell_flag` (both false); for a course that has
    not started or has ended, `course_running` false as well; when the upsell is shown, `price` and
    `basket_url`; otherwise the bucket and the reasons. With the flag on, a missing or malformed
    `course_id` is answered 400 with a plain-text message.

    Who may call: any signed-in user. Anyone else gets 403. A caller without sign-in is also admitted
    when the request carries the platform's API key in the `X-Edx-Api-Key` header (a deprecated
    integration path).

    Args:
        course_id (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[ExperimentsRev934Upsell]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    course_id: str | Unset = UNSET,
) -> ExperimentsRev934Upsell:
    """Tell whether to upsell a course in the mobile app

    Answers whether the mobile app should offer the course named by `course_id` as an upsell to the
    requesting user (experiment REV-934). Needs a signed-in caller (or the platform's API key in `X-Edx-
    Api-Key`). The answer is a small JSON object whose members depend on the case: while the
    experiment's flag is off, only `show_upsell` and `upsell_flag` (both false); for a course that has
    not started or has ended, `course_running` false as well; when the upsell is shown, `price` and
    `basket_url`; otherwise the bucket and the reasons. With the flag on, a missing or malformed
    `course_id` is answered 400 with a plain-text message.

    Who may call: any signed-in user. Anyone else gets 403. A caller without sign-in is also admitted
    when the request carries the platform's API key in the `X-Edx-Api-Key` header (a deprecated
    integration path).

    Args:
        course_id (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        ExperimentsRev934Upsell
    """

    return (
        await asyncio_detailed(
            client=client,
            course_id=course_id,
        )
    ).parsed
