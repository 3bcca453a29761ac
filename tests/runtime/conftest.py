"""EdxClient against the live mock, with fast retries so that fault tests stay quick."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from edx_api_client import EdxClient, RetryPolicy
from edx_mock.pytest_plugin import EdxFake

FAST_RETRIES = RetryPolicy(attempts=3, backoff_factor=0.01, max_backoff=5.0, max_wait=10.0, jitter=0.0)


@pytest.fixture
def edx(edx_fake: EdxFake) -> Iterator[EdxClient]:
    with EdxClient(**edx_fake.client_options(), retry=FAST_RETRIES, timeout=5.0) as client:
        yield client
