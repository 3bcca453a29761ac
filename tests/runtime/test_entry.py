"""EdxClient's configuration: base URLs, JSON always, credentials, and what it never prints."""

from __future__ import annotations

import httpx
import pytest
from edx_api_client.catalog.api.catalogs import catalogs_list
from edx_api_client.lms.api.bookmarks import bookmarks_list

from edx_api_client import EdxClient


def recorder(seen: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path.endswith("access_token"):
            return httpx.Response(200, json={"access_token": "tok", "token_type": "JWT", "expires_in": 60})
        # The page-number envelope with the edx-drf-extensions members (the bookmarks list).
        return httpx.Response(200, json={"count": 0, "next": None, "previous": None, "results": [],
                                         "num_pages": 1, "current_page": 1, "start": 0})

    return httpx.MockTransport(handler)


def test_base_urls_token_urls_and_json() -> None:
    seen: list[httpx.Request] = []
    with EdxClient(lms_url="https://lms.example.org/", client_id="id", client_secret="secret",
                   transport=recorder(seen)) as edx:
        catalogs_list.sync(client=edx.catalog)
        bookmarks_list.sync(client=edx.lms)
    urls = [str(r.url) for r in seen]
    assert urls == [
        "https://api.edx.org/oauth2/v1/access_token",
        "https://api.edx.org/catalog/v1/catalogs/",
        "https://lms.example.org/oauth2/access_token",
        "https://lms.example.org/api/bookmarks/v1/bookmarks/",
    ]
    api_calls = [r for r in seen if not r.url.path.endswith("access_token")]
    assert all(r.headers["accept"] == "application/json" for r in api_calls)
    assert all(r.headers["authorization"] == "JWT tok" for r in api_calls)


def test_static_token() -> None:
    seen: list[httpx.Request] = []
    with EdxClient(token="abc", token_prefix="Bearer", lms_url="https://lms.example.org",
                   transport=recorder(seen)) as edx:
        bookmarks_list.sync(client=edx.lms)
    assert [r.headers["authorization"] for r in seen] == ["Bearer abc"]


def test_the_lms_needs_a_host() -> None:
    with EdxClient(token="abc") as edx, pytest.raises(ValueError, match="lms_url"):
        edx.lms  # noqa: B018


def test_credentials_are_required() -> None:
    with pytest.raises(ValueError, match="client_id"):
        EdxClient(client_id="only-an-id")


def test_repr_shows_no_secret() -> None:
    with EdxClient(client_id="id", client_secret="very-secret") as edx:
        assert "very-secret" not in repr(edx) and "very-secret" not in repr(vars(edx))


def test_every_exported_name_resolves() -> None:
    import edx_api_client

    assert sorted(edx_api_client.__all__) == sorted(edx_api_client._EXPORTS)
    for name in edx_api_client.__all__:
        assert getattr(edx_api_client, name) is not None
    with pytest.raises(AttributeError):
        edx_api_client.NoSuchThing  # type: ignore[attr-defined]  # noqa: B018
