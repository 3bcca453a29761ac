"""Faults that must end in a typed error in bounded time: an answer that drips, a token
endpoint that cannot be reached or refuses; and secrets that no repr or traceback shows."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
from edx_api_client.enterprise.api.subscriptions import subscriptions_list

from edx_api_client import (
    AsyncEdxClient,
    ClientCredentialsAuth,
    ConnectionFailedError,
    DeadlineExceededError,
    EdxClient,
    TokenRequestError,
)

from .conftest import FAST_RETRIES
from .tcp import tcp_server

SECRET = "s3cret-client-secret"
TOKEN = "t0ken-value-never-shown"


@pytest.fixture
def dripping_server() -> Iterator[str]:
    """Answers 200 with a body it sends one byte every 0.1 s, for a minute."""
    def drip(connection: socket.socket, stopping: threading.Event) -> None:
        with connection:
            connection.recv(65536)
            connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                               b"Content-Length: 600\r\n\r\n")
            for _ in range(600):
                if stopping.is_set():
                    return
                try:
                    connection.sendall(b" ")
                except OSError:
                    return
                time.sleep(0.1)

    with tcp_server(drip) as url:
        yield url


def test_a_dripping_answer_ends_at_the_deadline(dripping_server: str) -> None:
    # Each byte arrives well within the read timeout: only the deadline ends the call. The
    # bound below is generous on purpose (a shared machine): without a deadline it is 60 s.
    started = time.monotonic()
    with EdxClient(api_url=dripping_server, token="t", timeout=5.0, deadline=1.0,
                   retry=FAST_RETRIES) as edx:
        with pytest.raises(DeadlineExceededError, match="1 s deadline"):
            subscriptions_list.sync(client=edx.enterprise)
    assert time.monotonic() - started < 30


def test_a_dripping_answer_ends_at_the_deadline_async(dripping_server: str) -> None:
    async def call() -> None:
        async with AsyncEdxClient(api_url=dripping_server, token="t", deadline=1.0) as edx:
            await subscriptions_list.asyncio(client=edx.enterprise)

    with pytest.raises(DeadlineExceededError):
        asyncio.run(call())


def _token_endpoint(failure: Exception, calls: list[int]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        raise failure
    return httpx.MockTransport(handler)


@pytest.mark.parametrize("failure", [
    httpx.ConnectError("[Errno 111] Connection refused"),
    httpx.ReadTimeout("timed out"),
    httpx.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed"),
], ids=["refused", "read-timeout", "bad-certificate"])
def test_a_token_fetch_that_fails_in_transport_is_retried_then_typed(failure: Exception) -> None:
    calls: list[int] = []
    auth = ClientCredentialsAuth("id", SECRET, "https://auth.example/oauth2/access_token",
                                 retry=FAST_RETRIES, transport=_token_endpoint(failure, calls))
    with httpx.Client(auth=auth, transport=httpx.MockTransport(lambda r: httpx.Response(200))) as http:
        with pytest.raises(ConnectionFailedError) as raised:
            http.get("https://api.example/x")
    assert len(calls) == 1 + FAST_RETRIES.attempts
    assert SECRET not in str(raised.value) and "auth.example" in raised.value.url


def test_a_token_fetch_that_fails_in_transport_is_typed_async() -> None:
    calls: list[int] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        raise httpx.ConnectError("refused")

    auth = ClientCredentialsAuth("id", SECRET, "https://auth.example/oauth2/access_token",
                                 retry=FAST_RETRIES, async_transport=httpx.MockTransport(handler))

    async def call() -> None:
        async with httpx.AsyncClient(auth=auth, transport=httpx.MockTransport(
                lambda r: httpx.Response(200))) as http:
            await http.get("https://api.example/x")

    with pytest.raises(ConnectionFailedError):
        asyncio.run(call())
    assert len(calls) == 1 + FAST_RETRIES.attempts


def test_a_token_endpoint_that_refuses_is_a_token_request_error() -> None:
    refusing = httpx.MockTransport(lambda r: httpx.Response(401, json={"error": "invalid_client"}))
    auth = ClientCredentialsAuth("id", SECRET, "https://auth.example/oauth2/access_token",
                                 retry=FAST_RETRIES, transport=refusing)
    with httpx.Client(auth=auth, transport=httpx.MockTransport(lambda r: httpx.Response(200))) as http:
        with pytest.raises(TokenRequestError, match="invalid_client"):
            http.get("https://api.example/x")


def test_no_repr_and_no_traceback_local_shows_a_secret() -> None:
    issued = httpx.MockTransport(lambda r: httpx.Response(200, json={
        "access_token": TOKEN, "token_type": "JWT", "expires_in": 3600}))
    auth = ClientCredentialsAuth("id", SECRET, "https://auth.example/oauth2/access_token",
                                 transport=issued)
    with httpx.Client(auth=auth, transport=httpx.MockTransport(lambda r: httpx.Response(200))) as http:
        http.get("https://api.example/x")
    cached = auth._token
    assert cached is not None and TOKEN not in repr(cached) and SECRET not in repr(auth)
    with EdxClient(client_id="id", client_secret=SECRET, token=None) as edx:
        assert SECRET not in repr(edx) and SECRET not in repr(edx._config.__dict__.get("retry"))

    # What `pytest -l` would print: every local of every frame of the runtime in a traceback.
    failing = ClientCredentialsAuth("id", SECRET, "https://auth.example/oauth2/access_token",
                                    retry=FAST_RETRIES,
                                    transport=_token_endpoint(httpx.ConnectError("x"), []))
    with httpx.Client(auth=failing, transport=httpx.MockTransport(lambda r: httpx.Response(200))) as http:
        with pytest.raises(ConnectionFailedError) as raised:
            http.get("https://api.example/x")
    shown = [repr(value) for entry in raised.traceback
             if "edx_api_client" in str(entry.path) for value in entry.locals.values()]
    assert shown and not [text for text in shown if SECRET in text or TOKEN in text]
