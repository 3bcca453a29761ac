"""An overall deadline per call, as a transport wrapper.

httpx's `timeout` bounds each network operation, not the call: a server that sends one byte
a second never trips a read timeout and holds the call open indefinitely (httpx documents its
timeouts as per-operation, https://www.python-httpx.org/advanced/timeouts/). The deadline
starts when the request is sent and is checked when the answer's head arrives and at every
chunk of its body; past it, the call ends with DeadlineExceededError.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator

import httpx

from .errors import DeadlineExceededError, redact_url

# Long enough for the slowest real edX answer (a large course's blocks), short enough that a
# stuck call ends.
DEFAULT_DEADLINE = 300.0


class DeadlineTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, seconds: float) -> None:
        self._inner, self._seconds = inner, seconds

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        ends = time.monotonic() + self._seconds
        response = self._inner.handle_request(request)
        _check(request, ends, self._seconds)
        response.stream = _SyncStream(response.stream, request, ends, self._seconds)
        return response

    def close(self) -> None:
        self._inner.close()


class AsyncDeadlineTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, seconds: float) -> None:
        self._inner, self._seconds = inner, seconds

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        ends = time.monotonic() + self._seconds
        response = await self._inner.handle_async_request(request)
        _check(request, ends, self._seconds)
        response.stream = _AsyncStream(response.stream, request, ends, self._seconds)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


class _SyncStream(httpx.SyncByteStream):
    def __init__(self, inner: object, request: httpx.Request, ends: float, seconds: float) -> None:
        self._inner, self._request, self._ends, self._seconds = inner, request, ends, seconds

    def __iter__(self) -> Iterator[bytes]:
        assert isinstance(self._inner, httpx.SyncByteStream)
        for chunk in self._inner:
            _check(self._request, self._ends, self._seconds)
            yield chunk

    def close(self) -> None:
        if isinstance(self._inner, httpx.SyncByteStream):
            self._inner.close()


class _AsyncStream(httpx.AsyncByteStream):
    def __init__(self, inner: object, request: httpx.Request, ends: float, seconds: float) -> None:
        self._inner, self._request, self._ends, self._seconds = inner, request, ends, seconds

    async def __aiter__(self) -> AsyncIterator[bytes]:
        assert isinstance(self._inner, httpx.AsyncByteStream)
        async for chunk in self._inner:
            _check(self._request, self._ends, self._seconds)
            yield chunk

    async def aclose(self) -> None:
        if isinstance(self._inner, httpx.AsyncByteStream):
            await self._inner.aclose()


def _check(request: httpx.Request, ends: float, seconds: float) -> None:
    if time.monotonic() > ends:
        url = redact_url(str(request.url))
        raise DeadlineExceededError(f"{request.method} {url} did not finish within its {seconds:g} s "
                                    "deadline", method=request.method, url=url)
