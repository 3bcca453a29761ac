"""The two pagination styles of edX list endpoints, answered in the shared envelope.

Page-number (`page`, with `page_size` or `limit` as the page size where the operation
declares one) and limit/offset (`limit`, `offset`); the style follows from the query
parameters the operation declares. Out-of-range values are clamped the way Django REST
framework does for limit/offset, and a page past the end is empty rather than an error,
because the docs document no error status for it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

from starlette.datastructures import URL

DEFAULT_PAGE_SIZE = 10
MAX_PAGE_SIZE = 100


@dataclass(frozen=True)
class PageWindow:
    """Page `number` of `count` items, `size` to a page: the page-number arithmetic every
    list shares, whatever envelope it answers and whatever it does with a page past the end."""

    number: int
    size: int
    count: int

    @property
    def pages(self) -> int:
        return max((self.count + self.size - 1) // self.size, 1)

    @property
    def start(self) -> int:
        return (self.number - 1) * self.size

    @property
    def exists(self) -> bool:
        return 1 <= self.number <= self.pages

    def rows(self, items: Sequence[Any]) -> list[Any]:
        return list(items[self.start:self.start + self.size])

    def link(self, url: URL, number: int) -> str | None:
        """The URL of page `number`, or None when there is no such page."""
        return str(url.include_query_params(page=number)) if 1 <= number <= self.pages else None


def paginate(items: Sequence[Any], url: URL, query: Mapping[str, Any],
             declared: set[str]) -> dict[str, Any]:
    """One page of `items` in the envelope, with next/previous links built from `url`.

    Paging parameters the operation does not declare are still read from the URL: the
    `next` links the mock writes must lead somewhere, as the platform's do.
    """
    query = {**_paging_parameters(url), **query}
    if "offset" in declared:
        return _limit_offset(items, url, query)
    return _page_number(items, url, query, declared)


def _size(value: Any) -> int:
    if isinstance(value, int) and value > 0:
        return min(value, MAX_PAGE_SIZE)
    return DEFAULT_PAGE_SIZE


def _limit_offset(items: Sequence[Any], url: URL, query: Mapping[str, Any]) -> dict[str, Any]:
    limit = _size(query.get("limit"))
    offset = query.get("offset")
    offset = offset if isinstance(offset, int) and offset > 0 else 0
    count = len(items)
    next_url = (
        str(url.include_query_params(limit=limit, offset=offset + limit))
        if offset + limit < count else None
    )
    previous_url = None
    if offset > 0:
        previous_url = str(url.include_query_params(limit=limit, offset=max(offset - limit, 0)))
    return _envelope(count, next_url, previous_url, items[offset:offset + limit])


def _page_number(items: Sequence[Any], url: URL, query: Mapping[str, Any],
                 declared: set[str]) -> dict[str, Any]:
    size_name = next((n for n in ("page_size", "limit") if n in declared), None)
    size = _size(query.get(size_name)) if size_name else DEFAULT_PAGE_SIZE
    page = query.get("page")
    window = PageWindow(page if isinstance(page, int) and page > 0 else 1, size, len(items))
    # Past the end, `previous` leads back to the last page.
    previous_url = window.link(url, min(window.number - 1, window.pages))
    return _envelope(window.count, window.link(url, window.number + 1), previous_url,
                     window.rows(items))


def _envelope(count: int, next_url: str | None, previous_url: str | None,
              results: Sequence[Any]) -> dict[str, Any]:
    return {"count": count, "next": next_url, "previous": previous_url, "results": list(results)}


def _paging_parameters(url: URL) -> dict[str, int]:
    given = parse_qs(url.query)
    values = {}
    for name in ("page", "page_size", "limit", "offset"):
        raw = given.get(name, [""])[-1]
        if raw.isdigit():
            values[name] = int(raw)
    return values
