"""Fault injection, for testing clients: canned answers queued for the next matching requests.

POST /__mock__/faults with {"method": "GET", "path": "/enterprise/v1/subscriptions",
"faults": [{"status": 429, "headers": {"Retry-After": "1"}}, {"delay": 2.5}, ...]} makes the
next requests to that operation answer those faults in order (a `delay` waits, then answers
normally); DELETE /__mock__/faults clears every queue, and so does the reset call.

Only faults an HTTP server can deliver are queued: a status of 100 to 599 (RFC 9110 §15), header
names that are tokens and values without control characters (RFC 9110 §5.1, §5.5; CR/LF would
split the response), no framing headers (Content-Length, Transfer-Encoding: the fake frames its
answers), and a finite delay of at most MAX_DELAY seconds. Anything else is a 400 naming the
field, and nothing of that request is queued. A pending delay ends at once when the fake stops.
"""

from __future__ import annotations

import asyncio
import math
import re
import threading
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .inputs import InputRefused, load_json

FAULT_KEYS = {"status", "headers", "body", "content_type", "delay"}
MAX_DELAY = 60.0
FRAMING_HEADERS = {"content-length", "transfer-encoding"}
_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_FIELD_VALUE = re.compile(r"[\t\x20-\x7e\x80-\xff]*")


class FaultRefused(ValueError):
    """A fault the fake cannot deliver: `field` names it (`faults[0].status`)."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field, self.message = field_name, message


@dataclass(frozen=True)
class Fault:
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: str = ""
    content_type: str = "application/json"
    delay: float = 0.0

    def response(self) -> Response | None:
        if self.status is None:
            return None
        return Response(self.body, status_code=self.status, headers=self.headers,
                        media_type=self.content_type)


class FaultQueues:
    def __init__(self) -> None:
        self._queues: dict[tuple[str, str], deque[Fault]] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()

    def take(self, method: str, path: str) -> Fault | None:
        with self._lock:
            queue = self._queues.get((method.upper(), path))
            return queue.popleft() if queue else None

    def clear(self) -> None:
        with self._lock:
            self._queues.clear()

    def stop(self) -> None:
        """End every pending delay now: the fake is shutting down."""
        self._stopping.set()

    async def wait(self, delay: float) -> None:
        """Sleep `delay` seconds, or less if the fake stops meanwhile."""
        deadline = asyncio.get_running_loop().time() + delay
        while not self._stopping.is_set():
            left = deadline - asyncio.get_running_loop().time()
            if left <= 0:
                return
            # Short steps: a signal handler sets a threading.Event, which no coroutine awaits.
            await asyncio.sleep(min(left, 0.05))

    async def endpoint(self, request: Request) -> Response:
        if request.method == "DELETE":
            self.clear()
            return Response(status_code=204)
        try:
            key, faults = parse(load_json(await request.body()))
        except InputRefused as refused:
            return _refusal("body" + (refused.where if refused.where != "/" else ""), refused.message)
        except FaultRefused as refused:
            return _refusal(refused.field, refused.message)
        with self._lock:
            self._queues.setdefault(key, deque()).extend(faults)
        return JSONResponse({"queued": len(faults)}, status_code=201)


def _refusal(name: str, message: str) -> JSONResponse:
    return JSONResponse({"detail": "Not a fault list the fake can deliver.",
                         "errors": [{"location": "body", "name": name, "message": message}]},
                        status_code=400)


def parse(spec: Any) -> tuple[tuple[str, str], list[Fault]]:
    """The queue key and faults of a request body; FaultRefused names the first bad field."""
    if not isinstance(spec, dict):
        raise FaultRefused("body", "send an object with method, path and a list of faults")
    method, path = spec.get("method"), spec.get("path")
    if not isinstance(method, str) or not _TOKEN.fullmatch(method):
        raise FaultRefused("method", "an HTTP method such as GET")
    if not isinstance(path, str) or not path.startswith("/"):
        raise FaultRefused("path", "the request path, starting with /")
    if not isinstance(spec.get("faults"), list):
        raise FaultRefused("faults", "a list of faults")
    faults = [_fault(raw, f"faults[{index}]") for index, raw in enumerate(spec["faults"])]
    return (method.upper(), path), faults


def _fault(raw: Any, where: str) -> Fault:
    if not isinstance(raw, dict) or set(raw) - FAULT_KEYS:
        raise FaultRefused(where, f"an object with only the keys {sorted(FAULT_KEYS)}")
    status = raw.get("status")
    if status is not None and (not isinstance(status, int) or isinstance(status, bool)
                               or not 100 <= status <= 599):
        raise FaultRefused(f"{where}.status", "a status code from 100 to 599")
    delay = raw.get("delay", 0.0)
    if not isinstance(delay, int | float) or isinstance(delay, bool) or not math.isfinite(delay) \
            or not 0 <= delay <= MAX_DELAY:
        raise FaultRefused(f"{where}.delay", f"a number of seconds from 0 to {MAX_DELAY:g}")
    headers = raw.get("headers") or {}
    if not isinstance(headers, dict):
        raise FaultRefused(f"{where}.headers", "an object of header names and values")
    for name, value in headers.items():
        if not _TOKEN.fullmatch(name) or name.lower() in FRAMING_HEADERS:
            raise FaultRefused(f"{where}.headers.{name}", "a header name the fake may set (a token, "
                                                          "not Content-Length or Transfer-Encoding)")
        if not isinstance(value, str) or not _FIELD_VALUE.fullmatch(value):
            raise FaultRefused(f"{where}.headers.{name}", "a header value without control characters")
    content_type = raw.get("content_type", "application/json")
    if not isinstance(content_type, str) or not content_type or not _FIELD_VALUE.fullmatch(content_type):
        raise FaultRefused(f"{where}.content_type", "a media type without control characters")
    body = raw.get("body", "")
    if not isinstance(body, str):
        raise FaultRefused(f"{where}.body", "the body as a string")
    return Fault(status, dict(headers), body, content_type, float(delay))
