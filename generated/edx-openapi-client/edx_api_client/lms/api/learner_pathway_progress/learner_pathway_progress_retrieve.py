from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.learner_pathway_progress_entry import LearnerPathwayProgressEntry
from ...types import Response


def _get_kwargs(
    learner_pathway_uuid: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/learner-pathway-progress/v1/progress/{learner_pathway_uuid}/".format(
            learner_pathway_uuid=quote(str(learner_pathway_uuid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LearnerPathwayProgressEntry:
    if response.status_code == 200:
        response_200 = LearnerPathwayProgressEntry.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LearnerPathwayProgressEntry]:
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
    learner_pathway_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[LearnerPathwayProgressEntry]:
    """Retrieve the learner's progress in one pathway

    Returns the requesting learner's progress in the learner pathway named in the path. Needs a signed-
    in caller; a pathway the caller has no progress record for is answered 404.

    Who may call: any signed-in user. Anyone else gets 404. Reads only the caller's own progress
    records: a pathway the caller has no record for is answered 404.

    Args:
        learner_pathway_uuid (UUID):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[LearnerPathwayProgressEntry]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        learner_pathway_uuid=learner_pathway_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    learner_pathway_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> LearnerPathwayProgressEntry:
    """Retrieve the learner's progress in one pathway

    Returns the requesting learner's progress in the learner pathway named in the path. Needs a signed-
    in caller; a pathway the caller has no progress record for is answered 404.

    Who may call: any signed-in user. Anyone else gets 404. Reads only the caller's own progress
    records: a pathway the caller has no record for is answered 404.

    Args:
        learner_pathway_uuid (UUID):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        LearnerPathwayProgressEntry
    """

    return sync_detailed(
        learner_pathway_uuid=learner_pathway_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    learner_pathway_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[LearnerPathwayProgressEntry]:
    """Retrieve the learner's progress in one pathway

    Returns the requesting learner's progress in the learner pathway named in the path. Needs a signed-
    in caller; a pathway the caller has no progress record for is answered 404.

    Who may call: any signed-in user. Anyone else gets 404. Reads only the caller's own progress
    records: a pathway the caller has no record for is answered 404.

    Args:
        learner_pathway_uuid (UUID):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[LearnerPathwayProgressEntry]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        learner_pathway_uuid=learner_pathway_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    learner_pathway_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> LearnerPathwayProgressEntry:
    """Retrieve the learner's progress in one pathway

    Returns the requesting learner's progress in the learner pathway named in the path. Needs a signed-
    in caller; a pathway the caller has no progress record for is answered 404.

    Who may call: any signed-in user. Anyone else gets 404. Reads only the caller's own progress
    records: a pathway the caller has no record for is answered 404.

    Args:
        learner_pathway_uuid (UUID):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        LearnerPathwayProgressEntry
    """

    return (
        await asyncio_detailed(
            learner_pathway_uuid=learner_pathway_uuid,
            client=client,
        )
    ).parsed
