from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paginated_learner_summary_v2_list import PaginatedLearnerSummaryV2List
from ...types import UNSET, Response, Unset


def _get_kwargs(
    enterprise_uuid: UUID,
    *,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/enterprise/v2/enterprise-customer/{enterprise_uuid}/learner-summary".format(
            enterprise_uuid=quote(str(enterprise_uuid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedLearnerSummaryV2List:
    if response.status_code == 200:
        response_200 = PaginatedLearnerSummaryV2List.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedLearnerSummaryV2List]:
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
    enterprise_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[PaginatedLearnerSummaryV2List]:
    """List learner enrollment summaries (v2)

    The older version of the learner summary: one record per course enrollment of the enterprise's
    learners, a page at a time, with a different set of fields from v3. Only administrators of the
    enterprise and enterprise operators may call it, with a JWT; anyone else is refused 403.

    Who may call: an administrator of the enterprise of `enterprise_uuid`, or the service worker of
    another edX service. Anyone else gets 403. The caller needs the enterprise data admin role for the
    enterprise in the path, which an enterprise admin holds for their own enterprise and an enterprise
    operator for every one; learners, and global staff without the role, are refused 403. Only JWT
    authentication is accepted (no session cookie).

    Args:
        enterprise_uuid (UUID):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedLearnerSummaryV2List]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        enterprise_uuid=enterprise_uuid,
        ordering=ordering,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedLearnerSummaryV2List:
    """List learner enrollment summaries (v2)

    The older version of the learner summary: one record per course enrollment of the enterprise's
    learners, a page at a time, with a different set of fields from v3. Only administrators of the
    enterprise and enterprise operators may call it, with a JWT; anyone else is refused 403.

    Who may call: an administrator of the enterprise of `enterprise_uuid`, or the service worker of
    another edX service. Anyone else gets 403. The caller needs the enterprise data admin role for the
    enterprise in the path, which an enterprise admin holds for their own enterprise and an enterprise
    operator for every one; learners, and global staff without the role, are refused 403. Only JWT
    authentication is accepted (no session cookie).

    Args:
        enterprise_uuid (UUID):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedLearnerSummaryV2List
    """

    return sync_detailed(
        enterprise_uuid=enterprise_uuid,
        client=client,
        ordering=ordering,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    enterprise_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[PaginatedLearnerSummaryV2List]:
    """List learner enrollment summaries (v2)

    The older version of the learner summary: one record per course enrollment of the enterprise's
    learners, a page at a time, with a different set of fields from v3. Only administrators of the
    enterprise and enterprise operators may call it, with a JWT; anyone else is refused 403.

    Who may call: an administrator of the enterprise of `enterprise_uuid`, or the service worker of
    another edX service. Anyone else gets 403. The caller needs the enterprise data admin role for the
    enterprise in the path, which an enterprise admin holds for their own enterprise and an enterprise
    operator for every one; learners, and global staff without the role, are refused 403. Only JWT
    authentication is accepted (no session cookie).

    Args:
        enterprise_uuid (UUID):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedLearnerSummaryV2List]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        enterprise_uuid=enterprise_uuid,
        ordering=ordering,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedLearnerSummaryV2List:
    """List learner enrollment summaries (v2)

    The older version of the learner summary: one record per course enrollment of the enterprise's
    learners, a page at a time, with a different set of fields from v3. Only administrators of the
    enterprise and enterprise operators may call it, with a JWT; anyone else is refused 403.

    Who may call: an administrator of the enterprise of `enterprise_uuid`, or the service worker of
    another edX service. Anyone else gets 403. The caller needs the enterprise data admin role for the
    enterprise in the path, which an enterprise admin holds for their own enterprise and an enterprise
    operator for every one; learners, and global staff without the role, are refused 403. Only JWT
    authentication is accepted (no session cookie).

    Args:
        enterprise_uuid (UUID):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedLearnerSummaryV2List
    """

    return (
        await asyncio_detailed(
            enterprise_uuid=enterprise_uuid,
            client=client,
            ordering=ordering,
            page=page,
            page_size=page_size,
        )
    ).parsed
