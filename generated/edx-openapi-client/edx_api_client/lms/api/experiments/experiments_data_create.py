from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.experiment_data_create import ExperimentDataCreate
from ...types import Response


def _get_kwargs(
    *,
    body: ExperimentDataCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/experiments/v0/data/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ExperimentDataCreate:
    if response.status_code == 201:
        response_201 = ExperimentDataCreate.from_dict(response.json())

        return response_201

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ExperimentDataCreate]:
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
    body: ExperimentDataCreate,
) -> Response[ExperimentDataCreate]:
    """Create an experiment data record

    Stores a value under a key for an experiment. `experiment_id`, `key` and `value` must be sent; `id`,
    `created` and `modified` are set by the server. `user` may name the user the record belongs to: a
    signed-in caller may create records for themselves only (403 otherwise), global staff for anyone.

    Who may call: the user named by `user`, or global staff. Anyone else gets 403. A non-staff caller
    may only create records for themselves (`user` absent or their own username); global staff may
    create them for any user.

    Args:
        body (ExperimentDataCreate): An experiment data record as the create operation documents
            it: the same fields as ExperimentData, except that `user` may be sent.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[ExperimentDataCreate]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ExperimentDataCreate,
) -> ExperimentDataCreate:
    """Create an experiment data record

    Stores a value under a key for an experiment. `experiment_id`, `key` and `value` must be sent; `id`,
    `created` and `modified` are set by the server. `user` may name the user the record belongs to: a
    signed-in caller may create records for themselves only (403 otherwise), global staff for anyone.

    Who may call: the user named by `user`, or global staff. Anyone else gets 403. A non-staff caller
    may only create records for themselves (`user` absent or their own username); global staff may
    create them for any user.

    Args:
        body (ExperimentDataCreate): An experiment data record as the create operation documents
            it: the same fields as ExperimentData, except that `user` may be sent.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        ExperimentDataCreate
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExperimentDataCreate,
) -> Response[ExperimentDataCreate]:
    """Create an experiment data record

    Stores a value under a key for an experiment. `experiment_id`, `key` and `value` must be sent; `id`,
    `created` and `modified` are set by the server. `user` may name the user the record belongs to: a
    signed-in caller may create records for themselves only (403 otherwise), global staff for anyone.

    Who may call: the user named by `user`, or global staff. Anyone else gets 403. A non-staff caller
    may only create records for themselves (`user` absent or their own username); global staff may
    create them for any user.

    Args:
        body (ExperimentDataCreate): An experiment data record as the create operation documents
            it: the same fields as ExperimentData, except that `user` may be sent.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[ExperimentDataCreate]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ExperimentDataCreate,
) -> ExperimentDataCreate:
    """Create an experiment data record

    Stores a value under a key for an experiment. `experiment_id`, `key` and `value` must be sent; `id`,
    `created` and `modified` are set by the server. `user` may name the user the record belongs to: a
    signed-in caller may create records for themselves only (403 otherwise), global staff for anyone.

    Who may call: the user named by `user`, or global staff. Anyone else gets 403. A non-staff caller
    may only create records for themselves (`user` absent or their own username); global staff may
    create them for any user.

    Args:
        body (ExperimentDataCreate): An experiment data record as the create operation documents
            it: the same fields as ExperimentData, except that `user` may be sent.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        ExperimentDataCreate
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
