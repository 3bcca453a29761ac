"""The user operations: one module per operation, and `UserOperations` /
`AsyncUserOperations`, which bind them to a client (`edx.<api>.user`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset


if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.user_form_description import UserFormDescription
    from typing import cast
    from ...models.user_password_reset_token_validation_request import (
        UserPasswordResetTokenValidationRequest,
    )
    from ...models.user_password_reset_token_validation_response import (
        UserPasswordResetTokenValidationResponse,
    )
    from ...models.user_registration_conflict import UserRegistrationConflict
    from ...models.user_registration_request import UserRegistrationRequest
    from ...models.user_registration_response import UserRegistrationResponse
    from ...models.user_account import UserAccount
    from ...types import UNSET, Unset
    from ...models.user_cancel_retirement_request import UserCancelRetirementRequest
    from ...models.user_cancel_retirement_response import UserCancelRetirementResponse
    from ...models.user_deactivate_logout_request import UserDeactivateLogoutRequest
    from ...models.user_name_change_request import UserNameChangeRequest
    from ...models.user_replace_usernames_request import UserReplaceUsernamesRequest
    from ...models.user_replace_usernames_response import UserReplaceUsernamesResponse
    from ...models.user_retirement_username_request import UserRetirementUsernameRequest
    from ...models.user_retirement_cleanup_request import UserRetirementCleanupRequest
    from ...models.user_retirement_partner_report import UserRetirementPartnerReport
    from ...models.user_retirement_partner_report_cleanup_item import (
        UserRetirementPartnerReportCleanupItem,
    )
    from ...models.user_retirement_status import UserRetirementStatus
    import datetime
    from ...models.user_search_emails_request import UserSearchEmailsRequest
    from ...models.user_search_emails_result import UserSearchEmailsResult
    from ...models.user_retirement_status_update_request import (
        UserRetirementStatusUpdateRequest,
    )
    from ...models.user_account_merge_patch import UserAccountMergePatch
    from ...models.user_profile_image_upload import UserProfileImageUpload
    from ...models.user_verification_status import UserVerificationStatus
    from ...models.user_id_verification import UserIdVerification
    from ...models.paginated_user_list import PaginatedUserList
    from ...models.user_me import UserMe
    from ...models.user_email_opt_in_request import UserEmailOptInRequest
    from ...models.user_time_zone import UserTimeZone
    from ...models.user_preferences import UserPreferences
    from ...models.user_preferences_merge_patch import UserPreferencesMergePatch
    from ...models.paginated_user_preference_list import PaginatedUserPreferenceList
    from ...models.user_preference import UserPreference
    from ...models.user import User
    from ...models.user_registration_validation_request import (
        UserRegistrationValidationRequest,
    )
    from ...models.user_registration_validation_response import (
        UserRegistrationValidationResponse,
    )
    from typing import cast
    from ...models.error_response import ErrorResponse
    from ...models.user_form_description import UserFormDescription
    from typing import cast
    from ...models.error_response import ErrorResponse
    from ...models.user_registration_conflict import UserRegistrationConflict
    from ...models.user_registration_request import UserRegistrationRequest
    from ...models.user_registration_response import UserRegistrationResponse
    from typing import cast
    from ...models.error_response import ErrorResponse
    from ...models.user_account_login_session_retrieve_api_version import (
        UserAccountLoginSessionRetrieveApiVersion,
    )
    from ...models.user_form_description import UserFormDescription
    from typing import cast
    from ...models.error_response import ErrorResponse
    from ...models.user_account_login_session_create_api_version import (
        UserAccountLoginSessionCreateApiVersion,
    )
    from ...models.user_login_session_request import UserLoginSessionRequest
    from ...models.user_login_session_response import UserLoginSessionResponse
    from typing import cast


def _user_account_password_reset_form_retrieve(
    self: UserOperations,
) -> UserFormDescription:
    """Describe the password reset form: `GET /user/v1/account/password_reset/`.

    See `user_account_password_reset_form_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import user_account_password_reset_form_retrieve

    return user_account_password_reset_form_retrieve.sync(
        client=self._client,
    )


def _user_account_password_reset_token_validate(
    self: UserOperations,
    *,
    body: UserPasswordResetTokenValidationRequest | Unset = UNSET,
) -> UserPasswordResetTokenValidationResponse:
    """Validate a password reset token: `POST /user/v1/account/password_reset/token/validate/`.

    See `user_account_password_reset_token_validate.sync` for the parameters and the errors it raises.
    """
    from . import user_account_password_reset_token_validate

    return user_account_password_reset_token_validate.sync(
        body=body,
        client=self._client,
    )


def _user_account_registration_v1_retrieve(
    self: UserOperations,
) -> UserFormDescription:
    """Get the registration endpoint (v1): `GET /user/v1/account/registration/`.

    See `user_account_registration_v1_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import user_account_registration_v1_retrieve

    return user_account_registration_v1_retrieve.sync(
        client=self._client,
    )


def _user_account_registration_v1_create(
    self: UserOperations,
    *,
    body: UserRegistrationRequest,
) -> UserRegistrationResponse:
    """Register a new user account (v1): `POST /user/v1/account/registration/`.

    See `user_account_registration_v1_create.sync` for the parameters and the errors it raises.
    """
    from . import user_account_registration_v1_create

    return user_account_registration_v1_create.sync(
        body=body,
        client=self._client,
    )


def _user_accounts_list(
    self: UserOperations,
    *,
    username: str | Unset = UNSET,
    email: str | Unset = UNSET,
    lms_user_id: str | Unset = UNSET,
    view: str | Unset = UNSET,
) -> list[UserAccount]:
    """List user accounts: `GET /user/v1/accounts`.

    See `user_accounts_list.sync` for the parameters and the errors it raises.
    """
    from . import user_accounts_list

    return user_accounts_list.sync(
        username=username,
        email=email,
        lms_user_id=lms_user_id,
        view=view,
        client=self._client,
    )


def _user_accounts_cancel_retirement(
    self: UserOperations,
    *,
    body: UserCancelRetirementRequest,
) -> UserCancelRetirementResponse:
    """Cancel an account retirement: `POST /user/v1/accounts/cancel_retirement/`.

    See `user_accounts_cancel_retirement.sync` for the parameters and the errors it raises.
    """
    from . import user_accounts_cancel_retirement

    return user_accounts_cancel_retirement.sync(
        body=body,
        client=self._client,
    )


def _user_accounts_deactivate_logout(
    self: UserOperations,
    *,
    body: UserDeactivateLogoutRequest,
) -> Any:
    """Deactivate the account and log out: `POST /user/v1/accounts/deactivate_logout/`.

    See `user_accounts_deactivate_logout.sync` for the parameters and the errors it raises.
    """
    from . import user_accounts_deactivate_logout

    return user_accounts_deactivate_logout.sync(
        body=body,
        client=self._client,
    )


def _user_accounts_name_change_create(
    self: UserOperations,
    *,
    body: UserNameChangeRequest,
) -> Any:
    """Request a profile name change: `POST /user/v1/accounts/name_change/`.

    See `user_accounts_name_change_create.sync` for the parameters and the errors it raises.
    """
    from . import user_accounts_name_change_create

    return user_accounts_name_change_create.sync(
        body=body,
        client=self._client,
    )


def _user_accounts_name_change_confirm(
    self: UserOperations,
    username: str,
) -> Any:
    """Confirm a pending name change: `POST /user/v1/accounts/name_change/{username}/confirm/`.

    See `user_accounts_name_change_confirm.sync` for the parameters and the errors it raises.
    """
    from . import user_accounts_name_change_confirm

    return user_accounts_name_change_confirm.sync(
        username=username,
        client=self._client,
    )


def _user_accounts_replace_usernames(
    self: UserOperations,
    *,
    body: UserReplaceUsernamesRequest,
) -> UserReplaceUsernamesResponse:
    """Replace usernames in bulk: `POST /user/v1/accounts/replace_usernames/`.

    See `user_accounts_replace_usernames.sync` for the parameters and the errors it raises.
    """
    from . import user_accounts_replace_usernames

    return user_accounts_replace_usernames.sync(
        body=body,
        client=self._client,
    )


def _user_accounts_retire(
    self: UserOperations,
    *,
    body: UserRetirementUsernameRequest,
) -> Any:
    """Retire a user: `POST /user/v1/accounts/retire/`.

    See `user_accounts_retire.sync` for the parameters and the errors it raises.
    """
    from . import user_accounts_retire

    return user_accounts_retire.sync(
        body=body,
        client=self._client,
    )


def _user_accounts_retire_misc(
    self: UserOperations,
    *,
    body: UserRetirementUsernameRequest,
) -> Any:
    """Retire a user in the LMS: `POST /user/v1/accounts/retire_misc/`.

    See `user_accounts_retire_misc.sync` for the parameters and the errors it raises.
    """
    from . import user_accounts_retire_misc

    return user_accounts_retire_misc.sync(
        body=body,
        client=self._client,
    )


def _user_accounts_retirement_cleanup(
    self: UserOperations,
    *,
    body: UserRetirementCleanupRequest,
) -> Any:
    """Delete retirement requests: `POST /user/v1/accounts/retirement_cleanup/`.

    See `user_accounts_retirement_cleanup.sync` for the parameters and the errors it raises.
    """
    from . import user_accounts_retirement_cleanup

    return user_accounts_retirement_cleanup.sync(
        body=body,
        client=self._client,
    )


def _user_accounts_retirement_partner_report_create(
    self: UserOperations,
    *,
    body: UserRetirementUsernameRequest,
) -> Any:
    """Add a user to partner reporting: `PUT /user/v1/accounts/retirement_partner_report/`.

    See `user_accounts_retirement_partner_report_create.sync` for the parameters and the errors it raises.
    """
    from . import user_accounts_retirement_partner_report_create

    return user_accounts_retirement_partner_report_create.sync(
        body=body,
        client=self._client,
    )


def _user_accounts_retirement_partner_report_list(
    self: UserOperations,
) -> list[UserRetirementPartnerReport]:
    """Take the users due for partner reporting: `POST /user/v1/accounts/retirement_partner_report/`.

    See `user_accounts_retirement_partner_report_list.sync` for the parameters and the errors it raises.
    """
    from . import user_accounts_retirement_partner_report_list

    return user_accounts_retirement_partner_report_list.sync(
        client=self._client,
    )


def _user_accounts_retirement_partner_report_cleanup(
    self: UserOperations,
    *,
    body: list[UserRetirementPartnerReportCleanupItem],
) -> Any:
    """Delete partner reporting records: `POST /user/v1/accounts/retirement_partner_report_cleanup/`.

    See `user_accounts_retirement_partner_report_cleanup.sync` for the parameters and the errors it raises.
    """
    from . import user_accounts_retirement_partner_report_cleanup

    return user_accounts_retirement_partner_report_cleanup.sync(
        body=body,
        client=self._client,
    )


def _user_accounts_retirement_queue_list(
    self: UserOperations,
    *,
    cool_off_days: int,
    states: list[str],
    limit: int | Unset = UNSET,
) -> list[UserRetirementStatus]:
    """List queued retirements: `GET /user/v1/accounts/retirement_queue/`.

    See `user_accounts_retirement_queue_list.sync` for the parameters and the errors it raises.
    """
    from . import user_accounts_retirement_queue_list

    return user_accounts_retirement_queue_list.sync(
        cool_off_days=cool_off_days,
        states=states,
        limit=limit,
        client=self._client,
    )


def _user_accounts_retirements_by_status_and_date_list(
    self: UserOperations,
    *,
    start_date: datetime.date,
    end_date: datetime.date,
    state: str,
) -> list[UserRetirementStatus]:
    """List retirements by state and date: `GET /user/v1/accounts/retirements_by_status_and_date/`.

    See `user_accounts_retirements_by_status_and_date_list.sync` for the parameters and the errors it raises.
    """
    from . import user_accounts_retirements_by_status_and_date_list

    return user_accounts_retirements_by_status_and_date_list.sync(
        start_date=start_date,
        end_date=end_date,
        state=state,
        client=self._client,
    )


def _user_accounts_search_emails(
    self: UserOperations,
    *,
    body: UserSearchEmailsRequest,
) -> list[UserSearchEmailsResult]:
    """Search accounts by email address: `POST /user/v1/accounts/search_emails`.

    See `user_accounts_search_emails.sync` for the parameters and the errors it raises.
    """
    from . import user_accounts_search_emails

    return user_accounts_search_emails.sync(
        body=body,
        client=self._client,
    )


def _user_accounts_retirement_status_partial_update(
    self: UserOperations,
    *,
    body: UserRetirementStatusUpdateRequest,
) -> Any:
    """Update a user's retirement state: `PATCH /user/v1/accounts/update_retirement_status/`.

    See `user_accounts_retirement_status_partial_update.sync` for the parameters and the errors it raises.
    """
    from . import user_accounts_retirement_status_partial_update

    return user_accounts_retirement_status_partial_update.sync(
        body=body,
        client=self._client,
    )


def _user_accounts_retrieve(
    self: UserOperations,
    username: str,
    *,
    view: str | Unset = UNSET,
) -> UserAccount:
    """Retrieve a user account: `GET /user/v1/accounts/{username}`.

    See `user_accounts_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import user_accounts_retrieve

    return user_accounts_retrieve.sync(
        username=username,
        view=view,
        client=self._client,
    )


def _user_accounts_partial_update(
    self: UserOperations,
    username: str,
    *,
    body: UserAccountMergePatch,
) -> UserAccount:
    """Update a user account: `PATCH /user/v1/accounts/{username}`.

    See `user_accounts_partial_update.sync` for the parameters and the errors it raises.
    """
    from . import user_accounts_partial_update

    return user_accounts_partial_update.sync(
        username=username,
        body=body,
        client=self._client,
    )


def _user_accounts_deactivate(
    self: UserOperations,
    username: str,
) -> UserAccount:
    """Deactivate a user account: `POST /user/v1/accounts/{username}/deactivate/`.

    See `user_accounts_deactivate.sync` for the parameters and the errors it raises.
    """
    from . import user_accounts_deactivate

    return user_accounts_deactivate.sync(
        username=username,
        client=self._client,
    )


def _user_accounts_image_create(
    self: UserOperations,
    username: str,
    *,
    body: UserProfileImageUpload,
) -> Any:
    """Upload a profile image: `POST /user/v1/accounts/{username}/image`.

    See `user_accounts_image_create.sync` for the parameters and the errors it raises.
    """
    from . import user_accounts_image_create

    return user_accounts_image_create.sync(
        username=username,
        body=body,
        client=self._client,
    )


def _user_accounts_image_delete(
    self: UserOperations,
    username: str,
) -> Any:
    """Remove a profile image: `DELETE /user/v1/accounts/{username}/image`.

    See `user_accounts_image_delete.sync` for the parameters and the errors it raises.
    """
    from . import user_accounts_image_delete

    return user_accounts_image_delete.sync(
        username=username,
        client=self._client,
    )


def _user_accounts_retirement_status_retrieve(
    self: UserOperations,
    username: str,
) -> UserRetirementStatus:
    """Retrieve a user's retirement status: `GET /user/v1/accounts/{username}/retirement_status/`.

    See `user_accounts_retirement_status_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import user_accounts_retirement_status_retrieve

    return user_accounts_retirement_status_retrieve.sync(
        username=username,
        client=self._client,
    )


def _user_accounts_verification_status_retrieve(
    self: UserOperations,
    username: str,
) -> UserVerificationStatus:
    """Retrieve a user's ID verification status: `GET /user/v1/accounts/{username}/verification_status/`.

    See `user_accounts_verification_status_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import user_accounts_verification_status_retrieve

    return user_accounts_verification_status_retrieve.sync(
        username=username,
        client=self._client,
    )


def _user_accounts_verifications_list(
    self: UserOperations,
    username: str,
) -> list[UserIdVerification]:
    """List a user's ID verifications: `GET /user/v1/accounts/{username}/verifications/`.

    See `user_accounts_verifications_list.sync` for the parameters and the errors it raises.
    """
    from . import user_accounts_verifications_list

    return user_accounts_verifications_list.sync(
        username=username,
        client=self._client,
    )


def _user_forum_roles_users_list(
    self: UserOperations,
    name: str,
    *,
    course_id: str,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedUserList:
    """List the users holding a forum role: `GET /user/v1/forum_roles/{name}/users/`.

    See `user_forum_roles_users_list.sync` for the parameters and the errors it raises.
    """
    from . import user_forum_roles_users_list

    return user_forum_roles_users_list.sync(
        name=name,
        course_id=course_id,
        page=page,
        page_size=page_size,
        client=self._client,
    )


def _user_me_retrieve(
    self: UserOperations,
) -> UserMe:
    """Retrieve the current user: `GET /user/v1/me`.

    See `user_me_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import user_me_retrieve

    return user_me_retrieve.sync(
        client=self._client,
    )


def _user_preferences_email_opt_in_update(
    self: UserOperations,
    *,
    body: UserEmailOptInRequest,
) -> Any:
    """Set the email opt-in preference: `POST /user/v1/preferences/email_opt_in/`.

    See `user_preferences_email_opt_in_update.sync` for the parameters and the errors it raises.
    """
    from . import user_preferences_email_opt_in_update

    return user_preferences_email_opt_in_update.sync(
        body=body,
        client=self._client,
    )


def _user_preferences_time_zones_list(
    self: UserOperations,
    *,
    country_code: str | Unset = UNSET,
) -> list[UserTimeZone]:
    """List time zones: `GET /user/v1/preferences/time_zones/`.

    See `user_preferences_time_zones_list.sync` for the parameters and the errors it raises.
    """
    from . import user_preferences_time_zones_list

    return user_preferences_time_zones_list.sync(
        country_code=country_code,
        client=self._client,
    )


def _user_preferences_users_list(
    self: UserOperations,
    pref_key: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedUserList:
    """List the users who have a preference: `GET /user/v1/preferences/{pref_key}/users/`.

    See `user_preferences_users_list.sync` for the parameters and the errors it raises.
    """
    from . import user_preferences_users_list

    return user_preferences_users_list.sync(
        pref_key=pref_key,
        page=page,
        page_size=page_size,
        client=self._client,
    )


def _user_preferences_retrieve(
    self: UserOperations,
    username: str,
) -> UserPreferences:
    """Retrieve a user's preferences: `GET /user/v1/preferences/{username}`.

    See `user_preferences_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import user_preferences_retrieve

    return user_preferences_retrieve.sync(
        username=username,
        client=self._client,
    )


def _user_preferences_partial_update(
    self: UserOperations,
    username: str,
    *,
    body: UserPreferencesMergePatch,
) -> Any:
    """Update a user's preferences: `PATCH /user/v1/preferences/{username}`.

    See `user_preferences_partial_update.sync` for the parameters and the errors it raises.
    """
    from . import user_preferences_partial_update

    return user_preferences_partial_update.sync(
        username=username,
        body=body,
        client=self._client,
    )


def _user_preference_retrieve(
    self: UserOperations,
    username: str,
    preference_key: str,
) -> str:
    """Retrieve one preference of a user: `GET /user/v1/preferences/{username}/{preference_key}`.

    See `user_preference_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import user_preference_retrieve

    return user_preference_retrieve.sync(
        username=username,
        preference_key=preference_key,
        client=self._client,
    )


def _user_preference_update(
    self: UserOperations,
    username: str,
    preference_key: str,
    *,
    body: str,
) -> Any:
    """Set one preference of a user: `PUT /user/v1/preferences/{username}/{preference_key}`.

    See `user_preference_update.sync` for the parameters and the errors it raises.
    """
    from . import user_preference_update

    return user_preference_update.sync(
        username=username,
        preference_key=preference_key,
        body=body,
        client=self._client,
    )


def _user_preference_delete(
    self: UserOperations,
    username: str,
    preference_key: str,
) -> Any:
    """Delete one preference of a user: `DELETE /user/v1/preferences/{username}/{preference_key}`.

    See `user_preference_delete.sync` for the parameters and the errors it raises.
    """
    from . import user_preference_delete

    return user_preference_delete.sync(
        username=username,
        preference_key=preference_key,
        client=self._client,
    )


def _user_prefs_list(
    self: UserOperations,
    *,
    key: str | Unset = UNSET,
    user: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedUserPreferenceList:
    """List user preferences: `GET /user/v1/user_prefs/`.

    See `user_prefs_list.sync` for the parameters and the errors it raises.
    """
    from . import user_prefs_list

    return user_prefs_list.sync(
        key=key,
        user=user,
        page=page,
        page_size=page_size,
        client=self._client,
    )


def _user_prefs_retrieve(
    self: UserOperations,
    id: int,
) -> UserPreference:
    """Retrieve a user preference: `GET /user/v1/user_prefs/{id}/`.

    See `user_prefs_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import user_prefs_retrieve

    return user_prefs_retrieve.sync(
        id=id,
        client=self._client,
    )


def _user_users_list(
    self: UserOperations,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedUserList:
    """List users: `GET /user/v1/users/`.

    See `user_users_list.sync` for the parameters and the errors it raises.
    """
    from . import user_users_list

    return user_users_list.sync(
        page=page,
        page_size=page_size,
        client=self._client,
    )


def _user_users_retrieve(
    self: UserOperations,
    id: int,
) -> User:
    """Retrieve a user: `GET /user/v1/users/{id}/`.

    See `user_users_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import user_users_retrieve

    return user_users_retrieve.sync(
        id=id,
        client=self._client,
    )


def _user_registration_validate(
    self: UserOperations,
    *,
    body: UserRegistrationValidationRequest,
) -> UserRegistrationValidationResponse:
    """Validate registration inputs: `POST /user/v1/validation/registration`.

    See `user_registration_validate.sync` for the parameters and the errors it raises.
    """
    from . import user_registration_validate

    return user_registration_validate.sync(
        body=body,
        client=self._client,
    )


def _user_account_registration_v2_retrieve(
    self: UserOperations,
) -> UserFormDescription:
    """Get the registration endpoint (v2): `GET /user/v2/account/registration/`.

    See `user_account_registration_v2_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import user_account_registration_v2_retrieve

    return user_account_registration_v2_retrieve.sync(
        client=self._client,
    )


def _user_account_registration_v2_create(
    self: UserOperations,
    *,
    body: UserRegistrationRequest,
) -> UserRegistrationResponse:
    """Register a new user account (v2): `POST /user/v2/account/registration/`.

    See `user_account_registration_v2_create.sync` for the parameters and the errors it raises.
    """
    from . import user_account_registration_v2_create

    return user_account_registration_v2_create.sync(
        body=body,
        client=self._client,
    )


def _user_account_login_session_retrieve(
    self: UserOperations,
    api_version: UserAccountLoginSessionRetrieveApiVersion,
) -> UserFormDescription:
    """Get the login endpoint: `GET /user/{api_version}/account/login_session/`.

    See `user_account_login_session_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import user_account_login_session_retrieve

    return user_account_login_session_retrieve.sync(
        api_version=api_version,
        client=self._client,
    )


def _user_account_login_session_create(
    self: UserOperations,
    api_version: UserAccountLoginSessionCreateApiVersion,
    *,
    body: UserLoginSessionRequest,
) -> UserLoginSessionResponse:
    """Log a user in: `POST /user/{api_version}/account/login_session/`.

    See `user_account_login_session_create.sync` for the parameters and the errors it raises.
    """
    from . import user_account_login_session_create

    return user_account_login_session_create.sync(
        api_version=api_version,
        body=body,
        client=self._client,
    )


async def _async_user_account_password_reset_form_retrieve(
    self: AsyncUserOperations,
) -> UserFormDescription:
    """Describe the password reset form: `GET /user/v1/account/password_reset/`.

    See `user_account_password_reset_form_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import user_account_password_reset_form_retrieve

    return await user_account_password_reset_form_retrieve.asyncio(
        client=self._client,
    )


async def _async_user_account_password_reset_token_validate(
    self: AsyncUserOperations,
    *,
    body: UserPasswordResetTokenValidationRequest | Unset = UNSET,
) -> UserPasswordResetTokenValidationResponse:
    """Validate a password reset token: `POST /user/v1/account/password_reset/token/validate/`.

    See `user_account_password_reset_token_validate.asyncio` for the parameters and the errors it raises.
    """
    from . import user_account_password_reset_token_validate

    return await user_account_password_reset_token_validate.asyncio(
        body=body,
        client=self._client,
    )


async def _async_user_account_registration_v1_retrieve(
    self: AsyncUserOperations,
) -> UserFormDescription:
    """Get the registration endpoint (v1): `GET /user/v1/account/registration/`.

    See `user_account_registration_v1_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import user_account_registration_v1_retrieve

    return await user_account_registration_v1_retrieve.asyncio(
        client=self._client,
    )


async def _async_user_account_registration_v1_create(
    self: AsyncUserOperations,
    *,
    body: UserRegistrationRequest,
) -> UserRegistrationResponse:
    """Register a new user account (v1): `POST /user/v1/account/registration/`.

    See `user_account_registration_v1_create.asyncio` for the parameters and the errors it raises.
    """
    from . import user_account_registration_v1_create

    return await user_account_registration_v1_create.asyncio(
        body=body,
        client=self._client,
    )


async def _async_user_accounts_list(
    self: AsyncUserOperations,
    *,
    username: str | Unset = UNSET,
    email: str | Unset = UNSET,
    lms_user_id: str | Unset = UNSET,
    view: str | Unset = UNSET,
) -> list[UserAccount]:
    """List user accounts: `GET /user/v1/accounts`.

    See `user_accounts_list.asyncio` for the parameters and the errors it raises.
    """
    from . import user_accounts_list

    return await user_accounts_list.asyncio(
        username=username,
        email=email,
        lms_user_id=lms_user_id,
        view=view,
        client=self._client,
    )


async def _async_user_accounts_cancel_retirement(
    self: AsyncUserOperations,
    *,
    body: UserCancelRetirementRequest,
) -> UserCancelRetirementResponse:
    """Cancel an account retirement: `POST /user/v1/accounts/cancel_retirement/`.

    See `user_accounts_cancel_retirement.asyncio` for the parameters and the errors it raises.
    """
    from . import user_accounts_cancel_retirement

    return await user_accounts_cancel_retirement.asyncio(
        body=body,
        client=self._client,
    )


async def _async_user_accounts_deactivate_logout(
    self: AsyncUserOperations,
    *,
    body: UserDeactivateLogoutRequest,
) -> Any:
    """Deactivate the account and log out: `POST /user/v1/accounts/deactivate_logout/`.

    See `user_accounts_deactivate_logout.asyncio` for the parameters and the errors it raises.
    """
    from . import user_accounts_deactivate_logout

    return await user_accounts_deactivate_logout.asyncio(
        body=body,
        client=self._client,
    )


async def _async_user_accounts_name_change_create(
    self: AsyncUserOperations,
    *,
    body: UserNameChangeRequest,
) -> Any:
    """Request a profile name change: `POST /user/v1/accounts/name_change/`.

    See `user_accounts_name_change_create.asyncio` for the parameters and the errors it raises.
    """
    from . import user_accounts_name_change_create

    return await user_accounts_name_change_create.asyncio(
        body=body,
        client=self._client,
    )


async def _async_user_accounts_name_change_confirm(
    self: AsyncUserOperations,
    username: str,
) -> Any:
    """Confirm a pending name change: `POST /user/v1/accounts/name_change/{username}/confirm/`.

    See `user_accounts_name_change_confirm.asyncio` for the parameters and the errors it raises.
    """
    from . import user_accounts_name_change_confirm

    return await user_accounts_name_change_confirm.asyncio(
        username=username,
        client=self._client,
    )


async def _async_user_accounts_replace_usernames(
    self: AsyncUserOperations,
    *,
    body: UserReplaceUsernamesRequest,
) -> UserReplaceUsernamesResponse:
    """Replace usernames in bulk: `POST /user/v1/accounts/replace_usernames/`.

    See `user_accounts_replace_usernames.asyncio` for the parameters and the errors it raises.
    """
    from . import user_accounts_replace_usernames

    return await user_accounts_replace_usernames.asyncio(
        body=body,
        client=self._client,
    )


async def _async_user_accounts_retire(
    self: AsyncUserOperations,
    *,
    body: UserRetirementUsernameRequest,
) -> Any:
    """Retire a user: `POST /user/v1/accounts/retire/`.

    See `user_accounts_retire.asyncio` for the parameters and the errors it raises.
    """
    from . import user_accounts_retire

    return await user_accounts_retire.asyncio(
        body=body,
        client=self._client,
    )


async def _async_user_accounts_retire_misc(
    self: AsyncUserOperations,
    *,
    body: UserRetirementUsernameRequest,
) -> Any:
    """Retire a user in the LMS: `POST /user/v1/accounts/retire_misc/`.

    See `user_accounts_retire_misc.asyncio` for the parameters and the errors it raises.
    """
    from . import user_accounts_retire_misc

    return await user_accounts_retire_misc.asyncio(
        body=body,
        client=self._client,
    )


async def _async_user_accounts_retirement_cleanup(
    self: AsyncUserOperations,
    *,
    body: UserRetirementCleanupRequest,
) -> Any:
    """Delete retirement requests: `POST /user/v1/accounts/retirement_cleanup/`.

    See `user_accounts_retirement_cleanup.asyncio` for the parameters and the errors it raises.
    """
    from . import user_accounts_retirement_cleanup

    return await user_accounts_retirement_cleanup.asyncio(
        body=body,
        client=self._client,
    )


async def _async_user_accounts_retirement_partner_report_create(
    self: AsyncUserOperations,
    *,
    body: UserRetirementUsernameRequest,
) -> Any:
    """Add a user to partner reporting: `PUT /user/v1/accounts/retirement_partner_report/`.

    See `user_accounts_retirement_partner_report_create.asyncio` for the parameters and the errors it raises.
    """
    from . import user_accounts_retirement_partner_report_create

    return await user_accounts_retirement_partner_report_create.asyncio(
        body=body,
        client=self._client,
    )


async def _async_user_accounts_retirement_partner_report_list(
    self: AsyncUserOperations,
) -> list[UserRetirementPartnerReport]:
    """Take the users due for partner reporting: `POST /user/v1/accounts/retirement_partner_report/`.

    See `user_accounts_retirement_partner_report_list.asyncio` for the parameters and the errors it raises.
    """
    from . import user_accounts_retirement_partner_report_list

    return await user_accounts_retirement_partner_report_list.asyncio(
        client=self._client,
    )


async def _async_user_accounts_retirement_partner_report_cleanup(
    self: AsyncUserOperations,
    *,
    body: list[UserRetirementPartnerReportCleanupItem],
) -> Any:
    """Delete partner reporting records: `POST /user/v1/accounts/retirement_partner_report_cleanup/`.

    See `user_accounts_retirement_partner_report_cleanup.asyncio` for the parameters and the errors it raises.
    """
    from . import user_accounts_retirement_partner_report_cleanup

    return await user_accounts_retirement_partner_report_cleanup.asyncio(
        body=body,
        client=self._client,
    )


async def _async_user_accounts_retirement_queue_list(
    self: AsyncUserOperations,
    *,
    cool_off_days: int,
    states: list[str],
    limit: int | Unset = UNSET,
) -> list[UserRetirementStatus]:
    """List queued retirements: `GET /user/v1/accounts/retirement_queue/`.

    See `user_accounts_retirement_queue_list.asyncio` for the parameters and the errors it raises.
    """
    from . import user_accounts_retirement_queue_list

    return await user_accounts_retirement_queue_list.asyncio(
        cool_off_days=cool_off_days,
        states=states,
        limit=limit,
        client=self._client,
    )


async def _async_user_accounts_retirements_by_status_and_date_list(
    self: AsyncUserOperations,
    *,
    start_date: datetime.date,
    end_date: datetime.date,
    state: str,
) -> list[UserRetirementStatus]:
    """List retirements by state and date: `GET /user/v1/accounts/retirements_by_status_and_date/`.

    See `user_accounts_retirements_by_status_and_date_list.asyncio` for the parameters and the errors it raises.
    """
    from . import user_accounts_retirements_by_status_and_date_list

    return await user_accounts_retirements_by_status_and_date_list.asyncio(
        start_date=start_date,
        end_date=end_date,
        state=state,
        client=self._client,
    )


async def _async_user_accounts_search_emails(
    self: AsyncUserOperations,
    *,
    body: UserSearchEmailsRequest,
) -> list[UserSearchEmailsResult]:
    """Search accounts by email address: `POST /user/v1/accounts/search_emails`.

    See `user_accounts_search_emails.asyncio` for the parameters and the errors it raises.
    """
    from . import user_accounts_search_emails

    return await user_accounts_search_emails.asyncio(
        body=body,
        client=self._client,
    )


async def _async_user_accounts_retirement_status_partial_update(
    self: AsyncUserOperations,
    *,
    body: UserRetirementStatusUpdateRequest,
) -> Any:
    """Update a user's retirement state: `PATCH /user/v1/accounts/update_retirement_status/`.

    See `user_accounts_retirement_status_partial_update.asyncio` for the parameters and the errors it raises.
    """
    from . import user_accounts_retirement_status_partial_update

    return await user_accounts_retirement_status_partial_update.asyncio(
        body=body,
        client=self._client,
    )


async def _async_user_accounts_retrieve(
    self: AsyncUserOperations,
    username: str,
    *,
    view: str | Unset = UNSET,
) -> UserAccount:
    """Retrieve a user account: `GET /user/v1/accounts/{username}`.

    See `user_accounts_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import user_accounts_retrieve

    return await user_accounts_retrieve.asyncio(
        username=username,
        view=view,
        client=self._client,
    )


async def _async_user_accounts_partial_update(
    self: AsyncUserOperations,
    username: str,
    *,
    body: UserAccountMergePatch,
) -> UserAccount:
    """Update a user account: `PATCH /user/v1/accounts/{username}`.

    See `user_accounts_partial_update.asyncio` for the parameters and the errors it raises.
    """
    from . import user_accounts_partial_update

    return await user_accounts_partial_update.asyncio(
        username=username,
        body=body,
        client=self._client,
    )


async def _async_user_accounts_deactivate(
    self: AsyncUserOperations,
    username: str,
) -> UserAccount:
    """Deactivate a user account: `POST /user/v1/accounts/{username}/deactivate/`.

    See `user_accounts_deactivate.asyncio` for the parameters and the errors it raises.
    """
    from . import user_accounts_deactivate

    return await user_accounts_deactivate.asyncio(
        username=username,
        client=self._client,
    )


async def _async_user_accounts_image_create(
    self: AsyncUserOperations,
    username: str,
    *,
    body: UserProfileImageUpload,
) -> Any:
    """Upload a profile image: `POST /user/v1/accounts/{username}/image`.

    See `user_accounts_image_create.asyncio` for the parameters and the errors it raises.
    """
    from . import user_accounts_image_create

    return await user_accounts_image_create.asyncio(
        username=username,
        body=body,
        client=self._client,
    )


async def _async_user_accounts_image_delete(
    self: AsyncUserOperations,
    username: str,
) -> Any:
    """Remove a profile image: `DELETE /user/v1/accounts/{username}/image`.

    See `user_accounts_image_delete.asyncio` for the parameters and the errors it raises.
    """
    from . import user_accounts_image_delete

    return await user_accounts_image_delete.asyncio(
        username=username,
        client=self._client,
    )


async def _async_user_accounts_retirement_status_retrieve(
    self: AsyncUserOperations,
    username: str,
) -> UserRetirementStatus:
    """Retrieve a user's retirement status: `GET /user/v1/accounts/{username}/retirement_status/`.

    See `user_accounts_retirement_status_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import user_accounts_retirement_status_retrieve

    return await user_accounts_retirement_status_retrieve.asyncio(
        username=username,
        client=self._client,
    )


async def _async_user_accounts_verification_status_retrieve(
    self: AsyncUserOperations,
    username: str,
) -> UserVerificationStatus:
    """Retrieve a user's ID verification status: `GET /user/v1/accounts/{username}/verification_status/`.

    See `user_accounts_verification_status_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import user_accounts_verification_status_retrieve

    return await user_accounts_verification_status_retrieve.asyncio(
        username=username,
        client=self._client,
    )


async def _async_user_accounts_verifications_list(
    self: AsyncUserOperations,
    username: str,
) -> list[UserIdVerification]:
    """List a user's ID verifications: `GET /user/v1/accounts/{username}/verifications/`.

    See `user_accounts_verifications_list.asyncio` for the parameters and the errors it raises.
    """
    from . import user_accounts_verifications_list

    return await user_accounts_verifications_list.asyncio(
        username=username,
        client=self._client,
    )


async def _async_user_forum_roles_users_list(
    self: AsyncUserOperations,
    name: str,
    *,
    course_id: str,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedUserList:
    """List the users holding a forum role: `GET /user/v1/forum_roles/{name}/users/`.

    See `user_forum_roles_users_list.asyncio` for the parameters and the errors it raises.
    """
    from . import user_forum_roles_users_list

    return await user_forum_roles_users_list.asyncio(
        name=name,
        course_id=course_id,
        page=page,
        page_size=page_size,
        client=self._client,
    )


async def _async_user_me_retrieve(
    self: AsyncUserOperations,
) -> UserMe:
    """Retrieve the current user: `GET /user/v1/me`.

    See `user_me_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import user_me_retrieve

    return await user_me_retrieve.asyncio(
        client=self._client,
    )


async def _async_user_preferences_email_opt_in_update(
    self: AsyncUserOperations,
    *,
    body: UserEmailOptInRequest,
) -> Any:
    """Set the email opt-in preference: `POST /user/v1/preferences/email_opt_in/`.

    See `user_preferences_email_opt_in_update.asyncio` for the parameters and the errors it raises.
    """
    from . import user_preferences_email_opt_in_update

    return await user_preferences_email_opt_in_update.asyncio(
        body=body,
        client=self._client,
    )


async def _async_user_preferences_time_zones_list(
    self: AsyncUserOperations,
    *,
    country_code: str | Unset = UNSET,
) -> list[UserTimeZone]:
    """List time zones: `GET /user/v1/preferences/time_zones/`.

    See `user_preferences_time_zones_list.asyncio` for the parameters and the errors it raises.
    """
    from . import user_preferences_time_zones_list

    return await user_preferences_time_zones_list.asyncio(
        country_code=country_code,
        client=self._client,
    )


async def _async_user_preferences_users_list(
    self: AsyncUserOperations,
    pref_key: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedUserList:
    """List the users who have a preference: `GET /user/v1/preferences/{pref_key}/users/`.

    See `user_preferences_users_list.asyncio` for the parameters and the errors it raises.
    """
    from . import user_preferences_users_list

    return await user_preferences_users_list.asyncio(
        pref_key=pref_key,
        page=page,
        page_size=page_size,
        client=self._client,
    )


async def _async_user_preferences_retrieve(
    self: AsyncUserOperations,
    username: str,
) -> UserPreferences:
    """Retrieve a user's preferences: `GET /user/v1/preferences/{username}`.

    See `user_preferences_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import user_preferences_retrieve

    return await user_preferences_retrieve.asyncio(
        username=username,
        client=self._client,
    )


async def _async_user_preferences_partial_update(
    self: AsyncUserOperations,
    username: str,
    *,
    body: UserPreferencesMergePatch,
) -> Any:
    """Update a user's preferences: `PATCH /user/v1/preferences/{username}`.

    See `user_preferences_partial_update.asyncio` for the parameters and the errors it raises.
    """
    from . import user_preferences_partial_update

    return await user_preferences_partial_update.asyncio(
        username=username,
        body=body,
        client=self._client,
    )


async def _async_user_preference_retrieve(
    self: AsyncUserOperations,
    username: str,
    preference_key: str,
) -> str:
    """Retrieve one preference of a user: `GET /user/v1/preferences/{username}/{preference_key}`.

    See `user_preference_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import user_preference_retrieve

    return await user_preference_retrieve.asyncio(
        username=username,
        preference_key=preference_key,
        client=self._client,
    )


async def _async_user_preference_update(
    self: AsyncUserOperations,
    username: str,
    preference_key: str,
    *,
    body: str,
) -> Any:
    """Set one preference of a user: `PUT /user/v1/preferences/{username}/{preference_key}`.

    See `user_preference_update.asyncio` for the parameters and the errors it raises.
    """
    from . import user_preference_update

    return await user_preference_update.asyncio(
        username=username,
        preference_key=preference_key,
        body=body,
        client=self._client,
    )


async def _async_user_preference_delete(
    self: AsyncUserOperations,
    username: str,
    preference_key: str,
) -> Any:
    """Delete one preference of a user: `DELETE /user/v1/preferences/{username}/{preference_key}`.

    See `user_preference_delete.asyncio` for the parameters and the errors it raises.
    """
    from . import user_preference_delete

    return await user_preference_delete.asyncio(
        username=username,
        preference_key=preference_key,
        client=self._client,
    )


async def _async_user_prefs_list(
    self: AsyncUserOperations,
    *,
    key: str | Unset = UNSET,
    user: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedUserPreferenceList:
    """List user preferences: `GET /user/v1/user_prefs/`.

    See `user_prefs_list.asyncio` for the parameters and the errors it raises.
    """
    from . import user_prefs_list

    return await user_prefs_list.asyncio(
        key=key,
        user=user,
        page=page,
        page_size=page_size,
        client=self._client,
    )


async def _async_user_prefs_retrieve(
    self: AsyncUserOperations,
    id: int,
) -> UserPreference:
    """Retrieve a user preference: `GET /user/v1/user_prefs/{id}/`.

    See `user_prefs_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import user_prefs_retrieve

    return await user_prefs_retrieve.asyncio(
        id=id,
        client=self._client,
    )


async def _async_user_users_list(
    self: AsyncUserOperations,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedUserList:
    """List users: `GET /user/v1/users/`.

    See `user_users_list.asyncio` for the parameters and the errors it raises.
    """
    from . import user_users_list

    return await user_users_list.asyncio(
        page=page,
        page_size=page_size,
        client=self._client,
    )


async def _async_user_users_retrieve(
    self: AsyncUserOperations,
    id: int,
) -> User:
    """Retrieve a user: `GET /user/v1/users/{id}/`.

    See `user_users_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import user_users_retrieve

    return await user_users_retrieve.asyncio(
        id=id,
        client=self._client,
    )


async def _async_user_registration_validate(
    self: AsyncUserOperations,
    *,
    body: UserRegistrationValidationRequest,
) -> UserRegistrationValidationResponse:
    """Validate registration inputs: `POST /user/v1/validation/registration`.

    See `user_registration_validate.asyncio` for the parameters and the errors it raises.
    """
    from . import user_registration_validate

    return await user_registration_validate.asyncio(
        body=body,
        client=self._client,
    )


async def _async_user_account_registration_v2_retrieve(
    self: AsyncUserOperations,
) -> UserFormDescription:
    """Get the registration endpoint (v2): `GET /user/v2/account/registration/`.

    See `user_account_registration_v2_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import user_account_registration_v2_retrieve

    return await user_account_registration_v2_retrieve.asyncio(
        client=self._client,
    )


async def _async_user_account_registration_v2_create(
    self: AsyncUserOperations,
    *,
    body: UserRegistrationRequest,
) -> UserRegistrationResponse:
    """Register a new user account (v2): `POST /user/v2/account/registration/`.

    See `user_account_registration_v2_create.asyncio` for the parameters and the errors it raises.
    """
    from . import user_account_registration_v2_create

    return await user_account_registration_v2_create.asyncio(
        body=body,
        client=self._client,
    )


async def _async_user_account_login_session_retrieve(
    self: AsyncUserOperations,
    api_version: UserAccountLoginSessionRetrieveApiVersion,
) -> UserFormDescription:
    """Get the login endpoint: `GET /user/{api_version}/account/login_session/`.

    See `user_account_login_session_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import user_account_login_session_retrieve

    return await user_account_login_session_retrieve.asyncio(
        api_version=api_version,
        client=self._client,
    )


async def _async_user_account_login_session_create(
    self: AsyncUserOperations,
    api_version: UserAccountLoginSessionCreateApiVersion,
    *,
    body: UserLoginSessionRequest,
) -> UserLoginSessionResponse:
    """Log a user in: `POST /user/{api_version}/account/login_session/`.

    See `user_account_login_session_create.asyncio` for the parameters and the errors it raises.
    """
    from . import user_account_login_session_create

    return await user_account_login_session_create.asyncio(
        api_version=api_version,
        body=body,
        client=self._client,
    )


class UserOperations:
    """The user operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    account_password_reset_form_retrieve = _user_account_password_reset_form_retrieve
    account_password_reset_token_validate = _user_account_password_reset_token_validate
    account_registration_v1_retrieve = _user_account_registration_v1_retrieve
    account_registration_v1_create = _user_account_registration_v1_create
    accounts_list = _user_accounts_list
    accounts_cancel_retirement = _user_accounts_cancel_retirement
    accounts_deactivate_logout = _user_accounts_deactivate_logout
    accounts_name_change_create = _user_accounts_name_change_create
    accounts_name_change_confirm = _user_accounts_name_change_confirm
    accounts_replace_usernames = _user_accounts_replace_usernames
    accounts_retire = _user_accounts_retire
    accounts_retire_misc = _user_accounts_retire_misc
    accounts_retirement_cleanup = _user_accounts_retirement_cleanup
    accounts_retirement_partner_report_create = (
        _user_accounts_retirement_partner_report_create
    )
    accounts_retirement_partner_report_list = (
        _user_accounts_retirement_partner_report_list
    )
    accounts_retirement_partner_report_cleanup = (
        _user_accounts_retirement_partner_report_cleanup
    )
    accounts_retirement_queue_list = _user_accounts_retirement_queue_list
    accounts_retirements_by_status_and_date_list = (
        _user_accounts_retirements_by_status_and_date_list
    )
    accounts_search_emails = _user_accounts_search_emails
    accounts_retirement_status_partial_update = (
        _user_accounts_retirement_status_partial_update
    )
    accounts_retrieve = _user_accounts_retrieve
    accounts_partial_update = _user_accounts_partial_update
    accounts_deactivate = _user_accounts_deactivate
    accounts_image_create = _user_accounts_image_create
    accounts_image_delete = _user_accounts_image_delete
    accounts_retirement_status_retrieve = _user_accounts_retirement_status_retrieve
    accounts_verification_status_retrieve = _user_accounts_verification_status_retrieve
    accounts_verifications_list = _user_accounts_verifications_list
    forum_roles_users_list = _user_forum_roles_users_list
    me_retrieve = _user_me_retrieve
    preferences_email_opt_in_update = _user_preferences_email_opt_in_update
    preferences_time_zones_list = _user_preferences_time_zones_list
    preferences_users_list = _user_preferences_users_list
    preferences_retrieve = _user_preferences_retrieve
    preferences_partial_update = _user_preferences_partial_update
    preference_retrieve = _user_preference_retrieve
    preference_update = _user_preference_update
    preference_delete = _user_preference_delete
    prefs_list = _user_prefs_list
    prefs_retrieve = _user_prefs_retrieve
    users_list = _user_users_list
    users_retrieve = _user_users_retrieve
    registration_validate = _user_registration_validate
    account_registration_v2_retrieve = _user_account_registration_v2_retrieve
    account_registration_v2_create = _user_account_registration_v2_create
    account_login_session_retrieve = _user_account_login_session_retrieve
    account_login_session_create = _user_account_login_session_create


class AsyncUserOperations:
    """The user operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    account_password_reset_form_retrieve = (
        _async_user_account_password_reset_form_retrieve
    )
    account_password_reset_token_validate = (
        _async_user_account_password_reset_token_validate
    )
    account_registration_v1_retrieve = _async_user_account_registration_v1_retrieve
    account_registration_v1_create = _async_user_account_registration_v1_create
    accounts_list = _async_user_accounts_list
    accounts_cancel_retirement = _async_user_accounts_cancel_retirement
    accounts_deactivate_logout = _async_user_accounts_deactivate_logout
    accounts_name_change_create = _async_user_accounts_name_change_create
    accounts_name_change_confirm = _async_user_accounts_name_change_confirm
    accounts_replace_usernames = _async_user_accounts_replace_usernames
    accounts_retire = _async_user_accounts_retire
    accounts_retire_misc = _async_user_accounts_retire_misc
    accounts_retirement_cleanup = _async_user_accounts_retirement_cleanup
    accounts_retirement_partner_report_create = (
        _async_user_accounts_retirement_partner_report_create
    )
    accounts_retirement_partner_report_list = (
        _async_user_accounts_retirement_partner_report_list
    )
    accounts_retirement_partner_report_cleanup = (
        _async_user_accounts_retirement_partner_report_cleanup
    )
    accounts_retirement_queue_list = _async_user_accounts_retirement_queue_list
    accounts_retirements_by_status_and_date_list = (
        _async_user_accounts_retirements_by_status_and_date_list
    )
    accounts_search_emails = _async_user_accounts_search_emails
    accounts_retirement_status_partial_update = (
        _async_user_accounts_retirement_status_partial_update
    )
    accounts_retrieve = _async_user_accounts_retrieve
    accounts_partial_update = _async_user_accounts_partial_update
    accounts_deactivate = _async_user_accounts_deactivate
    accounts_image_create = _async_user_accounts_image_create
    accounts_image_delete = _async_user_accounts_image_delete
    accounts_retirement_status_retrieve = (
        _async_user_accounts_retirement_status_retrieve
    )
    accounts_verification_status_retrieve = (
        _async_user_accounts_verification_status_retrieve
    )
    accounts_verifications_list = _async_user_accounts_verifications_list
    forum_roles_users_list = _async_user_forum_roles_users_list
    me_retrieve = _async_user_me_retrieve
    preferences_email_opt_in_update = _async_user_preferences_email_opt_in_update
    preferences_time_zones_list = _async_user_preferences_time_zones_list
    preferences_users_list = _async_user_preferences_users_list
    preferences_retrieve = _async_user_preferences_retrieve
    preferences_partial_update = _async_user_preferences_partial_update
    preference_retrieve = _async_user_preference_retrieve
    preference_update = _async_user_preference_update
    preference_delete = _async_user_preference_delete
    prefs_list = _async_user_prefs_list
    prefs_retrieve = _async_user_prefs_retrieve
    users_list = _async_user_users_list
    users_retrieve = _async_user_users_retrieve
    registration_validate = _async_user_registration_validate
    account_registration_v2_retrieve = _async_user_account_registration_v2_retrieve
    account_registration_v2_create = _async_user_account_registration_v2_create
    account_login_session_retrieve = _async_user_account_login_session_retrieve
    account_login_session_create = _async_user_account_login_session_create
