from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edx_proctoring_attempt_data import EdxProctoringAttemptData
from ...models.edx_proctoring_empty import EdxProctoringEmpty
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    user_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/edx_proctoring/v1/proctored_exam/active_attempt",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EdxProctoringAttemptData | EdxProctoringEmpty:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> EdxProctoringAttemptData | EdxProctoringEmpty:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = EdxProctoringAttemptData.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(
                    f"response_200: expected dict[str, Any], got {type(data).__name__}"
                )
            response_200_type_1 = EdxProctoringEmpty.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EdxProctoringAttemptData | EdxProctoringEmpty]:
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
    user_id: int | Unset = UNSET,
) -> Response[EdxProctoringAttemptData | EdxProctoringEmpty]:
    """Get the active exam attempt

    Returns the caller's exam attempt whose timer is running (started and not completed), as the
    learning MFE's exam timer reads it, or an empty object when there is none. Global staff may ask for
    another user with `user_id`; anyone else who sends it gets 403.

    Who may call: the user named by `user_id`, or global staff. Anyone else gets 403. Without `user_id`
    the answer is about the caller; naming any user, even oneself, needs global staff.

    Args:
        user_id (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EdxProctoringAttemptData | EdxProctoringEmpty]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    user_id: int | Unset = UNSET,
) -> EdxProctoringAttemptData | EdxProctoringEmpty:
    """Get the active exam attempt

    Returns the caller's exam attempt whose timer is running (started and not completed), as the
    learning MFE's exam timer reads it, or an empty object when there is none. Global staff may ask for
    another user with `user_id`; anyone else who sends it gets 403.

    Who may call: the user named by `user_id`, or global staff. Anyone else gets 403. Without `user_id`
    the answer is about the caller; naming any user, even oneself, needs global staff.

    Args:
        user_id (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EdxProctoringAttemptData | EdxProctoringEmpty
    """

    return sync_detailed(
        client=client,
        user_id=user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    user_id: int | Unset = UNSET,
) -> Response[EdxProctoringAttemptData | EdxProctoringEmpty]:
    """Get the active exam attempt

    Returns the caller's exam attempt whose timer is running (started and not completed), as the
    learning MFE's exam timer reads it, or an empty object when there is none. Global staff may ask for
    another user with `user_id`; anyone else who sends it gets 403.

    Who may call: the user named by `user_id`, or global staff. Anyone else gets 403. Without `user_id`
    the answer is about the caller; naming any user, even oneself, needs global staff.

    Args:
        user_id (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EdxProctoringAttemptData | EdxProctoringEmpty]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    user_id: int | Unset = UNSET,
) -> EdxProctoringAttemptData | EdxProctoringEmpty:
    """Get the active exam attempt

    Returns the caller's exam attempt whose timer is running (started and not completed), as the
    learning MFE's exam timer reads it, or an empty object when there is none. Global staff may ask for
    another user with `user_id`; anyone else who sends it gets 403.

    Who may call: the user named by `user_id`, or global staff. Anyone else gets 403. Without `user_id`
    the answer is about the caller; naming any user, even oneself, needs global staff.

    Args:
        user_id (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EdxProctoringAttemptData | EdxProctoringEmpty
    """

    return (
        await asyncio_detailed(
            client=client,
            user_id=user_id,
        )
    ).parsed
