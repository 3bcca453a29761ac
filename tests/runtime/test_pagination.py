"""iterate/aiterate over the three pagination styles, page by page, typed items out."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from edx_api_client.catalog.api.catalogs import catalogs_courses_list
from edx_api_client.catalog.models import CatalogCourse
from edx_api_client.enterprise.api.subscriptions import subscriptions_list
from edx_api_client.enterprise.models import SubscriptionPlan
from edx_api_client.lms.api.enrollment import enrollment_enrollments_list

from edx_api_client import (
    CrossOriginLinkError,
    EdxApiError,
    EdxClient,
    InvalidResponseError,
    NotAPageError,
    NotFoundError,
    PageLimitError,
    Pager,
    ServerError,
    aiterate,
    iterate,
)
from edx_mock.pytest_plugin import EdxFake


def test_page_number_pagination(edx: EdxClient) -> None:
    plans = list(iterate(subscriptions_list.sync_detailed, client=edx.enterprise))
    assert len(plans) == 12 and len({p.uuid for p in plans}) == 12
    assert all(isinstance(p, SubscriptionPlan) for p in plans)


def test_limit_offset_pagination(edx: EdxClient) -> None:
    courses = list(iterate(catalogs_courses_list.sync_detailed, client=edx.catalog, id=1, limit=10))
    assert len(courses) == 25 and all(isinstance(c, CatalogCourse) for c in courses)


def test_async_pagination(edx_fake: EdxFake) -> None:
    from edx_api_client import AsyncEdxClient

    async def main() -> list[Any]:
        async with AsyncEdxClient(**edx_fake.client_options()) as edx:
            plans = aiterate(subscriptions_list.asyncio_detailed, client=edx.enterprise)
            return [plan async for plan in plans]

    assert len(asyncio.run(main())) == 12


def test_cursor_pagination_follows_next(edx: EdxClient, edx_fake: EdxFake) -> None:
    path = "/api/enrollment/v1/enrollments/"
    item = enrollment_enrollments_list.sync(client=edx.lms).results[0].to_dict()
    second = f"{edx_fake.base_url}{path}?cursor=cD0yMDI0"
    edx_fake.inject("GET", path,
                     {"status": 200, "body": json.dumps({"next": second, "previous": None,
                                                         "results": [item, item]})},
                     {"status": 200, "body": json.dumps({"next": None, "previous": None,
                                                         "results": [item]})})
    items = list(iterate(enrollment_enrollments_list.sync_detailed, client=edx.lms))
    assert len(items) == 3 and items[0].to_dict() == item


def test_pages_are_fetched_one_at_a_time() -> None:
    requested: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(str(request.url))
        page = int(request.url.params.get("page", "1"))
        next_url = f"https://api.edx.org/enterprise/v1/subscriptions?page={page + 1}" if page < 50 else None
        return httpx.Response(200, json={"count": 50, "next": next_url, "previous": None, "results": []})

    with EdxClient(token="t", transport=httpx.MockTransport(handler)) as edx:
        pages = iterate(subscriptions_list.sync_detailed, client=edx.enterprise)
        assert next(pages, None) is None  # every page is empty: all 50 fetched, none kept
    assert len(requested) == 50


def test_an_error_on_a_later_page_raises(edx: EdxClient, edx_fake: EdxFake) -> None:
    # The first page is served normally (a zero delay), the second fails past the retries.
    edx_fake.inject("GET", "/catalog/v1/catalogs/1/courses/", {"delay": 0}, *[{"status": 503}] * 4)
    pages = iterate(catalogs_courses_list.sync_detailed, client=edx.catalog, id=1, limit=10)
    assert len([next(pages) for _ in range(10)]) == 10
    with pytest.raises(ServerError):
        next(pages)


def test_an_error_on_the_first_page_raises(edx: EdxClient) -> None:
    with pytest.raises(NotFoundError):
        list(iterate(catalogs_courses_list.sync_detailed, client=edx.catalog, id=999))


def test_a_non_list_operation_is_refused(edx: EdxClient) -> None:
    from edx_api_client.catalog.api.catalogs import catalogs_retrieve

    with pytest.raises(NotAPageError, match="not a paginated list"):
        list(iterate(catalogs_retrieve.sync_detailed, client=edx.catalog, id=1))
    with pytest.raises(EdxApiError):
        list(iterate(catalogs_retrieve.sync_detailed, client=edx.catalog, id=424242))


def test_next_links_that_go_round_in_circles_are_an_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        loop = "https://api.edx.org/enterprise/v1/subscriptions?page=2"
        return httpx.Response(200, json={"count": 9, "next": loop, "previous": None, "results": []})

    with EdxClient(token="t", transport=httpx.MockTransport(handler)) as edx:
        with pytest.raises(InvalidResponseError, match="pagination loops"):
            list(iterate(subscriptions_list.sync_detailed, client=edx.enterprise))


def _plans_at(pages: dict[str, dict[str, Any]]) -> httpx.MockTransport:
    """A gateway answering each page by its `page` parameter (1 when absent)."""
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.host == "api.edx.org", "a request left the API's origin"
        return httpx.Response(200, json=pages[request.url.params.get("page", "1")])
    return httpx.MockTransport(handler)


def test_a_next_link_to_another_origin_is_not_followed() -> None:
    pages = {"1": {"count": 2, "next": "https://evil.example/steal?page=2", "previous": None,
                   "results": []}}
    with EdxClient(token="t", transport=_plans_at(pages)) as edx:
        with pytest.raises(CrossOriginLinkError, match="evil.example"):
            list(iterate(subscriptions_list.sync_detailed, client=edx.enterprise))


def test_a_relative_next_link_stays_on_the_origin() -> None:
    pages = {"1": {"count": 0, "next": "?page=2", "previous": None, "results": []},
             "2": {"count": 0, "next": None, "previous": None, "results": []}}
    with EdxClient(token="t", transport=_plans_at(pages)) as edx:
        assert list(iterate(subscriptions_list.sync_detailed, client=edx.enterprise)) == []


def test_the_page_cap_stops_an_endless_list() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        nxt = f"https://api.edx.org/enterprise/v1/subscriptions?page={page + 1}"
        return httpx.Response(200, json={"count": 0, "next": nxt, "previous": None, "results": []})

    with EdxClient(token="t", transport=httpx.MockTransport(handler)) as edx:
        with pytest.raises(PageLimitError, match="more than 5 pages"):
            list(Pager(max_pages=5).iterate(subscriptions_list.sync_detailed, client=edx.enterprise))


def test_a_next_link_nested_under_pagination_is_followed() -> None:
    from edx_api_client.lms.api.courses import courses_course_ids_list
    from edx_api_client.lms.models import CoursesCourseIdsListRole

    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        nxt = "https://lms.example/api/courses/v1/course_ids/?role=staff&page=2" if page == 1 else None
        return httpx.Response(200, json={"results": [f"course-v1:edX+A+{page}"], "pagination": {
            "count": 2, "num_pages": 2, "next": nxt, "previous": None}})

    with EdxClient(token="t", lms_url="https://lms.example", transport=httpx.MockTransport(handler)) as edx:
        ids = list(iterate(courses_course_ids_list.sync_detailed, client=edx.lms,
                           role=CoursesCourseIdsListRole.STAFF))
    assert ids == ["course-v1:edX+A+1", "course-v1:edX+A+2"]
