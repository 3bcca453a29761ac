"""The change_email_settings operations: one module per operation, and `ChangeEmailSettingsOperations` /
`AsyncChangeEmailSettingsOperations`, which bind them to a client (`edx.<api>.change_email_settings`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.change_email_settings_form import ChangeEmailSettingsForm
    from ...models.change_email_settings_request import ChangeEmailSettingsRequest
    from ...models.change_email_settings_result import ChangeEmailSettingsResult
    from ...models.error_response import ErrorResponse


def _change_email_settings_update(
    self: ChangeEmailSettingsOperations,
    *,
    body: ChangeEmailSettingsRequest | ChangeEmailSettingsForm | Unset = UNSET,
) -> ChangeEmailSettingsResult:
    """Change the user's course email setting: `POST /change_email_settings`.

    See `change_email_settings_update.sync` for the parameters and the errors it raises.
    """
    from . import change_email_settings_update

    return change_email_settings_update.sync(
        body=body,
        client=self._client,
    )


async def _async_change_email_settings_update(
    self: AsyncChangeEmailSettingsOperations,
    *,
    body: ChangeEmailSettingsRequest | ChangeEmailSettingsForm | Unset = UNSET,
) -> ChangeEmailSettingsResult:
    """Change the user's course email setting: `POST /change_email_settings`.

    See `change_email_settings_update.asyncio` for the parameters and the errors it raises.
    """
    from . import change_email_settings_update

    return await change_email_settings_update.asyncio(
        body=body,
        client=self._client,
    )


class ChangeEmailSettingsOperations:
    """The change_email_settings operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    update = _change_email_settings_update


class AsyncChangeEmailSettingsOperations:
    """The change_email_settings operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    update = _async_change_email_settings_update
