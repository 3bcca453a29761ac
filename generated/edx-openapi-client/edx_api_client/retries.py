"""Retry policy for every request: 429 honours Retry-After, 502/503/504 and connection errors
back off exponentially with jitter, bounded in attempts and in total waiting time.

Built on httpx-retries, as a transport wrapper, so that generated functions retry too.
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx
from httpx_retries import Retry, RetryTransport

from .errors import ConnectionFailedError, redact_url

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
RETRY_STATUSES = frozenset({429, 502, 503, 504})


@dataclass(frozen=True)
class RetryPolicy:
    """How to retry. `attempts` counts retries after the first try. Waits grow as
    `backoff_factor * 2**n` with `jitter` (0 to 1, the fraction that may be shaved off), or
    follow the server's Retry-After; `max_backoff` caps each wait and `max_wait` the sum of all
    waits of one request. POST and PATCH are retried only with `retry_non_idempotent`."""

    attempts: int = 3
    backoff_factor: float = 0.5
    max_backoff: float = 30.0
    max_wait: float = 60.0
    jitter: float = 1.0
    retry_non_idempotent: bool = False

    def to_retry(self) -> Retry:
        methods = set(IDEMPOTENT_METHODS)
        if self.retry_non_idempotent:
            methods |= {"POST", "PATCH"}
        return Retry(
            total=self.attempts,
            allowed_methods=methods,
            status_forcelist=RETRY_STATUSES,
            backoff_factor=self.backoff_factor,
            respect_retry_after_header=True,
            max_backoff_wait=self.max_backoff,
            backoff_jitter=self.jitter,
            total_timeout=self.max_wait,
        )

    def transport(self, inner: httpx.BaseTransport | None = None) -> httpx.BaseTransport:
        return _TypedErrors(RetryTransport(transport=inner or httpx.HTTPTransport(), retry=self.to_retry()))

    def async_transport(self, inner: httpx.AsyncBaseTransport | None = None) -> httpx.AsyncBaseTransport:
        retrying = RetryTransport(transport=inner or httpx.AsyncHTTPTransport(), retry=self.to_retry())
        return _AsyncTypedErrors(retrying)


class _TypedErrors(httpx.BaseTransport):
    """Connection failures left after the retries become ConnectionFailedError."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return self._inner.handle_request(request)
        except httpx.TransportError as exc:
            raise _connection_failed(request, exc) from exc

    def close(self) -> None:
        self._inner.close()


class _AsyncTypedErrors(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await self._inner.handle_async_request(request)
        except httpx.TransportError as exc:
            raise _connection_failed(request, exc) from exc

    async def aclose(self) -> None:
        await self._inner.aclose()


def _connection_failed(request: httpx.Request, exc: httpx.TransportError) -> ConnectionFailedError:
    url = redact_url(str(request.url))
    return ConnectionFailedError(f"{request.method} {url} failed: {type(exc).__name__}",
                                 method=request.method, url=url)


NO_RETRIES = RetryPolicy(attempts=0)
