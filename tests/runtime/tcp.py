"""A raw TCP server for faults no HTTP server would produce (resets, dripping answers)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def tcp_server(on_connection: Callable[[socket.socket, threading.Event], None]) -> Iterator[str]:
    """Serves each connection with `on_connection(connection, stopping)` in its own thread;
    yields the server's base URL. `stopping` is set when the block ends."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    stopping = threading.Event()

    def serve() -> None:
        while not stopping.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            threading.Thread(target=on_connection, args=(connection, stopping), daemon=True).start()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stopping.set()
        thread.join(timeout=2)
        listener.close()
