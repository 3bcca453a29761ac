"""The send_account_activation_email operations: one module per operation, and `SendAccountActivationEmailOperations` /
`AsyncSendAccountActivationEmailOperations`, which bind them to a client (`edx.<api>.send_account_activation_email`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse


def _send_account_activation_email_create(
    self: SendAccountActivationEmailOperations,
) -> Any:
    """Send the account activation email: `POST /send_account_activation_email`.

    See `send_account_activation_email_create.sync` for the parameters and the errors it raises.
    """
    from . import send_account_activation_email_create

    return send_account_activation_email_create.sync(
        client=self._client,
    )


async def _async_send_account_activation_email_create(
    self: AsyncSendAccountActivationEmailOperations,
) -> Any:
    """Send the account activation email: `POST /send_account_activation_email`.

    See `send_account_activation_email_create.asyncio` for the parameters and the errors it raises.
    """
    from . import send_account_activation_email_create

    return await send_account_activation_email_create.asyncio(
        client=self._client,
    )


class SendAccountActivationEmailOperations:
    """The send_account_activation_email operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    create = _send_account_activation_email_create


class AsyncSendAccountActivationEmailOperations:
    """The send_account_activation_email operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    create = _async_send_account_activation_email_create
