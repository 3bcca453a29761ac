"""The LMS's path templates as the platform serves them, through the generated client and mock:
several parameters in one segment, `{api_version}`, and course keys full of `:` and `+`."""

from __future__ import annotations

from collections.abc import Iterator
from http import HTTPStatus

import pytest
from edx_api_client.lms.api.bookmarks import bookmarks_list, bookmarks_retrieve
from edx_api_client.lms.api.user import user_account_login_session_retrieve
from edx_api_client.lms.models import Bookmark, PaginatedBookmarkList

from edx_api_client import lms
from edx_mock.pytest_plugin import EdxFake


@pytest.fixture
def client(edx_fake: EdxFake) -> Iterator[lms.AuthenticatedClient]:
    """Signed in as the learner `verified`, who has seeded bookmarks."""
    with lms.AuthenticatedClient(base_url=f"{edx_fake.base_url}/api", token=edx_fake.token("learner"),
                                 prefix="JWT", raise_on_unexpected_status=True) as client:
        yield client


def test_two_parameters_in_one_segment(client: lms.AuthenticatedClient) -> None:
    listed = bookmarks_list.sync(client=client)
    assert isinstance(listed, PaginatedBookmarkList) and listed.results
    usage_id = listed.results[0].usage_id  # typed from the platform's bookmark serializer
    assert "+" in usage_id and ":" in usage_id
    response = bookmarks_retrieve.sync_detailed("verified", usage_id, client=client)
    assert response.status_code == HTTPStatus.OK
    assert isinstance(response.parsed, Bookmark) and response.parsed.usage_id == usage_id


def test_api_version_parameter(client: lms.AuthenticatedClient) -> None:
    response = user_account_login_session_retrieve.sync_detailed("v1", client=client)
    assert response.status_code == HTTPStatus.OK


def test_lms_accepts_bearer_tokens_too(edx_fake: EdxFake) -> None:
    import httpx

    token = httpx.post(f"{edx_fake.base_url}/oauth2/access_token", data={
        "grant_type": "client_credentials", "client_id": edx_fake.credentials().client_id,
        "client_secret": edx_fake.credentials().client_secret}).json()["access_token"]
    with lms.AuthenticatedClient(base_url=f"{edx_fake.base_url}/api", token=token,
                                 prefix="Bearer") as client:
        response = user_account_login_session_retrieve.sync_detailed("v1", client=client)
    assert response.status_code == HTTPStatus.OK
