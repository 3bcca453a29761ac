"""The page envelopes of edX list endpoints, as the descriptions declare them, and the
page-number arithmetic they share (PageWindow).

- Django REST framework's envelope (count/next/previous/results), page-number (`page`, with
  `page_size` or `limit` as the page size where the operation declares one) or limit/offset
  (`limit`, `offset`): `paginate`, which picks the style from the query parameters the
  operation declares. Out-of-range values are clamped the way Django REST framework does
  for limit/offset, and a page past the end is empty rather than an error, because the docs
  document no error status for it.
- The teams API's envelope, DRF's plus num_pages, current_page and start: `teams_page`, and
  `numbered_envelope` for a list that refuses a page past the end (bookmarks).
- course-discovery's envelope: DRF's, limit/offset unless a `page` is named (`proxied_page`).
- The discussion forum's envelope, `results` beside a `pagination` object: `discussion_page`.
- The cursor envelope of the enrollment and grades lists (next/previous/results, no count):
  `cursor_page`.

A list that refuses a page past the end (user preferences, bookmarks) takes the page as asked
(`PageWindow.asked`), checks `exists` and answers its own error before building the envelope:
the platform's lists differ there, and each keeps the status its operation declares.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

from starlette.datastructures import URL

from .calls import Call, Reply, error, not_found
from .inputs import strict_int

DEFAULT_PAGE_SIZE = 10
MAX_PAGE_SIZE = 100


@dataclass(frozen=True)
class PageWindow:
    """Page `number` of `count` items, `size` to a page: the page-number arithmetic every
    list shares, whatever envelope it answers and whatever it does with a page past the end."""

    number: int
    size: int
    count: int

    @classmethod
    def asked(cls, query: Mapping[str, Any], count: int, *, clamp: bool = True) -> PageWindow:
        """The page `query` names (`page`, default 1; `page_size`), as given: a page below 1
        or past the end does not exist. See `page_size` for `clamp`."""
        page = query.get("page", 1)
        return cls(page if isinstance(page, int) else 0, page_size(query.get("page_size"), clamp=clamp),
                   count)

    @classmethod
    def lenient(cls, query: Mapping[str, Any], count: int, *, size_name: str | None = "page_size",
                default_size: int = DEFAULT_PAGE_SIZE, clamp: bool = True) -> PageWindow:
        """The page `query` names, a missing or non-positive page read as the first; the size
        from `size_name` (see `page_size`), `default_size` when it gives none."""
        page = query.get("page")
        size = page_size(query.get(size_name) if size_name else None, clamp=clamp,
                         default=default_size)
        return cls(page if isinstance(page, int) and page > 0 else 1, size, count)

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


def page_size(value: Any, *, clamp: bool = True, default: int = DEFAULT_PAGE_SIZE) -> int:
    """A requested page size: a positive int up to MAX_PAGE_SIZE as given; a larger one cut to
    MAX_PAGE_SIZE (`clamp`) or, where the platform's paginator ignores it, the default."""
    if isinstance(value, int) and value > 0:
        if value <= MAX_PAGE_SIZE:
            return value
        return MAX_PAGE_SIZE if clamp else default
    return default


# --- Django REST framework's envelope --------------------------------------------------------

def paginate(call: Call, items: Sequence[Any]) -> dict[str, Any]:
    """One page of `items` in DRF's envelope, with next/previous links built from the URL.

    Paging parameters the operation does not declare are still read from the URL: the
    `next` links the mock writes must lead somewhere, as the platform's do.
    """
    query = {**_paging_parameters(call.url), **call.query}
    if "offset" in call.declared_query:
        return _limit_offset(items, call.url, query)
    return page_number_envelope(_lenient_window(query, call.declared_query, len(items)), items,
                                call.url)


def page_number_envelope(window: PageWindow, items: Sequence[Any], url: URL) -> dict[str, Any]:
    """DRF's envelope of one page; past the end, `previous` leads back to the last page."""
    previous_url = window.link(url, min(window.number - 1, window.pages))
    return _envelope(window.count, window.link(url, window.number + 1), previous_url,
                     window.rows(items))


def _lenient_window(query: Mapping[str, Any], declared: set[str], count: int) -> PageWindow:
    """The page asked for, its size read from the parameter the operation declares."""
    size_name = next((n for n in ("page_size", "limit") if n in declared), None)
    return PageWindow.lenient(query, count, size_name=size_name)


def _limit_offset(items: Sequence[Any], url: URL, query: Mapping[str, Any]) -> dict[str, Any]:
    limit = page_size(query.get("limit"))
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


def _envelope(count: int, next_url: str | None, previous_url: str | None,
              results: Sequence[Any]) -> dict[str, Any]:
    return {"count": count, "next": next_url, "previous": previous_url, "results": list(results)}


def _paging_parameters(url: URL) -> dict[str, int]:
    given = parse_qs(url.query)
    values = {}
    for name in ("page", "page_size", "limit", "offset"):
        raw = given.get(name, [""])[-1]
        if (number := strict_int(raw)) is not None and number >= 0:
            values[name] = number
    return values


# --- course-discovery's envelope --------------------------------------------------------------

# course-discovery's ProxiedPagination: limit/offset paging unless the request names a `page`,
# then page-number paging (`page_size`, 20 by default). Both answer DRF's envelope.
DISCOVERY_PAGE_SIZE = 20


def proxied_page(call: Call, items: Sequence[Any]) -> dict[str, Any]:
    if call.query.get("page") is None:
        return paginate(call, items)
    window = PageWindow.lenient(call.query, len(items), default_size=DISCOVERY_PAGE_SIZE,
                                clamp=False)
    return page_number_envelope(window, items, call.url)


# --- the teams API's envelope ----------------------------------------------------------------

def teams_page(call: Call, items: Sequence[Any]) -> dict[str, Any]:
    """The teams API's page: DRF's envelope plus num_pages, current_page and start, as the
    platform's paginator writes them; a page past the end is empty, as in `paginate`."""
    query = {**_paging_parameters(call.url), **call.query}
    window = _lenient_window(query, call.declared_query, len(items))
    return numbered_envelope(window, items, call.url)


def numbered_envelope(window: PageWindow, items: Sequence[Any], url: URL) -> dict[str, Any]:
    return {**page_number_envelope(window, items, url), "num_pages": window.pages,
            "current_page": window.number, "start": window.start}


# --- the discussion forum's envelope ---------------------------------------------------------

def discussion_page(call: Call, rows: Sequence[Any], extra: dict[str, Any] | None = None) -> Reply:
    """The forum's page envelope: `results` and `pagination` (next, previous, count, num_pages).
    The description declares no paging parameter, so they are read from the URL; a page past
    the end answers 404, as the platform's paginator does."""
    params = call.raw_query
    page = strict_int(params.get("page", "1"))
    size = strict_int(params.get("page_size", str(DEFAULT_PAGE_SIZE)))
    if page is None or size is None:
        return error(400, "page and page_size must be integers.")
    if page < 1 or not 1 <= size <= MAX_PAGE_SIZE:
        return error(400, "page must be at least 1 and page_size between 1 and 100.")
    window = PageWindow(page, size, len(rows))
    if not window.exists:
        return not_found(call, "Page not found.")
    return Reply(200, {**discussion_envelope(window, rows, call.url), **(extra or {})})


def discussion_envelope(window: PageWindow, rows: Sequence[Any], url: URL) -> dict[str, Any]:
    return {
        "results": window.rows(rows),
        "pagination": {"next": window.link(url, window.number + 1),
                       "previous": window.link(url, window.number - 1),
                       "count": window.count, "num_pages": window.pages},
    }


# --- the cursor envelope ---------------------------------------------------------------------

def cursor_page(call: Call, rows: Sequence[Any]) -> dict[str, Any]:
    """The cursor-paged envelope (next/previous/results, no count); the cursor is an opaque
    encoding of the offset, as Django REST framework's is. A cursor past the end gives an
    empty page."""
    size = page_size(call.query.get("page_size"), clamp=False)
    offset = _offset(call.query.get("cursor"))

    def link(at: int) -> str:
        cursor = base64.urlsafe_b64encode(f"o={at}".encode()).decode()
        return str(call.url.include_query_params(cursor=cursor))

    return cursor_envelope(rows[offset:offset + size],
                           link(offset + size) if offset + size < len(rows) else None,
                           link(max(offset - size, 0)) if offset > 0 else None)


def cursor_envelope(results: Sequence[Any], next_url: str | None = None,
                    previous_url: str | None = None) -> dict[str, Any]:
    return {"next": next_url, "previous": previous_url, "results": list(results)}


def _offset(cursor: Any) -> int:
    try:
        decoded = base64.urlsafe_b64decode(str(cursor).encode()).decode()
        return max(int(decoded.removeprefix("o=")), 0)
    except (ValueError, UnicodeDecodeError):
        return 0
