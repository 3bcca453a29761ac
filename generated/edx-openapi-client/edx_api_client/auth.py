"""Authentication as httpx.Auth: OAuth2 client credentials with a cached token, or a static token.

The token is fetched once and shared by every request, thread and task; it is refreshed
shortly before it expires, and fetched again once when the API answers 401. A token request
that fails in transport (refused connection, timeout, bad certificate) is retried like an API
call and then raises ConnectionFailedError; a refusal raises TokenRequestError. Neither the
client secret nor the token appears in a repr, a log line or an exception message.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncGenerator, Generator
from dataclasses import dataclass, field, replace

import httpx

from .deadline import DEFAULT_DEADLINE, AsyncDeadlineTransport, DeadlineTransport
from .errors import TokenRequestError, redact_url
from .retries import RetryPolicy

# Refresh this long before the token expires (or a tenth of its lifetime, if that is less).
REFRESH_MARGIN = 60.0


@dataclass(frozen=True)
class _Token:
    value: str = field(repr=False)  # a repr, a log line or `pytest -l` must not show it
    prefix: str
    expires_at: float

    def fresh(self, now: float) -> bool:
        return now < self.expires_at


class StaticTokenAuth(httpx.Auth):
    """A token obtained elsewhere, sent as `<prefix> <token>` (edX: `JWT` or `Bearer`)."""

    def __init__(self, token: str, prefix: str = "JWT") -> None:
        self._token = token
        self._prefix = prefix

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"{self._prefix} {self._token}"
        yield request

    def __repr__(self) -> str:
        return f"StaticTokenAuth(prefix={self._prefix!r})"


class ClientCredentialsAuth(httpx.Auth):
    """OAuth2 client credentials (`grant_type=client_credentials`) against `token_url`.

    `token_type="jwt"` asks edX for a JWT (sent as `JWT <token>`); `"bearer"` for an opaque
    token (sent as `Bearer <token>`).
    """

    def __init__(self, client_id: str, client_secret: str, token_url: str, *,
                 token_type: str = "jwt", scope: str | None = None, timeout: float = 30.0,
                 retry: RetryPolicy | None = None, deadline: float = DEFAULT_DEADLINE,
                 transport: httpx.BaseTransport | None = None,
                 async_transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.client_id = client_id
        self.token_url = token_url
        self._secret = client_secret
        self._token_type = token_type
        self._scope = scope
        self._timeout = timeout
        self._transport = transport
        self._async_transport = async_transport
        # The token request is a POST, but asking again for a token changes nothing on the
        # server that matters: it is retried like an idempotent call.
        self._retry = replace(retry or RetryPolicy(), retry_non_idempotent=True)
        self._deadline = deadline
        self._token: _Token | None = None
        self._lock = threading.Lock()
        self._async_locks: dict[int, asyncio.Lock] = {}
        self.token_requests = 0  # how many times a token was fetched; for tests and metrics

    def __repr__(self) -> str:
        return (f"ClientCredentialsAuth(client_id={self.client_id!r}, "
                f"token_url={redact_url(self.token_url)!r}, token_type={self._token_type!r})")

    # -- the flows httpx calls -------------------------------------------------------------

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._sync_token(stale=None)
        response = yield self._authorize(request, token)
        if response.status_code == 401:
            yield self._authorize(request, self._sync_token(stale=token))

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = await self._async_token(stale=None)
        response = yield self._authorize(request, token)
        if response.status_code == 401:
            yield self._authorize(request, await self._async_token(stale=token))

    # -- one token, shared ------------------------------------------------------------------

    def _sync_token(self, stale: _Token | None) -> _Token:
        with self._lock:
            if self._usable(stale):
                assert self._token is not None
                return self._token
            transport = DeadlineTransport(self._retry.transport(self._transport), self._deadline)
            with httpx.Client(transport=transport, timeout=self._timeout) as http:
                self._token = self._parse(http.post(self.token_url, data=self._form()))
            return self._token

    async def _async_token(self, stale: _Token | None) -> _Token:
        # One lock per event loop: an asyncio.Lock must not be shared across loops.
        lock = self._async_locks.setdefault(id(asyncio.get_running_loop()), asyncio.Lock())
        async with lock:
            if self._usable(stale):
                assert self._token is not None
                return self._token
            transport = AsyncDeadlineTransport(self._retry.async_transport(self._async_transport),
                                               self._deadline)
            async with httpx.AsyncClient(transport=transport, timeout=self._timeout) as http:
                self._token = self._parse(await http.post(self.token_url, data=self._form()))
            return self._token

    def _usable(self, stale: _Token | None) -> bool:
        """The cached token is usable if it is fresh and is not the one the API just refused."""
        token = self._token
        return token is not None and token.fresh(time.monotonic()) and token != stale

    def _form(self) -> dict[str, str]:
        self.token_requests += 1
        form = {"grant_type": "client_credentials", "client_id": self.client_id,
                "client_secret": self._secret, "token_type": self._token_type}
        if self._scope:
            form["scope"] = self._scope
        return form

    def _parse(self, response: httpx.Response) -> _Token:
        if response.status_code != 200:
            error = TokenRequestError.from_response(response)
            raise TokenRequestError(f"the token endpoint refused client {self.client_id!r}: "
                                    f"{response.status_code} {_oauth_error(error.body)}",
                                    status=error.status, method=error.method, url=error.url,
                                    body=error.body)
        try:
            body = response.json()
            value = str(body["access_token"])
            lifetime = float(body.get("expires_in", 3600))
        except (ValueError, KeyError, TypeError) as exc:
            raise TokenRequestError(f"the token endpoint's answer has no usable access_token "
                                    f"({type(exc).__name__})", status=response.status_code,
                                    url=redact_url(self.token_url)) from None
        prefix = "JWT" if str(body.get("token_type", self._token_type)).lower() == "jwt" else "Bearer"
        margin = min(REFRESH_MARGIN, lifetime / 10)
        return _Token(value, prefix, time.monotonic() + lifetime - margin)

    @staticmethod
    def _authorize(request: httpx.Request, token: _Token) -> httpx.Request:
        request.headers["Authorization"] = f"{token.prefix} {token.value}"
        return request


def _oauth_error(body: object) -> str:
    if isinstance(body, dict):
        return str(body.get("error_description") or body.get("error") or "")
    return ""
