"""Fixtures shared by the test suites: the mock served over real HTTP, and tokens for it."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest
import uvicorn

from edx_mock import create_app
from edx_mock.auth import DEV_CLIENTS


@dataclass(frozen=True)
class LiveMock:
    base_url: str
    client_id: str
    client_secret: str

    def token(self) -> str:
        response = httpx.post(f"{self.base_url}/oauth2/v1/access_token", data={
            "grant_type": "client_credentials", "token_type": "jwt",
            "client_id": self.client_id, "client_secret": self.client_secret,
        })
        response.raise_for_status()
        token: str = response.json()["access_token"]
        return token

    def reset(self) -> None:
        httpx.post(f"{self.base_url}/__mock__/reset").raise_for_status()

    def inject(self, method: str, path: str, *faults: dict[str, object]) -> None:
        """Queue canned answers for the next requests to METHOD path (see edx_mock.faults)."""
        response = httpx.post(f"{self.base_url}/__mock__/faults",
                              json={"method": method, "path": path, "faults": list(faults)})
        response.raise_for_status()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="session")
def live_mock_server() -> Iterator[LiveMock]:
    """The mock on a free localhost port, served by uvicorn in a background thread."""
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the mock did not start within 10 s")
        time.sleep(0.02)
    client = next(iter(DEV_CLIENTS.values()))
    yield LiveMock(f"http://127.0.0.1:{port}", client.client_id, client.client_secret)
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def live_mock(live_mock_server: LiveMock) -> LiveMock:
    """The live mock, reset to its seeded data before the test."""
    live_mock_server.reset()
    return live_mock_server
