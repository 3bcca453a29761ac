"""A bounded randomized run of hostile input against every operation of the fake that takes a
body or a paging parameter: hostile strings (lone surrogates, control characters), deep nesting,
non-standard JSON constants and numbers no parser should trust.

It asserts what test_hostile_input.py asserts case by case, over every such operation: no 5xx,
no hang (each request has a deadline), and a refused write leaves the fake's state as it was.
Reproducible: hypothesis is derandomized and bounded in examples per operation.
"""

from __future__ import annotations

import copy
import json
import pickle
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from edx_mock import create_app
from edx_mock.auth import DEV_CLIENTS, issue_token
from edx_mock.lms.world import DEMO_COURSE
from edx_mock.openapi import Operation
from edx_mock.server import serve_in_thread
from edx_mock.synthesize import instance

APP = create_app()
PAGING = ("page", "page_size", "limit", "offset", "cursor")
# Long enough for any answer of the fake; a request that outlives it is a hang.
REQUEST_DEADLINE = 20.0
EXAMPLES_PER_OPERATION = 6


def _operations() -> list[Operation]:
    chosen = []
    for operation in APP.state.dispatcher.operations:
        paging = any(p.location == "query" and p.name in PAGING for p in operation.parameters)
        if operation.body_validators or paging:
            chosen.append(operation)
    return sorted(chosen, key=lambda op: op.operation_id)


OPERATIONS = _operations()

# Strings a careful client would never send: lone surrogates (valid JSON escapes, no text),
# NUL and other controls, and right-to-left and zero-width marks.
hostile_text = st.one_of(
    st.text(st.characters(categories=["Cs", "Cc", "Cf"]), min_size=1, max_size=8),
    st.sampled_from(["\ud800", "a\udfff", "\x00", "\u202e", "", " ", "\ufeff"]),
)
hostile_number_text = st.one_of(
    st.integers(min_value=1, max_value=5000).map(lambda n: "9" * n),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.sampled_from(["\u00b2", "\uff11", "\u0661", "1.5", "1e3", "-0", "+1", "", "0x10", "NaN"]),
)
leaf = st.one_of(hostile_text, hostile_text, st.integers(min_value=-(10**40), max_value=10**40),
                 st.floats(allow_nan=False, allow_infinity=False), st.booleans(), st.none())


def _nested(depth: int) -> str:
    return "[" * depth + "1" + "]" * depth


def _valid_body(operation: Operation, media: str) -> Any:
    """A body the description accepts: the doc's example where it gives one, else the smallest
    valid instance; a hostile value is then put into one place of it, so that the request gets
    past validation and reaches the handler, where a stored bad value would do its harm."""
    content = operation.resolve(operation.spec.get("requestBody") or {}).get("content") or {}
    for example in (content.get(media, {}).get("examples") or {}).values():
        if isinstance(example, dict) and "value" in example:
            return copy.deepcopy(example["value"])
    return instance(operation.body_schemas[media], operation.resolve)


def _places(value: Any, names: list[str]) -> list[tuple[str | int, ...]]:
    """Where a hostile value can go: every leaf of `value`, and each declared top-level field."""
    places: list[tuple[str | int, ...]] = [(name,) for name in names] if isinstance(value, dict) else []
    pending: list[tuple[Any, tuple[str | int, ...]]] = [(value, ())]
    while pending:
        node, where = pending.pop()
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, item in items:
            if isinstance(item, (dict, list)):
                pending.append((item, (*where, key)))
            else:
                places.append((*where, key))
    return sorted(set(places), key=repr)


def _put(value: Any, where: tuple[str | int, ...], new: Any) -> Any:
    value = copy.deepcopy(value)
    node = value
    for key in where[:-1]:
        node = node[key]
    node[where[-1]] = new
    return value


def _body(operation: Operation) -> st.SearchStrategy[str | None]:
    if not operation.body_validators:
        return st.none()
    media = next((m for m in operation.body_schemas if "json" in m), None)
    if media is None:  # a form-only operation: hostile JSON is refused by media type alone
        return st.sampled_from(['{"x": NaN}', _nested(100)])
    schema = operation.resolve(operation.body_schemas[media])
    names = sorted((schema.get("properties") or {}) if isinstance(schema, dict) else {})
    valid = _valid_body(operation, media)
    places = _places(valid, names)
    mutated = (st.tuples(st.sampled_from(places), leaf).map(lambda p: json.dumps(_put(valid, *p)))
               if places else st.dictionaries(hostile_text, leaf, max_size=4).map(json.dumps))
    return st.one_of(
        mutated, mutated, mutated,  # most examples reach the handler
        st.integers(min_value=60, max_value=3000).map(_nested),
        st.sampled_from(['{"x": NaN}', '{"x": Infinity}', "[-Infinity]", '{"a": 1', "\"\\ud800\""]),
    )


def _path(operation: Operation) -> str:
    """The operation's path with plausible values: the demo course, the seeded learner, 1."""
    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if "course" in name:
            return DEMO_COURSE
        return "verified" if name in ("username", "user") else "1"
    return re.sub(r"\{([^}]+)\}", value, operation.template)


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with serve_in_thread(APP) as url:
        yield url


def _state() -> bytes:
    return pickle.dumps(APP.state.dispatcher.state.data, protocol=pickle.HIGHEST_PROTOCOL)


# Global staff reach most handlers; the learner (`verified`, whose name the paths carry) is
# the only one who may change their own account and preferences.
TOKENS = [issue_token(DEV_CLIENTS[client])["access_token"]
          for client in ("edx-mock-staff", "edx-mock-learner")]


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.operation_id)
def test_hostile_input_never_breaks_the_fake(operation: Operation, base_url: str) -> None:
    paging = [p.name for p in operation.parameters if p.location == "query" and p.name in PAGING]
    # The JSON media type the description declares (merge patches have their own).
    media = next((m for m in operation.body_schemas if "json" in m), None)

    @settings(max_examples=EXAMPLES_PER_OPERATION, derandomize=True, deadline=None,
              database=None, suppress_health_check=list(HealthCheck))
    @given(token=st.sampled_from(TOKENS), body=_body(operation),
           numbers=st.lists(hostile_number_text, min_size=len(paging), max_size=len(paging)))
    def run(token: str, body: str | None, numbers: list[str]) -> None:
        before = _state()
        headers = {"Authorization": f"JWT {token}", "Content-Type": media or "application/json"}
        response = httpx.request(operation.method, base_url + _path(operation),
                                 params=dict(zip(paging, numbers, strict=True)), content=body,
                                 headers=headers, timeout=REQUEST_DEADLINE)
        assert response.status_code < 500, (operation.operation_id, body, numbers,
                                            response.text[:300])
        if response.status_code >= 400 and operation.method not in ("GET", "HEAD"):
            assert _state() == before, f"{operation.operation_id} was refused but changed state"

    run()


def test_the_run_reaches_bodies_and_paging_of_every_api() -> None:
    # A change to how operations are read (a renamed attribute) must not empty the run silently.
    ids = {op.operation_id for op in OPERATIONS}
    assert {"enrollment_create", "bookmarks_list", "licenses_assign",
            "catalogs_courses_list"} <= ids
