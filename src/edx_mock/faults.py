"""Fault injection, for testing clients: canned answers queued for the next matching requests.

POST /__mock__/faults with {"method": "GET", "path": "/enterprise/v1/subscriptions",
"faults": [{"status": 429, "headers": {"Retry-After": "1"}}, {"delay": 2.5}, ...]} makes the
next requests to that operation answer those faults in order (a `delay` waits, then answers
normally); DELETE /__mock__/faults clears every queue, and so does the reset call.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

FAULT_KEYS = {"status", "headers", "body", "content_type", "delay"}


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

    def take(self, method: str, path: str) -> Fault | None:
        with self._lock:
            queue = self._queues.get((method.upper(), path))
            return queue.popleft() if queue else None

    def clear(self) -> None:
        with self._lock:
            self._queues.clear()

    async def endpoint(self, request: Request) -> Response:
        if request.method == "DELETE":
            self.clear()
            return Response(status_code=204)
        try:
            spec = await request.json()
            key, faults = _parse(spec)
        except (ValueError, TypeError, KeyError) as exc:
            return JSONResponse({"detail": f"Not a fault list: {exc}"}, status_code=400)
        with self._lock:
            self._queues.setdefault(key, deque()).extend(faults)
        return JSONResponse({"queued": len(faults)}, status_code=201)


def _parse(spec: Any) -> tuple[tuple[str, str], list[Fault]]:
    if not isinstance(spec, dict) or not isinstance(spec.get("faults"), list):
        raise ValueError("send an object with method, path and a list of faults")
    faults = []
    for index, raw in enumerate(spec["faults"]):
        if not isinstance(raw, dict) or set(raw) - FAULT_KEYS:
            raise ValueError(f"faults[{index}] may only have the keys {sorted(FAULT_KEYS)}")
        faults.append(Fault(
            status=int(raw["status"]) if "status" in raw else None,
            headers={str(k): str(v) for k, v in (raw.get("headers") or {}).items()},
            body=str(raw.get("body", "")),
            content_type=str(raw.get("content_type", "application/json")),
            delay=float(raw.get("delay", 0.0)),
        ))
    return (str(spec["method"]).upper(), str(spec["path"])), faults
