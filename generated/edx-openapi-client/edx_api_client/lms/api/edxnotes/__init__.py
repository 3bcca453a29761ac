"""The edxnotes operations: one module per operation, and `EdxnotesOperations` /
`AsyncEdxnotesOperations`, which bind them to a client (`edx.<api>.edxnotes`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse


class EdxnotesOperations:
    """The edxnotes operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def retire_user(
        self,
    ) -> Any:
        """Retire a user's notes: `POST /edxnotes/v1/retire_user/`.

        See `edxnotes_retire_user.sync` for the parameters and the errors it raises.
        """
        from . import edxnotes_retire_user

        return edxnotes_retire_user.sync(
            client=self._client,
        )


class AsyncEdxnotesOperations:
    """The edxnotes operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def retire_user(
        self,
    ) -> Any:
        """Retire a user's notes: `POST /edxnotes/v1/retire_user/`.

        See `edxnotes_retire_user.asyncio` for the parameters and the errors it raises.
        """
        from . import edxnotes_retire_user

        return await edxnotes_retire_user.asyncio(
            client=self._client,
        )
