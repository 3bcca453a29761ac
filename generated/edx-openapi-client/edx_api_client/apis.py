"""The APIs of this client and the host each is served from.

Generated from the project's codegen/apis.yaml by scripts/client_runtime.py; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

if TYPE_CHECKING:
    from .catalog import AsyncClient as AsyncCatalogClient
    from .catalog import Client as CatalogClient
    from .enterprise import AsyncClient as AsyncEnterpriseClient
    from .enterprise import Client as EnterpriseClient
    from .lms import AsyncClient as AsyncLmsClient
    from .lms import Client as LmsClient

Host = Literal["lms", "gateway"]

# Where each API's requests go: `lms` is the LMS given as lms_url (under its /api prefix),
# `gateway` the edX API gateway given as api_url.
API_HOSTS: dict[str, Host] = {
    "enterprise": "gateway",
    "catalog": "gateway",
    "lms": "lms",
}


class ApiClients:
    """One property per API: its generated client, configured by the entry point's `_client`."""

    def _client(self, api: str) -> Any:
        raise NotImplementedError

    @property
    def enterprise(self) -> EnterpriseClient:
        """The enterprise API, described from enterprise-api.txt, enterprise-api-v2.rst."""
        return cast("EnterpriseClient", self._client("enterprise"))

    @property
    def catalog(self) -> CatalogClient:
        """The catalog API, described from course-catalog-api.rst."""
        return cast("CatalogClient", self._client("catalog"))

    @property
    def lms(self) -> LmsClient:
        """The lms API, described from lms-api.txt."""
        return cast("LmsClient", self._client("lms"))


class AsyncApiClients(ApiClients):
    """The same APIs for AsyncEdxClient: each client's operation groups are async
    (`await edx.lms.bookmarks.list()`); an AsyncClient is a Client, so the generated
    functions take it as `client=` too."""

    @property
    def enterprise(self) -> AsyncEnterpriseClient:
        """The enterprise API, described from enterprise-api.txt, enterprise-api-v2.rst."""
        return cast("AsyncEnterpriseClient", self._client("enterprise"))

    @property
    def catalog(self) -> AsyncCatalogClient:
        """The catalog API, described from course-catalog-api.rst."""
        return cast("AsyncCatalogClient", self._client("catalog"))

    @property
    def lms(self) -> AsyncLmsClient:
        """The lms API, described from lms-api.txt."""
        return cast("AsyncLmsClient", self._client("lms"))
