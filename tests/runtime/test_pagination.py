"""iterate/aiterate over the three pagination styles, page by page, typed items out."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from edx_api_client.catalog.api.catalogs import catalog_courses_list
from edx_api_client.catalog.models import CatalogCourse
from edx_api_client.enterprise.api.subscriptions import subscriptions_list
from edx_api_client.enterprise.models import SubscriptionPlan
from edx_api_client.lms.api.enrollment import enrollment_enrollments_list

from edx_api_client import (
    EdxApiError,
    EdxClient,
    InvalidResponseError,
    NotFoundError,
    ServerError,
    aiterate,
    iterate,
)
from edx_mock.pytest_plugin import EdxFake


def test_page_number_pagination(edx: EdxClient) -> None:
    plans = list(iterate(subscriptions_list, client=edx.enterprise))
    assert len(plans) == 12 and len({p.uuid for p in plans}) == 12
    assert all(isinstance(p, SubscriptionPlan) for p in plans)


def test_limit_offset_pagination(edx: EdxClient) -> None:
    courses = list(iterate(catalog_courses_list, client=edx.catalog, id=1, limit=10))
    assert len(courses) == 25 and all(isinstance(c, CatalogCourse) for c in courses)


def test_async_pagination(edx_fake: EdxFake) -> None:
    from edx_api_client import AsyncEdxClient

    async def main() -> list[Any]:
        async with AsyncEdxClient(**edx_fake.client_options()) as edx:
            return [plan async for plan in aiterate(subscriptions_list, client=edx.enterprise)]

    assert len(asyncio.run(main())) == 12


def test_cursor_pagination_follows_next(edx: EdxClient, edx_fake: EdxFake) -> None:
    path = "/api/enrollment/v1/enrollments/"
    item = {"course_id": "course-v1:edX+DemoX+Demo", "user": "ada", "mode": "audit", "is_active": True}
    second = f"{edx_fake.base_url}{path}?cursor=cD0yMDI0"
    edx_fake.inject("GET", path,
                     {"status": 200, "body": json.dumps({"next": second, "previous": None,
                                                         "results": [item, item]})},
                     {"status": 200, "body": json.dumps({"next": None, "previous": None,
                                                         "results": [item]})})
    items = list(iterate(enrollment_enrollments_list, client=edx.lms))
    assert len(items) == 3 and items[0].user == "ada"


def test_pages_are_fetched_one_at_a_time() -> None:
    requested: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(str(request.url))
        page = int(request.url.params.get("page", "1"))
        next_url = f"https://api.edx.org/enterprise/v1/subscriptions?page={page + 1}" if page < 50 else None
        return httpx.Response(200, json={"count": 50, "next": next_url, "previous": None, "results": []})

    with EdxClient(token="t", transport=httpx.MockTransport(handler)) as edx:
        pages = iterate(subscriptions_list, client=edx.enterprise)
        assert next(pages, None) is None  # every page is empty: all 50 fetched, none kept
    assert len(requested) == 50


def test_an_error_on_a_later_page_raises(edx: EdxClient, edx_fake: EdxFake) -> None:
    # The first page is served normally (a zero delay), the second fails past the retries.
    edx_fake.inject("GET", "/catalog/v1/catalogs/1/courses/", {"delay": 0}, *[{"status": 503}] * 4)
    pages = iterate(catalog_courses_list, client=edx.catalog, id=1, limit=10)
    assert len([next(pages) for _ in range(10)]) == 10
    with pytest.raises(ServerError):
        next(pages)


def test_an_error_on_the_first_page_raises(edx: EdxClient) -> None:
    with pytest.raises(NotFoundError):
        list(iterate(catalog_courses_list, client=edx.catalog, id=999))


def test_a_non_list_operation_is_refused(edx: EdxClient) -> None:
    from edx_api_client.catalog.api.catalogs import catalogs_retrieve

    with pytest.raises(TypeError, match="not a paginated list"):
        list(iterate(catalogs_retrieve, client=edx.catalog, id=1))
    with pytest.raises(EdxApiError):
        list(iterate(catalogs_retrieve, client=edx.catalog, id=424242))


def test_next_links_that_go_round_in_circles_are_an_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        loop = "https://api.edx.org/enterprise/v1/subscriptions?page=2"
        return httpx.Response(200, json={"count": 9, "next": loop, "previous": None, "results": []})

    with EdxClient(token="t", transport=httpx.MockTransport(handler)) as edx:
        with pytest.raises(InvalidResponseError, match="pagination loops"):
            list(iterate(subscriptions_list, client=edx.enterprise))
