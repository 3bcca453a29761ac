import ssl
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import httpx
from attrs import define, evolve, field

if TYPE_CHECKING:
    from .api.agreements import AgreementsOperations, AsyncAgreementsOperations
    from .api.bookmarks import AsyncBookmarksOperations, BookmarksOperations
    from .api.bulk_enroll import AsyncBulkEnrollOperations, BulkEnrollOperations
    from .api.ccx import AsyncCcxOperations, CcxOperations
    from .api.certificates import AsyncCertificatesOperations, CertificatesOperations
    from .api.change_email_settings import (
        AsyncChangeEmailSettingsOperations,
        ChangeEmailSettingsOperations,
    )
    from .api.cohorts import AsyncCohortsOperations, CohortsOperations
    from .api.commerce import AsyncCommerceOperations, CommerceOperations
    from .api.completion import AsyncCompletionOperations, CompletionOperations
    from .api.course_experience import (
        AsyncCourseExperienceOperations,
        CourseExperienceOperations,
    )
    from .api.course_home import AsyncCourseHomeOperations, CourseHomeOperations
    from .api.course_live import AsyncCourseLiveOperations, CourseLiveOperations
    from .api.course_modes import AsyncCourseModesOperations, CourseModesOperations
    from .api.courses import AsyncCoursesOperations, CoursesOperations
    from .api.courseware import AsyncCoursewareOperations, CoursewareOperations
    from .api.credit import AsyncCreditOperations, CreditOperations
    from .api.dashboard import AsyncDashboardOperations, DashboardOperations
    from .api.discounts import AsyncDiscountsOperations, DiscountsOperations
    from .api.discussion import AsyncDiscussionOperations, DiscussionOperations
    from .api.edx_name_affirmation import (
        AsyncEdxNameAffirmationOperations,
        EdxNameAffirmationOperations,
    )
    from .api.edx_proctoring import (
        AsyncEdxProctoringOperations,
        EdxProctoringOperations,
    )
    from .api.edxnotes import AsyncEdxnotesOperations, EdxnotesOperations
    from .api.embargo import AsyncEmbargoOperations, EmbargoOperations
    from .api.enrollment import AsyncEnrollmentOperations, EnrollmentOperations
    from .api.entitlements import AsyncEntitlementsOperations, EntitlementsOperations
    from .api.experiments import AsyncExperimentsOperations, ExperimentsOperations
    from .api.grades import AsyncGradesOperations, GradesOperations
    from .api.instructor import AsyncInstructorOperations, InstructorOperations
    from .api.instructor_task import (
        AsyncInstructorTaskOperations,
        InstructorTaskOperations,
    )
    from .api.learner_home import AsyncLearnerHomeOperations, LearnerHomeOperations
    from .api.learner_pathway_progress import (
        AsyncLearnerPathwayProgressOperations,
        LearnerPathwayProgressOperations,
    )
    from .api.learning_sequences import (
        AsyncLearningSequencesOperations,
        LearningSequencesOperations,
    )
    from .api.lti_consumer import AsyncLtiConsumerOperations, LtiConsumerOperations
    from .api.mfe_config import AsyncMfeConfigOperations, MfeConfigOperations
    from .api.mfe_context import AsyncMfeContextOperations, MfeContextOperations
    from .api.mobile import AsyncMobileOperations, MobileOperations
    from .api.ora_staff_grader import (
        AsyncOraStaffGraderOperations,
        OraStaffGraderOperations,
    )
    from .api.organizations import AsyncOrganizationsOperations, OrganizationsOperations
    from .api.profile_images import (
        AsyncProfileImagesOperations,
        ProfileImagesOperations,
    )
    from .api.program_enrollments import (
        AsyncProgramEnrollmentsOperations,
        ProgramEnrollmentsOperations,
    )
    from .api.send_account_activation_email import (
        AsyncSendAccountActivationEmailOperations,
        SendAccountActivationEmailOperations,
    )
    from .api.team import AsyncTeamOperations, TeamOperations
    from .api.third_party_auth import (
        AsyncThirdPartyAuthOperations,
        ThirdPartyAuthOperations,
    )
    from .api.third_party_auth_context import (
        AsyncThirdPartyAuthContextOperations,
        ThirdPartyAuthContextOperations,
    )
    from .api.toggles import AsyncTogglesOperations, TogglesOperations
    from .api.user import AsyncUserOperations, UserOperations
    from .api.user_tours import AsyncUserToursOperations, UserToursOperations
    from .api.val import AsyncValOperations, ValOperations
    from .api.xblock import AsyncXblockOperations, XblockOperations


@define
class Client:
    """A class for keeping track of data related to the API

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take. API functions will raise
        httpx.TimeoutException if this is exceeded.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.


    Attributes:
        raise_on_unexpected_status: Kept for compatibility with openapi-python-client's clients, and without
            effect: every answer but a documented 2xx raises an edx_api_client.errors class.
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(
        default=True, kw_only=True, alias="verify_ssl"
    )
    _follow_redirects: bool = field(
        default=False, kw_only=True, alias="follow_redirects"
    )
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    def with_headers(self, headers: dict[str, str]) -> "Client":
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "Client":
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> "Client":
        """Get a new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(exc_type, exc_value, traceback)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(exc_type, exc_value, traceback)

    @property
    def agreements(self) -> "AgreementsOperations":
        """The agreements operations: `agreements.<action>(...)`."""
        from .api.agreements import AgreementsOperations

        return AgreementsOperations(self)

    @property
    def bookmarks(self) -> "BookmarksOperations":
        """The bookmarks operations: `bookmarks.<action>(...)`."""
        from .api.bookmarks import BookmarksOperations

        return BookmarksOperations(self)

    @property
    def bulk_enroll(self) -> "BulkEnrollOperations":
        """The bulk_enroll operations: `bulk_enroll.<action>(...)`."""
        from .api.bulk_enroll import BulkEnrollOperations

        return BulkEnrollOperations(self)

    @property
    def ccx(self) -> "CcxOperations":
        """The ccx operations: `ccx.<action>(...)`."""
        from .api.ccx import CcxOperations

        return CcxOperations(self)

    @property
    def certificates(self) -> "CertificatesOperations":
        """The certificates operations: `certificates.<action>(...)`."""
        from .api.certificates import CertificatesOperations

        return CertificatesOperations(self)

    @property
    def change_email_settings(self) -> "ChangeEmailSettingsOperations":
        """The change_email_settings operations: `change_email_settings.<action>(...)`."""
        from .api.change_email_settings import ChangeEmailSettingsOperations

        return ChangeEmailSettingsOperations(self)

    @property
    def cohorts(self) -> "CohortsOperations":
        """The cohorts operations: `cohorts.<action>(...)`."""
        from .api.cohorts import CohortsOperations

        return CohortsOperations(self)

    @property
    def commerce(self) -> "CommerceOperations":
        """The commerce operations: `commerce.<action>(...)`."""
        from .api.commerce import CommerceOperations

        return CommerceOperations(self)

    @property
    def completion(self) -> "CompletionOperations":
        """The completion operations: `completion.<action>(...)`."""
        from .api.completion import CompletionOperations

        return CompletionOperations(self)

    @property
    def course_experience(self) -> "CourseExperienceOperations":
        """The course_experience operations: `course_experience.<action>(...)`."""
        from .api.course_experience import CourseExperienceOperations

        return CourseExperienceOperations(self)

    @property
    def course_home(self) -> "CourseHomeOperations":
        """The course_home operations: `course_home.<action>(...)`."""
        from .api.course_home import CourseHomeOperations

        return CourseHomeOperations(self)

    @property
    def course_live(self) -> "CourseLiveOperations":
        """The course_live operations: `course_live.<action>(...)`."""
        from .api.course_live import CourseLiveOperations

        return CourseLiveOperations(self)

    @property
    def course_modes(self) -> "CourseModesOperations":
        """The course_modes operations: `course_modes.<action>(...)`."""
        from .api.course_modes import CourseModesOperations

        return CourseModesOperations(self)

    @property
    def courses(self) -> "CoursesOperations":
        """The courses operations: `courses.<action>(...)`."""
        from .api.courses import CoursesOperations

        return CoursesOperations(self)

    @property
    def courseware(self) -> "CoursewareOperations":
        """The courseware operations: `courseware.<action>(...)`."""
        from .api.courseware import CoursewareOperations

        return CoursewareOperations(self)

    @property
    def credit(self) -> "CreditOperations":
        """The credit operations: `credit.<action>(...)`."""
        from .api.credit import CreditOperations

        return CreditOperations(self)

    @property
    def dashboard(self) -> "DashboardOperations":
        """The dashboard operations: `dashboard.<action>(...)`."""
        from .api.dashboard import DashboardOperations

        return DashboardOperations(self)

    @property
    def discounts(self) -> "DiscountsOperations":
        """The discounts operations: `discounts.<action>(...)`."""
        from .api.discounts import DiscountsOperations

        return DiscountsOperations(self)

    @property
    def discussion(self) -> "DiscussionOperations":
        """The discussion operations: `discussion.<action>(...)`."""
        from .api.discussion import DiscussionOperations

        return DiscussionOperations(self)

    @property
    def edx_name_affirmation(self) -> "EdxNameAffirmationOperations":
        """The edx_name_affirmation operations: `edx_name_affirmation.<action>(...)`."""
        from .api.edx_name_affirmation import EdxNameAffirmationOperations

        return EdxNameAffirmationOperations(self)

    @property
    def edx_proctoring(self) -> "EdxProctoringOperations":
        """The edx_proctoring operations: `edx_proctoring.<action>(...)`."""
        from .api.edx_proctoring import EdxProctoringOperations

        return EdxProctoringOperations(self)

    @property
    def edxnotes(self) -> "EdxnotesOperations":
        """The edxnotes operations: `edxnotes.<action>(...)`."""
        from .api.edxnotes import EdxnotesOperations

        return EdxnotesOperations(self)

    @property
    def embargo(self) -> "EmbargoOperations":
        """The embargo operations: `embargo.<action>(...)`."""
        from .api.embargo import EmbargoOperations

        return EmbargoOperations(self)

    @property
    def enrollment(self) -> "EnrollmentOperations":
        """The enrollment operations: `enrollment.<action>(...)`."""
        from .api.enrollment import EnrollmentOperations

        return EnrollmentOperations(self)

    @property
    def entitlements(self) -> "EntitlementsOperations":
        """The entitlements operations: `entitlements.<action>(...)`."""
        from .api.entitlements import EntitlementsOperations

        return EntitlementsOperations(self)

    @property
    def experiments(self) -> "ExperimentsOperations":
        """The experiments operations: `experiments.<action>(...)`."""
        from .api.experiments import ExperimentsOperations

        return ExperimentsOperations(self)

    @property
    def grades(self) -> "GradesOperations":
        """The grades operations: `grades.<action>(...)`."""
        from .api.grades import GradesOperations

        return GradesOperations(self)

    @property
    def instructor(self) -> "InstructorOperations":
        """The instructor operations: `instructor.<action>(...)`."""
        from .api.instructor import InstructorOperations

        return InstructorOperations(self)

    @property
    def instructor_task(self) -> "InstructorTaskOperations":
        """The instructor_task operations: `instructor_task.<action>(...)`."""
        from .api.instructor_task import InstructorTaskOperations

        return InstructorTaskOperations(self)

    @property
    def learner_pathway_progress(self) -> "LearnerPathwayProgressOperations":
        """The learner_pathway_progress operations: `learner_pathway_progress.<action>(...)`."""
        from .api.learner_pathway_progress import LearnerPathwayProgressOperations

        return LearnerPathwayProgressOperations(self)

    @property
    def learner_home(self) -> "LearnerHomeOperations":
        """The learner_home operations: `learner_home.<action>(...)`."""
        from .api.learner_home import LearnerHomeOperations

        return LearnerHomeOperations(self)

    @property
    def learning_sequences(self) -> "LearningSequencesOperations":
        """The learning_sequences operations: `learning_sequences.<action>(...)`."""
        from .api.learning_sequences import LearningSequencesOperations

        return LearningSequencesOperations(self)

    @property
    def lti_consumer(self) -> "LtiConsumerOperations":
        """The lti_consumer operations: `lti_consumer.<action>(...)`."""
        from .api.lti_consumer import LtiConsumerOperations

        return LtiConsumerOperations(self)

    @property
    def mfe_config(self) -> "MfeConfigOperations":
        """The mfe_config operations: `mfe_config.<action>(...)`."""
        from .api.mfe_config import MfeConfigOperations

        return MfeConfigOperations(self)

    @property
    def mfe_context(self) -> "MfeContextOperations":
        """The mfe_context operations: `mfe_context.<action>(...)`."""
        from .api.mfe_context import MfeContextOperations

        return MfeContextOperations(self)

    @property
    def mobile(self) -> "MobileOperations":
        """The mobile operations: `mobile.<action>(...)`."""
        from .api.mobile import MobileOperations

        return MobileOperations(self)

    @property
    def ora_staff_grader(self) -> "OraStaffGraderOperations":
        """The ora_staff_grader operations: `ora_staff_grader.<action>(...)`."""
        from .api.ora_staff_grader import OraStaffGraderOperations

        return OraStaffGraderOperations(self)

    @property
    def organizations(self) -> "OrganizationsOperations":
        """The organizations operations: `organizations.<action>(...)`."""
        from .api.organizations import OrganizationsOperations

        return OrganizationsOperations(self)

    @property
    def profile_images(self) -> "ProfileImagesOperations":
        """The profile_images operations: `profile_images.<action>(...)`."""
        from .api.profile_images import ProfileImagesOperations

        return ProfileImagesOperations(self)

    @property
    def program_enrollments(self) -> "ProgramEnrollmentsOperations":
        """The program_enrollments operations: `program_enrollments.<action>(...)`."""
        from .api.program_enrollments import ProgramEnrollmentsOperations

        return ProgramEnrollmentsOperations(self)

    @property
    def send_account_activation_email(self) -> "SendAccountActivationEmailOperations":
        """The send_account_activation_email operations: `send_account_activation_email.<action>(...)`."""
        from .api.send_account_activation_email import (
            SendAccountActivationEmailOperations,
        )

        return SendAccountActivationEmailOperations(self)

    @property
    def team(self) -> "TeamOperations":
        """The team operations: `team.<action>(...)`."""
        from .api.team import TeamOperations

        return TeamOperations(self)

    @property
    def third_party_auth(self) -> "ThirdPartyAuthOperations":
        """The third_party_auth operations: `third_party_auth.<action>(...)`."""
        from .api.third_party_auth import ThirdPartyAuthOperations

        return ThirdPartyAuthOperations(self)

    @property
    def third_party_auth_context(self) -> "ThirdPartyAuthContextOperations":
        """The third_party_auth_context operations: `third_party_auth_context.<action>(...)`."""
        from .api.third_party_auth_context import ThirdPartyAuthContextOperations

        return ThirdPartyAuthContextOperations(self)

    @property
    def toggles(self) -> "TogglesOperations":
        """The toggles operations: `toggles.<action>(...)`."""
        from .api.toggles import TogglesOperations

        return TogglesOperations(self)

    @property
    def user(self) -> "UserOperations":
        """The user operations: `user.<action>(...)`."""
        from .api.user import UserOperations

        return UserOperations(self)

    @property
    def user_tours(self) -> "UserToursOperations":
        """The user_tours operations: `user_tours.<action>(...)`."""
        from .api.user_tours import UserToursOperations

        return UserToursOperations(self)

    @property
    def val(self) -> "ValOperations":
        """The val operations: `val.<action>(...)`."""
        from .api.val import ValOperations

        return ValOperations(self)

    @property
    def xblock(self) -> "XblockOperations":
        """The xblock operations: `xblock.<action>(...)`."""
        from .api.xblock import XblockOperations

        return XblockOperations(self)


@define
class AsyncClient(Client):
    """A Client whose operation groups are async: `await client.bookmarks.list()`."""

    @property
    def agreements(self) -> "AsyncAgreementsOperations":  # type: ignore[override]  # fmt: skip
        """The agreements operations, async: `agreements.<action>(...)`."""
        from .api.agreements import AsyncAgreementsOperations

        return AsyncAgreementsOperations(self)

    @property
    def bookmarks(self) -> "AsyncBookmarksOperations":  # type: ignore[override]  # fmt: skip
        """The bookmarks operations, async: `bookmarks.<action>(...)`."""
        from .api.bookmarks import AsyncBookmarksOperations

        return AsyncBookmarksOperations(self)

    @property
    def bulk_enroll(self) -> "AsyncBulkEnrollOperations":  # type: ignore[override]  # fmt: skip
        """The bulk_enroll operations, async: `bulk_enroll.<action>(...)`."""
        from .api.bulk_enroll import AsyncBulkEnrollOperations

        return AsyncBulkEnrollOperations(self)

    @property
    def ccx(self) -> "AsyncCcxOperations":  # type: ignore[override]  # fmt: skip
        """The ccx operations, async: `ccx.<action>(...)`."""
        from .api.ccx import AsyncCcxOperations

        return AsyncCcxOperations(self)

    @property
    def certificates(self) -> "AsyncCertificatesOperations":  # type: ignore[override]  # fmt: skip
        """The certificates operations, async: `certificates.<action>(...)`."""
        from .api.certificates import AsyncCertificatesOperations

        return AsyncCertificatesOperations(self)

    @property
    def change_email_settings(self) -> "AsyncChangeEmailSettingsOperations":  # type: ignore[override]  # fmt: skip
        """The change_email_settings operations, async: `change_email_settings.<action>(...)`."""
        from .api.change_email_settings import AsyncChangeEmailSettingsOperations

        return AsyncChangeEmailSettingsOperations(self)

    @property
    def cohorts(self) -> "AsyncCohortsOperations":  # type: ignore[override]  # fmt: skip
        """The cohorts operations, async: `cohorts.<action>(...)`."""
        from .api.cohorts import AsyncCohortsOperations

        return AsyncCohortsOperations(self)

    @property
    def commerce(self) -> "AsyncCommerceOperations":  # type: ignore[override]  # fmt: skip
        """The commerce operations, async: `commerce.<action>(...)`."""
        from .api.commerce import AsyncCommerceOperations

        return AsyncCommerceOperations(self)

    @property
    def completion(self) -> "AsyncCompletionOperations":  # type: ignore[override]  # fmt: skip
        """The completion operations, async: `completion.<action>(...)`."""
        from .api.completion import AsyncCompletionOperations

        return AsyncCompletionOperations(self)

    @property
    def course_experience(self) -> "AsyncCourseExperienceOperations":  # type: ignore[override]  # fmt: skip
        """The course_experience operations, async: `course_experience.<action>(...)`."""
        from .api.course_experience import AsyncCourseExperienceOperations

        return AsyncCourseExperienceOperations(self)

    @property
    def course_home(self) -> "AsyncCourseHomeOperations":  # type: ignore[override]  # fmt: skip
        """The course_home operations, async: `course_home.<action>(...)`."""
        from .api.course_home import AsyncCourseHomeOperations

        return AsyncCourseHomeOperations(self)

    @property
    def course_live(self) -> "AsyncCourseLiveOperations":  # type: ignore[override]  # fmt: skip
        """The course_live operations, async: `course_live.<action>(...)`."""
        from .api.course_live import AsyncCourseLiveOperations

        return AsyncCourseLiveOperations(self)

    @property
    def course_modes(self) -> "AsyncCourseModesOperations":  # type: ignore[override]  # fmt: skip
        """The course_modes operations, async: `course_modes.<action>(...)`."""
        from .api.course_modes import AsyncCourseModesOperations

        return AsyncCourseModesOperations(self)

    @property
    def courses(self) -> "AsyncCoursesOperations":  # type: ignore[override]  # fmt: skip
        """The courses operations, async: `courses.<action>(...)`."""
        from .api.courses import AsyncCoursesOperations

        return AsyncCoursesOperations(self)

    @property
    def courseware(self) -> "AsyncCoursewareOperations":  # type: ignore[override]  # fmt: skip
        """The courseware operations, async: `courseware.<action>(...)`."""
        from .api.courseware import AsyncCoursewareOperations

        return AsyncCoursewareOperations(self)

    @property
    def credit(self) -> "AsyncCreditOperations":  # type: ignore[override]  # fmt: skip
        """The credit operations, async: `credit.<action>(...)`."""
        from .api.credit import AsyncCreditOperations

        return AsyncCreditOperations(self)

    @property
    def dashboard(self) -> "AsyncDashboardOperations":  # type: ignore[override]  # fmt: skip
        """The dashboard operations, async: `dashboard.<action>(...)`."""
        from .api.dashboard import AsyncDashboardOperations

        return AsyncDashboardOperations(self)

    @property
    def discounts(self) -> "AsyncDiscountsOperations":  # type: ignore[override]  # fmt: skip
        """The discounts operations, async: `discounts.<action>(...)`."""
        from .api.discounts import AsyncDiscountsOperations

        return AsyncDiscountsOperations(self)

    @property
    def discussion(self) -> "AsyncDiscussionOperations":  # type: ignore[override]  # fmt: skip
        """The discussion operations, async: `discussion.<action>(...)`."""
        from .api.discussion import AsyncDiscussionOperations

        return AsyncDiscussionOperations(self)

    @property
    def edx_name_affirmation(self) -> "AsyncEdxNameAffirmationOperations":  # type: ignore[override]  # fmt: skip
        """The edx_name_affirmation operations, async: `edx_name_affirmation.<action>(...)`."""
        from .api.edx_name_affirmation import AsyncEdxNameAffirmationOperations

        return AsyncEdxNameAffirmationOperations(self)

    @property
    def edx_proctoring(self) -> "AsyncEdxProctoringOperations":  # type: ignore[override]  # fmt: skip
        """The edx_proctoring operations, async: `edx_proctoring.<action>(...)`."""
        from .api.edx_proctoring import AsyncEdxProctoringOperations

        return AsyncEdxProctoringOperations(self)

    @property
    def edxnotes(self) -> "AsyncEdxnotesOperations":  # type: ignore[override]  # fmt: skip
        """The edxnotes operations, async: `edxnotes.<action>(...)`."""
        from .api.edxnotes import AsyncEdxnotesOperations

        return AsyncEdxnotesOperations(self)

    @property
    def embargo(self) -> "AsyncEmbargoOperations":  # type: ignore[override]  # fmt: skip
        """The embargo operations, async: `embargo.<action>(...)`."""
        from .api.embargo import AsyncEmbargoOperations

        return AsyncEmbargoOperations(self)

    @property
    def enrollment(self) -> "AsyncEnrollmentOperations":  # type: ignore[override]  # fmt: skip
        """The enrollment operations, async: `enrollment.<action>(...)`."""
        from .api.enrollment import AsyncEnrollmentOperations

        return AsyncEnrollmentOperations(self)

    @property
    def entitlements(self) -> "AsyncEntitlementsOperations":  # type: ignore[override]  # fmt: skip
        """The entitlements operations, async: `entitlements.<action>(...)`."""
        from .api.entitlements import AsyncEntitlementsOperations

        return AsyncEntitlementsOperations(self)

    @property
    def experiments(self) -> "AsyncExperimentsOperations":  # type: ignore[override]  # fmt: skip
        """The experiments operations, async: `experiments.<action>(...)`."""
        from .api.experiments import AsyncExperimentsOperations

        return AsyncExperimentsOperations(self)

    @property
    def grades(self) -> "AsyncGradesOperations":  # type: ignore[override]  # fmt: skip
        """The grades operations, async: `grades.<action>(...)`."""
        from .api.grades import AsyncGradesOperations

        return AsyncGradesOperations(self)

    @property
    def instructor(self) -> "AsyncInstructorOperations":  # type: ignore[override]  # fmt: skip
        """The instructor operations, async: `instructor.<action>(...)`."""
        from .api.instructor import AsyncInstructorOperations

        return AsyncInstructorOperations(self)

    @property
    def instructor_task(self) -> "AsyncInstructorTaskOperations":  # type: ignore[override]  # fmt: skip
        """The instructor_task operations, async: `instructor_task.<action>(...)`."""
        from .api.instructor_task import AsyncInstructorTaskOperations

        return AsyncInstructorTaskOperations(self)

    @property
    def learner_pathway_progress(self) -> "AsyncLearnerPathwayProgressOperations":  # type: ignore[override]  # fmt: skip
        """The learner_pathway_progress operations, async: `learner_pathway_progress.<action>(...)`."""
        from .api.learner_pathway_progress import AsyncLearnerPathwayProgressOperations

        return AsyncLearnerPathwayProgressOperations(self)

    @property
    def learner_home(self) -> "AsyncLearnerHomeOperations":  # type: ignore[override]  # fmt: skip
        """The learner_home operations, async: `learner_home.<action>(...)`."""
        from .api.learner_home import AsyncLearnerHomeOperations

        return AsyncLearnerHomeOperations(self)

    @property
    def learning_sequences(self) -> "AsyncLearningSequencesOperations":  # type: ignore[override]  # fmt: skip
        """The learning_sequences operations, async: `learning_sequences.<action>(...)`."""
        from .api.learning_sequences import AsyncLearningSequencesOperations

        return AsyncLearningSequencesOperations(self)

    @property
    def lti_consumer(self) -> "AsyncLtiConsumerOperations":  # type: ignore[override]  # fmt: skip
        """The lti_consumer operations, async: `lti_consumer.<action>(...)`."""
        from .api.lti_consumer import AsyncLtiConsumerOperations

        return AsyncLtiConsumerOperations(self)

    @property
    def mfe_config(self) -> "AsyncMfeConfigOperations":  # type: ignore[override]  # fmt: skip
        """The mfe_config operations, async: `mfe_config.<action>(...)`."""
        from .api.mfe_config import AsyncMfeConfigOperations

        return AsyncMfeConfigOperations(self)

    @property
    def mfe_context(self) -> "AsyncMfeContextOperations":  # type: ignore[override]  # fmt: skip
        """The mfe_context operations, async: `mfe_context.<action>(...)`."""
        from .api.mfe_context import AsyncMfeContextOperations

        return AsyncMfeContextOperations(self)

    @property
    def mobile(self) -> "AsyncMobileOperations":  # type: ignore[override]  # fmt: skip
        """The mobile operations, async: `mobile.<action>(...)`."""
        from .api.mobile import AsyncMobileOperations

        return AsyncMobileOperations(self)

    @property
    def ora_staff_grader(self) -> "AsyncOraStaffGraderOperations":  # type: ignore[override]  # fmt: skip
        """The ora_staff_grader operations, async: `ora_staff_grader.<action>(...)`."""
        from .api.ora_staff_grader import AsyncOraStaffGraderOperations

        return AsyncOraStaffGraderOperations(self)

    @property
    def organizations(self) -> "AsyncOrganizationsOperations":  # type: ignore[override]  # fmt: skip
        """The organizations operations, async: `organizations.<action>(...)`."""
        from .api.organizations import AsyncOrganizationsOperations

        return AsyncOrganizationsOperations(self)

    @property
    def profile_images(self) -> "AsyncProfileImagesOperations":  # type: ignore[override]  # fmt: skip
        """The profile_images operations, async: `profile_images.<action>(...)`."""
        from .api.profile_images import AsyncProfileImagesOperations

        return AsyncProfileImagesOperations(self)

    @property
    def program_enrollments(self) -> "AsyncProgramEnrollmentsOperations":  # type: ignore[override]  # fmt: skip
        """The program_enrollments operations, async: `program_enrollments.<action>(...)`."""
        from .api.program_enrollments import AsyncProgramEnrollmentsOperations

        return AsyncProgramEnrollmentsOperations(self)

    @property
    def send_account_activation_email(self) -> "AsyncSendAccountActivationEmailOperations":  # type: ignore[override]  # fmt: skip
        """The send_account_activation_email operations, async: `send_account_activation_email.<action>(...)`."""
        from .api.send_account_activation_email import (
            AsyncSendAccountActivationEmailOperations,
        )

        return AsyncSendAccountActivationEmailOperations(self)

    @property
    def team(self) -> "AsyncTeamOperations":  # type: ignore[override]  # fmt: skip
        """The team operations, async: `team.<action>(...)`."""
        from .api.team import AsyncTeamOperations

        return AsyncTeamOperations(self)

    @property
    def third_party_auth(self) -> "AsyncThirdPartyAuthOperations":  # type: ignore[override]  # fmt: skip
        """The third_party_auth operations, async: `third_party_auth.<action>(...)`."""
        from .api.third_party_auth import AsyncThirdPartyAuthOperations

        return AsyncThirdPartyAuthOperations(self)

    @property
    def third_party_auth_context(self) -> "AsyncThirdPartyAuthContextOperations":  # type: ignore[override]  # fmt: skip
        """The third_party_auth_context operations, async: `third_party_auth_context.<action>(...)`."""
        from .api.third_party_auth_context import AsyncThirdPartyAuthContextOperations

        return AsyncThirdPartyAuthContextOperations(self)

    @property
    def toggles(self) -> "AsyncTogglesOperations":  # type: ignore[override]  # fmt: skip
        """The toggles operations, async: `toggles.<action>(...)`."""
        from .api.toggles import AsyncTogglesOperations

        return AsyncTogglesOperations(self)

    @property
    def user(self) -> "AsyncUserOperations":  # type: ignore[override]  # fmt: skip
        """The user operations, async: `user.<action>(...)`."""
        from .api.user import AsyncUserOperations

        return AsyncUserOperations(self)

    @property
    def user_tours(self) -> "AsyncUserToursOperations":  # type: ignore[override]  # fmt: skip
        """The user_tours operations, async: `user_tours.<action>(...)`."""
        from .api.user_tours import AsyncUserToursOperations

        return AsyncUserToursOperations(self)

    @property
    def val(self) -> "AsyncValOperations":  # type: ignore[override]  # fmt: skip
        """The val operations, async: `val.<action>(...)`."""
        from .api.val import AsyncValOperations

        return AsyncValOperations(self)

    @property
    def xblock(self) -> "AsyncXblockOperations":  # type: ignore[override]  # fmt: skip
        """The xblock operations, async: `xblock.<action>(...)`."""
        from .api.xblock import AsyncXblockOperations

        return AsyncXblockOperations(self)


@define
class AuthenticatedClient:
    """A Client which has been authenticated for use on secured endpoints

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take. API functions will raise
        httpx.TimeoutException if this is exceeded.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.


    Attributes:
        raise_on_unexpected_status: Kept for compatibility with openapi-python-client's clients, and without
            effect: every answer but a documented 2xx raises an edx_api_client.errors class.
        token: The token to use for authentication
        prefix: The prefix to use for the Authorization header
        auth_header_name: The name of the Authorization header
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(
        default=True, kw_only=True, alias="verify_ssl"
    )
    _follow_redirects: bool = field(
        default=False, kw_only=True, alias="follow_redirects"
    )
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    token: str
    prefix: str = "Bearer"
    auth_header_name: str = "Authorization"

    def with_headers(self, headers: dict[str, str]) -> "AuthenticatedClient":
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "AuthenticatedClient":
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> "AuthenticatedClient":
        """Get a new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            self._headers[self.auth_header_name] = (
                f"{self.prefix} {self.token}" if self.prefix else self.token
            )
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(exc_type, exc_value, traceback)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            self._headers[self.auth_header_name] = (
                f"{self.prefix} {self.token}" if self.prefix else self.token
            )
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(exc_type, exc_value, traceback)
