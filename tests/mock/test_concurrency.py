"""Concurrent requests over real HTTP never corrupt the fake's state and never get a 500."""

from __future__ import annotations

from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx

from edx_mock.pytest_plugin import EdxFake

DEMO_MODES = "/api/course_modes/v1/courses/course-v1:edX+DemoX+Demo_Course/"
PLANS = "/enterprise/v1/subscriptions"
THREADS = 16


def _calls(fake: EdxFake, requests: list[tuple[str, str, dict[str, Any]]]) -> list[httpx.Response]:
    # One client shared by every thread: httpx.Client is thread-safe, and its pool keeps
    # THREADS connections open, so the requests really overlap on the server.
    limits = httpx.Limits(max_connections=THREADS)
    with httpx.Client(base_url=fake.base_url, timeout=30, limits=limits,
                      headers={"Authorization": f"JWT {fake.token()}"}) as http:

        def send(request: tuple[str, str, dict[str, Any]]) -> httpx.Response:
            method, path, options = request
            return http.request(method, path, **options)

        with ThreadPoolExecutor(THREADS) as pool:
            return list(pool.map(send, requests))


def test_racing_creates_of_one_mode_make_exactly_one(edx_fake: EdxFake) -> None:
    mode = {"course_id": "course-v1:edX+DemoX+Demo_Course", "mode_slug": "raced",
            "mode_display_name": "Raced", "currency": "usd"}
    responses = _calls(edx_fake, [("POST", DEMO_MODES, {"json": mode})] * 40)
    assert Counter(r.status_code for r in responses) == {201: 1, 400: 39}
    [listed] = _calls(edx_fake, [("GET", DEMO_MODES, {})])
    assert [m["mode_slug"] for m in listed.json()].count("raced") == 1


def test_racing_license_assignments_never_hand_out_a_license_twice(edx_fake: EdxFake) -> None:
    [page] = _calls(edx_fake, [("GET", PLANS, {"params": {"page_size": 20}})])
    plan = next(p for p in page.json()["results"] if 0 < p["licenses"]["unassigned"] < 40)
    free = plan["licenses"]["unassigned"]
    assign = f"{PLANS}/{plan['uuid']}/licenses/assign"
    requests = [("POST", assign, {"json": {"user_emails": [f"racer{n}@example.com"]}})
                for n in range(40)]
    responses = _calls(edx_fake, requests)
    statuses = Counter(r.status_code for r in responses)
    assert statuses == {200: free, 400: 40 - free}, statuses
    licenses = [r.json()["license_assignments"][0]["license"] for r in responses if r.status_code == 200]
    assert len(set(licenses)) == free
    [after] = _calls(edx_fake, [("GET", PLANS, {"params": {"page_size": 20}})])
    counts = next(p for p in after.json()["results"] if p["uuid"] == plan["uuid"])["licenses"]
    assert counts["unassigned"] == 0
    assert counts["assigned"] == plan["licenses"]["assigned"] + free


def test_a_storm_of_mixed_and_malformed_requests_gets_no_500(edx_fake: EdxFake) -> None:
    requests: list[tuple[str, str, dict[str, Any]]] = []
    for n in range(25):
        requests += [
            ("GET", DEMO_MODES, {}),
            ("POST", DEMO_MODES, {"content": b"{not json",
                                  "headers": {"Content-Type": "application/json"}}),
            ("POST", "/api/enrollment/v1/enrollment", {"json": {"course_details": [n]}}),
            ("DELETE", f"{DEMO_MODES}honor", {}),
            ("GET", f"/api/enrollment/v1/enrollments/?cursor=%ff{n}", {}),
        ]
    responses = _calls(edx_fake, requests)
    assert all(r.status_code < 500 for r in responses), Counter(r.status_code for r in responses)
    deletes = [r.status_code for r in responses if r.request.method == "DELETE"]
    assert sorted(deletes) == [204] + [404] * 24
