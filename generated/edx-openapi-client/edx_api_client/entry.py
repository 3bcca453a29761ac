"""EdxClient and AsyncEdxClient: one entry point to every API, authenticated, retrying, JSON.

`client.lms`, `client.enterprise`, `client.catalog` (one property per API of the project's
codegen/apis.yaml, from the generated `apis` module) are the generated clients of each API,
configured with the right base URL and sharing one authentication and retry policy.
"""

from __future__ import annotations

import importlib
from types import TracebackType
from typing import Any, Self

import httpx

from .apis import API_HOSTS, ApiClients, AsyncApiClients
from .auth import ClientCredentialsAuth, StaticTokenAuth
from .deadline import DEFAULT_DEADLINE, AsyncDeadlineTransport, DeadlineTransport
from .retries import RetryPolicy

API_URL = "https://api.edx.org"
# The Enterprise API answers XML unless asked for JSON; every request asks for JSON.
JSON_HEADERS = {"Accept": "application/json"}


class _Config:
    """What both entry points share: base URLs, credentials, retries, timeouts."""

    def __init__(self, *, lms_url: str | None, api_url: str, client_id: str | None,
                 client_secret: str | None, token: str | None, token_prefix: str, token_type: str,
                 lms_token_url: str | None, api_token_url: str | None, retry: RetryPolicy,
                 timeout: float, deadline: float) -> None:
        if token is None and (client_id is None or client_secret is None):
            raise ValueError("give either token=... or both client_id=... and client_secret=...")
        self.lms_url = lms_url.rstrip("/") if lms_url else None
        self.api_url = api_url.rstrip("/")
        self.client_id, self.token, self.token_prefix = client_id, token, token_prefix
        self._secret = client_secret
        self.token_type = token_type
        default_lms_token_url = f"{self.lms_url}/oauth2/access_token" if self.lms_url else None
        self.lms_token_url = lms_token_url or default_lms_token_url
        self.api_token_url = api_token_url or f"{self.api_url}/oauth2/v1/access_token"
        self.retry, self.timeout, self.deadline = retry, timeout, deadline

    def auth(self, token_url: str | None, transport: Any = None, async_transport: Any = None) -> httpx.Auth:
        if self.token is not None:
            return StaticTokenAuth(self.token, self.token_prefix)
        assert self.client_id is not None and self._secret is not None and token_url is not None
        return ClientCredentialsAuth(self.client_id, self._secret, token_url, token_type=self.token_type,
                                     timeout=self.timeout, retry=self.retry, deadline=self.deadline,
                                     transport=transport, async_transport=async_transport)

    def base_url(self, api: str) -> str:
        if API_HOSTS[api] == "gateway":
            return self.api_url
        if self.lms_url is None:
            raise ValueError("the LMS needs a host: EdxClient(lms_url='https://courses.example.org')")
        return f"{self.lms_url}/api"

    def generated_client(self, api: str, is_async: bool) -> Any:
        module = importlib.import_module(f"edx_api_client.{api}")
        return (module.AsyncClient if is_async else module.Client)(base_url=self.base_url(api))


class _Base(ApiClients):
    """What both entry points share: configuration, one auth per token server, every API."""

    _async = False

    def __init__(self, *, lms_url: str | None = None, api_url: str = API_URL,
                 client_id: str | None = None, client_secret: str | None = None,
                 token: str | None = None, token_prefix: str = "JWT", token_type: str = "jwt",
                 lms_token_url: str | None = None, api_token_url: str | None = None,
                 retry: RetryPolicy | None = None, timeout: float = 30.0,
                 deadline: float = DEFAULT_DEADLINE, transport: Any = None) -> None:
        self._config = _Config(lms_url=lms_url, api_url=api_url, client_id=client_id,
                               client_secret=client_secret, token=token, token_prefix=token_prefix,
                               token_type=token_type, lms_token_url=lms_token_url,
                               api_token_url=api_token_url, retry=retry or RetryPolicy(),
                               timeout=timeout, deadline=deadline)
        self._transport = transport
        transports = {"async_transport" if self._async else "transport": transport}
        self._api_auth = self._config.auth(self._config.api_token_url, **transports)
        self._lms_auth = (self._config.auth(self._config.lms_token_url, **transports)
                          if lms_url or token else None)
        self._clients: dict[str, Any] = {}

    def __repr__(self) -> str:
        return f"{type(self).__name__}(lms_url={self._config.lms_url!r}, api_url={self._config.api_url!r})"

    def _client(self, api: str) -> Any:
        if api not in self._clients:
            client = self._config.generated_client(api, self._async)
            options = {"base_url": client._base_url, "headers": JSON_HEADERS, "timeout": self._config.timeout,
                       "auth": self._lms_auth if API_HOSTS[api] == "lms" else self._api_auth}
            retry, deadline = self._config.retry, self._config.deadline
            if self._async:
                transport: Any = AsyncDeadlineTransport(retry.async_transport(self._transport), deadline)
                client.set_async_httpx_client(httpx.AsyncClient(transport=transport, **options))
            else:
                transport = DeadlineTransport(retry.transport(self._transport), deadline)
                client.set_httpx_client(httpx.Client(transport=transport, **options))
            self._clients[api] = client
        return self._clients[api]


class EdxClient(_Base):
    """Synchronous entry point. Use as a context manager, or call close().

    `timeout` bounds each network operation (connect, each read); `deadline` (seconds, 300 by
    default) bounds a whole call, retries included, so that a server that drips its answer
    cannot hold it open. `transport` replaces the network (an httpx.BaseTransport, e.g.
    httpx.MockTransport in tests).
    """

    def close(self) -> None:
        for client in self._clients.values():
            client.get_httpx_client().close()
        self._clients.clear()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()


class AsyncEdxClient(AsyncApiClients, _Base):
    """Asynchronous entry point: `async with AsyncEdxClient(...) as edx:`; `transport` is an
    httpx.AsyncBaseTransport."""

    _async = True

    async def aclose(self) -> None:
        for client in self._clients.values():
            await client.get_async_httpx_client().aclose()
        self._clients.clear()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        traceback: TracebackType | None) -> None:
        await self.aclose()
