"""The edxnotes operations: one module per operation, and `EdxnotesOperations` /
`AsyncEdxnotesOperations`, which bind them to a client (`edx.<api>.edxnotes`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.edxnotes_retire_user_request import EdxnotesRetireUserRequest
    from ...models.error_response import ErrorResponse


def _edxnotes_retire_user(
    self: EdxnotesOperations,
    *,
    body: EdxnotesRetireUserRequest | Unset = UNSET,
) -> Any:
    """Retire a user's notes: `POST /edxnotes/v1/retire_user/`.

    See `edxnotes_retire_user.sync` for the parameters and the errors it raises.
    """
    from . import edxnotes_retire_user

    return edxnotes_retire_user.sync(
        body=body,
        client=self._client,
    )


async def _async_edxnotes_retire_user(
    self: AsyncEdxnotesOperations,
    *,
    body: EdxnotesRetireUserRequest | Unset = UNSET,
) -> Any:
    """Retire a user's notes: `POST /edxnotes/v1/retire_user/`.

    See `edxnotes_retire_user.asyncio` for the parameters and the errors it raises.
    """
    from . import edxnotes_retire_user

    return await edxnotes_retire_user.asyncio(
        body=body,
        client=self._client,
    )


class EdxnotesOperations:
    """The edxnotes operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    retire_user = _edxnotes_retire_user


class AsyncEdxnotesOperations:
    """The edxnotes operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    retire_user = _async_edxnotes_retire_user
