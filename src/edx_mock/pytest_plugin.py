"""pytest plugin of the fake edX: a running fake per test session and a configured client.

Installed with the `edx-api-mock` distribution (entry point `pytest11`), so the fixtures are
there without any import:

    from edx_api_client import EdxClient
    from edx_mock.pytest_plugin import EdxClientFactory, EdxFake

    def test_my_sync(edx_client: EdxClient, edx_fake: EdxFake) -> None:
        page = edx_client.lms.bookmarks.list()
        ...

Fixtures
- `edx_fake`: the running fake, reset to its seeded data before the test (an `EdxFake`).
- `edx_client`: an `edx_api_client.EdxClient` for it, signed in as the development client of the
  role named by `@pytest.mark.edx_role(...)` (a `Role`: "learner", "course_staff", "staff",
  "service", "enterprise_admin" or "enterprise_learner")
  (default: "service", the enterprise service worker, who is global staff).
- `edx_client_for`: a factory, `edx_client_for("learner")`, for tests that need several roles
  (an `EdxClientFactory`).

The fixtures are typed, so that tests which annotate them pass `mypy --strict`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol, TypedDict

import httpx
import pytest

from .app import create_app
from .auth import DEV_CLIENTS, DevClient
from .server import serve_in_thread

if TYPE_CHECKING:  # the client is an optional dependency (the `client` extra)
    from edx_api_client import EdxClient

Role = Literal["service", "staff", "course_staff", "learner", "enterprise_admin",
               "enterprise_learner"]

ROLES: dict[str, DevClient] = {
    "service": DEV_CLIENTS["edx-mock-client"],
    "staff": DEV_CLIENTS["edx-mock-staff"],
    "course_staff": DEV_CLIENTS["edx-mock-course-staff"],
    "learner": DEV_CLIENTS["edx-mock-learner"],
    "enterprise_admin": DEV_CLIENTS["edx-mock-enterprise-admin"],
    "enterprise_learner": DEV_CLIENTS["edx-mock-enterprise-learner"],
}


class ClientOptions(TypedDict):
    lms_url: str
    api_url: str
    client_id: str
    client_secret: str


@dataclass(frozen=True)
class EdxFake:
    """A running fake: where it listens and the calls that control it."""

    base_url: str

    def credentials(self, role: str = "service") -> DevClient:
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}; choose one of {sorted(ROLES)}")
        return ROLES[role]

    def client_options(self, role: str = "service") -> ClientOptions:
        """What EdxClient needs to reach the fake as `role`: `EdxClient(**fake.client_options())`."""
        client = self.credentials(role)
        return ClientOptions(lms_url=self.base_url, api_url=self.base_url,
                             client_id=client.client_id, client_secret=client.client_secret)

    def token(self, role: str = "service") -> str:
        client = self.credentials(role)
        response = httpx.post(f"{self.base_url}/oauth2/v1/access_token", data={
            "grant_type": "client_credentials", "token_type": "jwt",
            "client_id": client.client_id, "client_secret": client.client_secret,
        })
        response.raise_for_status()
        token: str = response.json()["access_token"]
        return token

    def reset(self) -> None:
        """Back to the seeded data, with no queued faults."""
        httpx.post(f"{self.base_url}/__mock__/reset", json={}).raise_for_status()

    def calls(self) -> dict[str, int]:
        """How many requests reached each operation (by operationId) since the last reset."""
        response = httpx.get(f"{self.base_url}/__mock__/calls")
        response.raise_for_status()
        by_operation: dict[str, int] = response.json()["by_operation"]
        return by_operation

    def inject(self, method: str, path: str, *faults: dict[str, object]) -> None:
        """Queue canned answers for the next requests to METHOD path (see edx_mock.faults)."""
        response = httpx.post(f"{self.base_url}/__mock__/faults",
                              json={"method": method, "path": path, "faults": list(faults)})
        response.raise_for_status()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "edx_role(role): sign edx_client in as learner, course_staff, staff or service")


@pytest.fixture(scope="session")
def edx_fake_server() -> Iterator[EdxFake]:
    """The fake on a free localhost port for the whole session."""
    with serve_in_thread(create_app()) as base_url:
        yield EdxFake(base_url)


@pytest.fixture
def edx_fake(edx_fake_server: EdxFake) -> EdxFake:
    edx_fake_server.reset()
    return edx_fake_server


class EdxClientFactory(Protocol):
    """`edx_client_for`: an EdxClient signed in to the fake as `role`, closed after the test."""

    def __call__(self, role: Role = "service") -> EdxClient: ...


@pytest.fixture
def edx_client_for(edx_fake: EdxFake) -> Iterator[EdxClientFactory]:
    from edx_api_client import EdxClient  # the edx-openapi-client distribution

    opened: list[EdxClient] = []

    def make(role: Role = "service") -> EdxClient:
        edx = EdxClient(**edx_fake.client_options(role))
        opened.append(edx)
        return edx

    yield make
    for edx in opened:
        edx.close()


@pytest.fixture
def edx_client(request: pytest.FixtureRequest, edx_client_for: EdxClientFactory) -> EdxClient:
    marker = request.node.get_closest_marker("edx_role")
    return edx_client_for(marker.args[0] if marker else "service")
