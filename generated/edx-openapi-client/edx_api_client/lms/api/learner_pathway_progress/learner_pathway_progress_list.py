from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paginated_learner_pathway_progress_entry_list import (
    PaginatedLearnerPathwayProgressEntryList,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    learner_pathway_uuid: UUID | Unset = UNSET,
    uuid: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    enterprise_uuid: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_learner_pathway_uuid: str | Unset = UNSET
    if not isinstance(learner_pathway_uuid, Unset):
        json_learner_pathway_uuid = str(learner_pathway_uuid)
    params["learner_pathway_uuid"] = json_learner_pathway_uuid

    params["uuid"] = uuid

    params["page"] = page

    params["page_size"] = page_size

    json_enterprise_uuid: str | Unset = UNSET
    if not isinstance(enterprise_uuid, Unset):
        json_enterprise_uuid = str(enterprise_uuid)
    params["enterprise_uuid"] = json_enterprise_uuid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/learner-pathway-progress/v1/progress/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedLearnerPathwayProgressEntryList:
    if response.status_code == 200:
        response_200 = PaginatedLearnerPathwayProgressEntryList.from_dict(
            response.json()
        )

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedLearnerPathwayProgressEntryList]:
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
    learner_pathway_uuid: UUID | Unset = UNSET,
    uuid: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    enterprise_uuid: UUID | Unset = UNSET,
) -> Response[PaginatedLearnerPathwayProgressEntryList]:
    """List the learner's pathway progress

    Returns, one page at a time, the progress of the requesting learner in each learner pathway they
    have in progress. The query parameters narrow the list to particular pathways, or to those of one
    enterprise customer. Needs a signed-in caller, and lists only the caller's own progress.

    Who may call: any signed-in user. Anyone else gets 403. Lists only the caller's own progress
    records.

    Args:
        learner_pathway_uuid (UUID | Unset):
        uuid (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        enterprise_uuid (UUID | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedLearnerPathwayProgressEntryList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        learner_pathway_uuid=learner_pathway_uuid,
        uuid=uuid,
        page=page,
        page_size=page_size,
        enterprise_uuid=enterprise_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    learner_pathway_uuid: UUID | Unset = UNSET,
    uuid: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    enterprise_uuid: UUID | Unset = UNSET,
) -> PaginatedLearnerPathwayProgressEntryList:
    """List the learner's pathway progress

    Returns, one page at a time, the progress of the requesting learner in each learner pathway they
    have in progress. The query parameters narrow the list to particular pathways, or to those of one
    enterprise customer. Needs a signed-in caller, and lists only the caller's own progress.

    Who may call: any signed-in user. Anyone else gets 403. Lists only the caller's own progress
    records.

    Args:
        learner_pathway_uuid (UUID | Unset):
        uuid (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        enterprise_uuid (UUID | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedLearnerPathwayProgressEntryList
    """

    return sync_detailed(
        client=client,
        learner_pathway_uuid=learner_pathway_uuid,
        uuid=uuid,
        page=page,
        page_size=page_size,
        enterprise_uuid=enterprise_uuid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    learner_pathway_uuid: UUID | Unset = UNSET,
    uuid: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    enterprise_uuid: UUID | Unset = UNSET,
) -> Response[PaginatedLearnerPathwayProgressEntryList]:
    """List the learner's pathway progress

    Returns, one page at a time, the progress of the requesting learner in each learner pathway they
    have in progress. The query parameters narrow the list to particular pathways, or to those of one
    enterprise customer. Needs a signed-in caller, and lists only the caller's own progress.

    Who may call: any signed-in user. Anyone else gets 403. Lists only the caller's own progress
    records.

    Args:
        learner_pathway_uuid (UUID | Unset):
        uuid (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        enterprise_uuid (UUID | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedLearnerPathwayProgressEntryList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        learner_pathway_uuid=learner_pathway_uuid,
        uuid=uuid,
        page=page,
        page_size=page_size,
        enterprise_uuid=enterprise_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    learner_pathway_uuid: UUID | Unset = UNSET,
    uuid: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    enterprise_uuid: UUID | Unset = UNSET,
) -> PaginatedLearnerPathwayProgressEntryList:
    """List the learner's pathway progress

    Returns, one page at a time, the progress of the requesting learner in each learner pathway they
    have in progress. The query parameters narrow the list to particular pathways, or to those of one
    enterprise customer. Needs a signed-in caller, and lists only the caller's own progress.

    Who may call: any signed-in user. Anyone else gets 403. Lists only the caller's own progress
    records.

    Args:
        learner_pathway_uuid (UUID | Unset):
        uuid (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        enterprise_uuid (UUID | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedLearnerPathwayProgressEntryList
    """

    return (
        await asyncio_detailed(
            client=client,
            learner_pathway_uuid=learner_pathway_uuid,
            uuid=uuid,
            page=page,
            page_size=page_size,
            enterprise_uuid=enterprise_uuid,
        )
    ).parsed
