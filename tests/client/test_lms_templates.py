"""The LMS's path templates as the platform serves them, through the generated client and mock:
several parameters in one segment, `{api_version}`, and course keys full of `:` and `+`."""

from __future__ import annotations

from collections.abc import Iterator
from http import HTTPStatus

import pytest
from edx_api_client import lms
from edx_api_client.lms.api.bookmarks import bookmarks_retrieve
from edx_api_client.lms.api.user import user_account_login_session_retrieve
from edx_api_client.lms.models import Bookmark

from ..conftest import LiveMock


@pytest.fixture
def client(live_mock: LiveMock) -> Iterator[lms.AuthenticatedClient]:
    with lms.AuthenticatedClient(base_url=f"{live_mock.base_url}/api", token=live_mock.token(),
                                 prefix="JWT", raise_on_unexpected_status=True) as client:
        yield client


def test_two_parameters_in_one_segment(client: lms.AuthenticatedClient) -> None:
    usage_id = "block-v1:edX+DemoX+Demo_Course+type@html+block@030e35c4756a4ddc8d40b95fbbfff4d4"
    response = bookmarks_retrieve.sync_detailed("ada", usage_id, client=client)
    assert response.status_code == HTTPStatus.OK
    assert isinstance(response.parsed, Bookmark)


def test_api_version_parameter(client: lms.AuthenticatedClient) -> None:
    response = user_account_login_session_retrieve.sync_detailed("v1", client=client)
    assert response.status_code == HTTPStatus.OK


def test_lms_accepts_bearer_tokens_too(live_mock: LiveMock) -> None:
    import httpx

    token = httpx.post(f"{live_mock.base_url}/oauth2/access_token", data={
        "grant_type": "client_credentials", "client_id": live_mock.client_id,
        "client_secret": live_mock.client_secret}).json()["access_token"]
    with lms.AuthenticatedClient(base_url=f"{live_mock.base_url}/api", token=token,
                                 prefix="Bearer") as client:
        response = user_account_login_session_retrieve.sync_detailed("v1", client=client)
    assert response.status_code == HTTPStatus.OK
