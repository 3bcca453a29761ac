"""ClientCredentialsAuth and StaticTokenAuth, against an in-memory token server."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable

import httpx
import pytest

from edx_api_client import ClientCredentialsAuth, StaticTokenAuth, TokenRequestError
from edx_api_client import auth as auth_module

SECRET = "s3cr3t-value"
TOKEN_URL = "https://auth.example.org/oauth2/v1/access_token"


class TokenServer:
    """Issues numbered tokens; the API accepts only the newest, or answers 401."""

    def __init__(self, expires_in: int = 3600, refuse: bool = False) -> None:
        self.issued = 0
        self.expires_in = expires_in
        self.refuse = refuse
        self.revoked: set[str] = set()
        self.lock = threading.Lock()

    def handler(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("access_token"):
            form = dict(x.split("=", 1) for x in request.content.decode().split("&"))
            if self.refuse or form.get("client_secret") != SECRET:
                return httpx.Response(401, json={"error": "invalid_client"})
            with self.lock:
                self.issued += 1
                token = f"token-{self.issued}"
            return httpx.Response(200, json={"access_token": token, "token_type": "JWT",
                                             "expires_in": self.expires_in})
        header = request.headers.get("authorization", "")
        if not header.startswith("JWT token-") or header[4:] in self.revoked:
            return httpx.Response(401, json={"detail": "bad token"})
        return httpx.Response(200, json={"seen": header})


def auth_for(server: TokenServer, secret: str = SECRET) -> ClientCredentialsAuth:
    return ClientCredentialsAuth("my-client", secret, TOKEN_URL,
                                 transport=httpx.MockTransport(server.handler),
                                 async_transport=httpx.MockTransport(server.handler))


def http(server: TokenServer, auth: httpx.Auth) -> httpx.Client:
    return httpx.Client(auth=auth, transport=httpx.MockTransport(server.handler),
                        base_url="https://api.example.org")


def test_one_token_serves_many_requests() -> None:
    server = TokenServer()
    auth = auth_for(server)
    with http(server, auth) as client:
        for _ in range(5):
            assert client.get("/x").json() == {"seen": "JWT token-1"}
    assert server.issued == 1 == auth.token_requests


def test_one_token_request_for_many_threads() -> None:
    server = TokenServer()
    auth = auth_for(server)
    with http(server, auth) as client:
        barrier = threading.Barrier(16)

        def call() -> None:
            barrier.wait()
            client.get("/x").raise_for_status()

        threads = [threading.Thread(target=call) for _ in range(16)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert server.issued == 1


def test_one_token_request_for_many_tasks() -> None:
    server = TokenServer()
    auth = auth_for(server)

    async def main() -> None:
        async with httpx.AsyncClient(auth=auth, transport=httpx.MockTransport(server.handler),
                                     base_url="https://api.example.org") as client:
            responses = await asyncio.gather(*(client.get("/x") for _ in range(20)))
        assert {r.status_code for r in responses} == {200}

    asyncio.run(main())
    assert server.issued == 1


def test_token_is_refreshed_shortly_before_it_expires(monkeypatch: pytest.MonkeyPatch) -> None:
    server = TokenServer(expires_in=100)  # refreshed 10 s early: a tenth of its lifetime
    auth = auth_for(server)
    now = [1000.0]
    monkeypatch.setattr(auth_module.time, "monotonic", lambda: now[0])
    with http(server, auth) as client:
        client.get("/x")
        now[0] += 89
        assert client.get("/x").json()["seen"] == "JWT token-1"
        now[0] += 2
        assert client.get("/x").json()["seen"] == "JWT token-2"
    assert server.issued == 2


def test_a_401_fetches_a_new_token_once_and_retries() -> None:
    server = TokenServer()
    auth = auth_for(server)
    with http(server, auth) as client:
        client.get("/x")
        server.revoked.add("token-1")
        assert client.get("/x").json()["seen"] == "JWT token-2"
        # An API that refuses every token: one new token, one retry, then the 401 is returned.
        server.revoked.update({"token-2", "token-3", "token-4"})
        assert client.get("/x").status_code == 401
    assert server.issued == 3


def test_refused_credentials_raise_without_the_secret(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    server = TokenServer()
    auth = auth_for(server, secret="wrong-" + SECRET)
    with http(server, auth) as client, pytest.raises(TokenRequestError) as failure:
        client.get("/x")
    assert failure.value.status == 401
    assert "invalid_client" in str(failure.value)
    texts = [str(failure.value), repr(failure.value), repr(auth), caplog.text, str(failure.value.body)]
    assert not any(SECRET in text for text in texts)


def test_no_token_in_reprs_and_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    server = TokenServer()
    auth = auth_for(server)
    with http(server, auth) as client:
        client.get("/x")
    assert "token-1" not in repr(auth) and SECRET not in repr(auth)
    assert "token-1" not in caplog.text and SECRET not in caplog.text


def test_static_token_mode() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        return httpx.Response(200, json={})

    auth = StaticTokenAuth("abc", prefix="Bearer")
    with httpx.Client(auth=auth, transport=httpx.MockTransport(handler)) as client:
        client.get("https://api.example.org/x")
    assert seen == ["Bearer abc"]
    assert "abc" not in repr(auth)


@pytest.mark.parametrize("body", [b"not json", b'{"token_type": "JWT"}'])
def test_a_token_answer_without_a_token_is_a_typed_error(body: bytes) -> None:
    handler: Callable[[httpx.Request], httpx.Response] = lambda request: httpx.Response(200, content=body)  # noqa: E731
    auth = ClientCredentialsAuth("my-client", SECRET, TOKEN_URL, transport=httpx.MockTransport(handler))
    with httpx.Client(auth=auth, transport=httpx.MockTransport(handler)) as client:
        with pytest.raises(TokenRequestError, match="no usable access_token"):
            client.get("https://api.example.org/x")
