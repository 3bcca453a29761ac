"""EdxClient against the live mock, with fast retries so that fault tests stay quick."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from edx_api_client import EdxClient, RetryPolicy

from ..conftest import LiveMock

FAST_RETRIES = RetryPolicy(attempts=3, backoff_factor=0.01, max_backoff=5.0, max_wait=10.0, jitter=0.0)


@pytest.fixture
def edx(live_mock: LiveMock) -> Iterator[EdxClient]:
    with EdxClient(api_url=live_mock.base_url, lms_url=live_mock.base_url,
                   client_id=live_mock.client_id, client_secret=live_mock.client_secret,
                   retry=FAST_RETRIES, timeout=5.0) as client:
        yield client
