"""Hostile input gets a 4xx with a JSON body naming the problem, never a 500, and changes nothing.

Each case is one the probe of the fake found answering 500 or accepting what it should refuse:
lone UTF-16 surrogates, deep nesting, non-standard JSON constants, numbers the parser refused,
and faults no server can deliver.
"""

from __future__ import annotations

import threading
import time
from typing import Any

import httpx
import pytest

from edx_mock import create_app
from edx_mock.server import serve_in_thread

from .conftest import APP, FAKE

FAKE_APP_HANDLERS = APP.state.dispatcher.handlers

ACCOUNT = "/api/user/v1/accounts/verified"
MERGE_PATCH = {"Content-Type": "application/merge-patch+json"}


def account_name() -> Any:
    return FAKE.learner.get(ACCOUNT).json()["name"]


@pytest.mark.parametrize("body", [
    '{"name": "\\ud800"}',                      # a lone high surrogate
    '{"name": "ok \\udfff"}',                   # a lone low surrogate
    '{"\\ud800": "key"}',                       # in a key
    '{"name": "x", "bio": ["\\ud834"]}',        # nested
])
def test_a_lone_surrogate_is_refused_before_anything_is_stored(body: str) -> None:
    before = account_name()
    response = FAKE.learner.patch(ACCOUNT, content=body, headers=MERGE_PATCH)
    assert response.status_code == 400
    assert "surrogate" in response.json()["errors"][0]["message"]
    assert account_name() == before
    assert FAKE.learner.get(ACCOUNT).status_code == 200, "later answers still work"


@pytest.mark.parametrize("depth", [65, 1_000, 100_000])
def test_nesting_deeper_than_the_bound_is_refused(depth: int) -> None:
    body = '{"name": ' + "[" * depth + "]" * depth + "}"
    response = FAKE.learner.patch(ACCOUNT, content=body, headers=MERGE_PATCH)
    assert response.status_code == 400 and "deeper than 64" in response.text


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_non_standard_json_constants_are_refused(constant: str) -> None:
    response = FAKE.staff.post("/api/enrollment/v1/enrollment", content=f'{{"x": {constant}}}',
                               headers={"Content-Type": "application/json"})
    assert response.status_code == 400 and "is not JSON" in response.text


@pytest.mark.parametrize("page", ["%C2%B2", "9" * 5000, "-1", "1.5", "%EF%BC%91"])
def test_paging_numbers_the_parser_refuses_are_a_4xx(page: str) -> None:
    for path in ("/api/bookmarks/v1/bookmarks/", "/api/enrollment/v1/enrollments/",
                 f"/api/discussion/v1/threads/?course_id={FAKE.course}&x=1"):
        sep = "&" if "?" in path else "?"
        response = FAKE.staff.get(f"{path}{sep}page={page}&page_size={page}&limit={page}&offset={page}")
        assert response.status_code < 500, (path, page, response.text[:200])


@pytest.mark.parametrize("digits", [20, 40, 200])
def test_a_long_but_valid_whole_number_is_read_as_a_number(digits: int) -> None:
    # The descriptions set no maximum, so schemathesis sends 20-digit pages (CI, 2026-12-06):
    # they are numbers, and the answer is the operation's own (a page that does not exist),
    # never the validator's "is not of type 'integer'".
    for path in ("/api/bookmarks/v1/bookmarks/", "/api/ccx/v0/ccx/",
                 "/api/user/v1/accounts/retirement_queue/"):
        response = FAKE.staff.get(f"{path}?page={'9' * digits}&page_size=-{'7' * digits}")
        assert response.status_code < 500, (path, response.text[:200])
        assert "is not of type" not in response.text, (path, response.text[:200])


def test_control_posts_must_be_json() -> None:
    for path, body in (("/__mock__/reset", ""), ("/__mock__/faults", '{"faults": []}')):
        for media in ("text/plain", "application/x-www-form-urlencoded"):
            response = FAKE.anonymous.post(path, content=body, headers={"Content-Type": media})
            assert response.status_code == 415, (path, media)
    assert FAKE.anonymous.post("/__mock__/reset", json={}).status_code == 204


@pytest.mark.parametrize(("fault", "field"), [
    ({"status": 99}, "faults[1].status"),
    ({"status": 1000}, "faults[1].status"),
    ({"status": True}, "faults[1].status"),
    ({"status": 200, "headers": {"X-Bad": "a\r\nSet-Cookie: x=1"}}, "faults[1].headers.X-Bad"),
    ({"status": 200, "headers": {"Bad Name": "v"}}, "faults[1].headers.Bad Name"),
    ({"status": 200, "headers": {"Content-Length": "999"}}, "faults[1].headers.Content-Length"),
    ({"delay": -5}, "faults[1].delay"),
    ({"delay": 61}, "faults[1].delay"),
    ({"delay": "inf"}, "faults[1].delay"),
])
def test_faults_no_server_can_deliver_are_refused_and_nothing_is_queued(fault: dict[str, Any],
                                                                       field: str) -> None:
    spec = {"method": "GET", "path": "/api/user/v1/me", "faults": [{"status": 503}, fault]}
    response = FAKE.anonymous.post("/__mock__/faults", json=spec)
    assert response.status_code == 400
    assert response.json()["errors"][0]["name"] == field
    assert FAKE.learner.get("/api/user/v1/me").status_code != 503, "the valid fault was not queued"


@pytest.mark.parametrize("text", ['{"delay": NaN}', '{"delay": Infinity}'])
def test_non_finite_delays_are_refused_as_json(text: str) -> None:
    body = '{"method": "GET", "path": "/x", "faults": [' + text + "]}"
    response = FAKE.anonymous.post("/__mock__/faults", content=body,
                                   headers={"Content-Type": "application/json"})
    assert response.status_code == 400


def test_stopping_the_fake_ends_a_pending_delay_at_once() -> None:
    app = create_app()
    answered: list[int] = []
    with serve_in_thread(app) as base:
        httpx.post(f"{base}/__mock__/faults", json={
            "method": "GET", "path": "/api/user/v1/me", "faults": [{"delay": 60}]}).raise_for_status()

        def call() -> None:
            try:
                answered.append(httpx.get(f"{base}/api/user/v1/me", timeout=90).status_code)
            except httpx.HTTPError:
                answered.append(-1)

        caller = threading.Thread(target=call)
        caller.start()
        time.sleep(0.3)  # the request is now waiting on its delay
        stopped_at = time.monotonic()
    caller.join(timeout=30)
    # Not a speed check: a delay that outlived shutdown would hold this for the full 60 s.
    assert time.monotonic() - stopped_at < 30 and answered, "the delay outlived the server"


def test_head_answers_where_get_does_without_a_body() -> None:
    response = FAKE.learner.head("/api/user/v1/me")
    assert response.status_code == 200 and response.content == b""


def test_links_use_the_fakes_own_address_not_the_host_header() -> None:
    response = FAKE.staff.get("/api/bookmarks/v1/bookmarks/?page_size=1",
                              headers={"Host": "evil.example"})
    assert response.status_code == 200
    assert "evil.example" not in response.text
    next_link = response.json().get("next")
    assert next_link is None or next_link.startswith("http://testserver/")


def test_a_write_that_fails_halfway_leaves_no_trace(monkeypatch: pytest.MonkeyPatch) -> None:
    def half_made_change(call: Any) -> Any:
        call.state.data["lms"].users["verified"].name = "half-made"
        raise RuntimeError("a bug in the middle of a write")

    before = account_name()
    monkeypatch.setitem(FAKE_APP_HANDLERS, "user_accounts_partial_update", half_made_change)
    response = FAKE.learner.patch(ACCOUNT, json={"name": "x"}, headers=MERGE_PATCH)
    assert response.status_code == 500 and "nothing was changed" in response.text
    assert account_name() == before


def test_a_large_body_is_decoded_off_the_event_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    # A 10 MB body held every other request for 2.4 s while it was validated on the loop.
    from edx_mock import app as app_module

    threads: list[int] = []
    decode = app_module._decoded_json

    def recording(raw: bytes, validator: Any) -> Any:
        threads.append(threading.get_ident())
        return decode(raw, validator)

    monkeypatch.setattr(app_module, "_decoded_json", recording)
    loop_thread: list[int] = []

    async def both() -> None:
        loop_thread.append(threading.get_ident())
        await app_module._off_loop_if_large(b"[" + b"1," * app_module.LARGE_BODY + b"1]", None)
        await app_module._off_loop_if_large(b"[1]", None)

    import asyncio
    asyncio.run(both())
    assert threads[0] != loop_thread[0] and threads[1] == loop_thread[0]


def test_a_body_above_the_limit_is_413_and_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    from edx_mock import app as app_module

    monkeypatch.setattr(app_module, "MAX_BODY", 1000)
    before = account_name()
    response = FAKE.learner.patch(ACCOUNT, content='{"name": "' + "x" * 2000 + '"}', headers=MERGE_PATCH)
    assert response.status_code == 413 and "larger than" in response.text
    assert account_name() == before
