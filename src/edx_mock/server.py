"""Serve the fake on a real localhost port from a background thread (tests, the pytest plugin)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

import uvicorn
from starlette.types import ASGIApp


class FakeServer(uvicorn.Server):
    """uvicorn, stopping the fake's pending fault delays as soon as it is told to exit: uvicorn
    waits for open requests before it stops, and a queued delay would hold it that long."""

    def stop(self) -> None:
        faults = getattr(getattr(self.config.app, "state", None), "faults", None)
        if faults is not None:
            faults.stop()
        self.should_exit = True

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:  # SIGINT, SIGTERM
        self.stop()
        super().handle_exit(sig, frame)


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def serve_in_thread(app: ASGIApp, host: str = "127.0.0.1", port: int | None = None,
                    startup_timeout: float = 10.0) -> Iterator[str]:
    """Run `app` under uvicorn until the block ends; yields its base URL."""
    port = port or free_port(host)
    server = FakeServer(uvicorn.Config(app, host=host, port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, name=f"edx-mock:{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + startup_timeout
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            server.should_exit = True
            raise RuntimeError(f"the fake did not start on {host}:{port} within {startup_timeout} s")
        time.sleep(0.02)
    try:
        yield f"http://{host}:{port}"
    finally:
        server.stop()
        thread.join(timeout=10)
