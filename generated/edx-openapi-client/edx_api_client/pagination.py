"""Every item of a paginated list operation, one page in memory at a time, typed.

    for plan in iterate(subscriptions_list.sync_detailed, client=edx.enterprise):
        plan.title  # a SubscriptionPlan: a typo is a mypy error, and so is a wrong keyword

The first page comes from the generated function itself, with the arguments it declares
(ParamSpec, PEP 612); every later page from the `next` link of the page before, parsed with
the same model. The envelopes the descriptions declare all publish that link: at the top
level (DRF's page-number, limit/offset and cursor paginators) or under `pagination` (the
courses and discussion APIs), so one loop follows them all.

What a server hands out is not trusted: a `next` link to another origin than the first
request's is refused (the Authorization header would go with it; browsers draw the same line,
RFC 6454), a link seen before is a loop, and a `Pager` stops at `max_pages`.
"""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any, ParamSpec, Protocol, TypeVar

import httpx

from .errors import (
    CrossOriginLinkError,
    InvalidResponseError,
    NotAPageError,
    PageLimitError,
    api_error,
    invalid_response,
    redact_url,
)

Item = TypeVar("Item")
Page_co = TypeVar("Page_co", covariant=True)
P = ParamSpec("P")

# Enough for any real list (10,000 pages of 100 items); a server that never stops is not.
DEFAULT_MAX_PAGES = 10_000


class ListPage(Protocol[Item]):
    """A generated paginated-list model: its items, and a `next` link at the top or nested."""

    results: list[Item]

    @classmethod
    def from_dict(cls, src_dict: Any) -> Any: ...


class Answer(Protocol[Page_co]):
    """A generated `Response[...]` (each API's `types` module has its own class)."""

    @property
    def status_code(self) -> int: ...

    @property
    def content(self) -> bytes: ...

    @property
    def headers(self) -> Any: ...

    @property
    def parsed(self) -> Page_co | None: ...


@dataclass(frozen=True)
class Pager:
    """Paging with a page cap of your choosing: `Pager(max_pages=50).iterate(...)`."""

    max_pages: int = DEFAULT_MAX_PAGES

    def iterate(self, operation: Callable[P, Answer[ListPage[Item]]], *args: P.args,
                **kwargs: P.kwargs) -> Iterator[Item]:
        """Every item of a list operation: pass its generated `sync_detailed` and arguments."""
        http = _http_client(kwargs, "get_httpx_client")
        walk = _Walk(self.max_pages, _first_request(operation, http.base_url, kwargs))
        page = walk.first(operation(*args, **kwargs))
        while True:
            yield from page.results
            url = walk.next_url(page)
            if url is None:
                return
            page = walk.parse(type(page), http.get(url))

    async def aiterate(self, operation: Callable[P, Awaitable[Answer[ListPage[Item]]]],
                       *args: P.args, **kwargs: P.kwargs) -> AsyncIterator[Item]:
        """The async twin of `iterate`: pass the generated `asyncio_detailed`."""
        http = _http_client(kwargs, "get_async_httpx_client")
        walk = _Walk(self.max_pages, _first_request(operation, http.base_url, kwargs))
        page = walk.first(await operation(*args, **kwargs))
        while True:
            for item in page.results:
                yield item
            url = walk.next_url(page)
            if url is None:
                return
            page = walk.parse(type(page), await http.get(url))


def iterate(operation: Callable[P, Answer[ListPage[Item]]], *args: P.args,
            **kwargs: P.kwargs) -> Iterator[Item]:
    """Every item of a list operation, with the default page cap (see `Pager`)."""
    return Pager().iterate(operation, *args, **kwargs)


def aiterate(operation: Callable[P, Awaitable[Answer[ListPage[Item]]]], *args: P.args,
             **kwargs: P.kwargs) -> AsyncIterator[Item]:
    """The async twin of `iterate`."""
    return Pager().aiterate(operation, *args, **kwargs)


class _Walk:
    """The state of one walk through a list: where it started, what it has fetched."""

    def __init__(self, max_pages: int, first_request: httpx.Request) -> None:
        self.max_pages = max_pages
        self.request = first_request
        self.seen: set[str] = set()
        self.pages = 1

    def first(self, answer: Answer[ListPage[Item]]) -> ListPage[Item]:
        status = int(answer.status_code)
        if not 200 <= status < 300:
            raise api_error(httpx.Response(status, content=answer.content, headers=answer.headers,
                                           request=self.request))
        page = answer.parsed
        if not isinstance(getattr(page, "results", None), list):
            method, url = self.request.method, redact_url(str(self.request.url))
            raise NotAPageError(f"{method} {url} is not a paginated list: it answered "
                                f"{type(page).__name__}", status=status, method=method, url=url)
        assert page is not None
        return page

    def next_url(self, page: ListPage[Any]) -> str | None:
        link = _next_link(page)
        if link is None:
            return None
        url = self.request.url.join(link)
        shown = redact_url(str(url))
        if (url.scheme, url.host, url.port) != (self.request.url.scheme, self.request.url.host,
                                                 self.request.url.port):
            raise CrossOriginLinkError(
                f"the next page is at {shown}, another origin than "
                f"{redact_url(str(self.request.url))}: not followed, so that the credentials "
                "stay with the server they are for", url=shown)
        if str(url) in self.seen:
            raise InvalidResponseError(f"pagination loops: {shown} was already fetched", url=shown)
        if self.pages >= self.max_pages:
            raise PageLimitError(f"the list has more than {self.max_pages} pages; a Pager with a "
                                 "higher max_pages reads further", url=shown)
        self.seen.add(str(url))
        self.pages += 1
        return str(url)

    @staticmethod
    def parse(model: type[ListPage[Item]], response: httpx.Response) -> ListPage[Item]:
        if not 200 <= response.status_code < 300:
            raise api_error(response)
        try:
            page: ListPage[Item] = model.from_dict(response.json())
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise invalid_response(response, exc) from exc
        return page


def _next_link(page: object) -> str | None:
    """`next` at the top of the envelope, else under `pagination` (the courses API)."""
    for holder in (page, getattr(page, "pagination", None)):
        value = getattr(holder, "next_", None)
        if isinstance(value, str) and value:
            return value
    return None


def _http_client(kwargs: dict[str, Any], getter: str) -> Any:
    client = kwargs.get("client")
    if client is None or not hasattr(client, getter):
        raise TypeError("pass the API's client as client=..., e.g. client=edx.enterprise")
    return getattr(client, getter)()


def _first_request(operation: Callable[..., Any], base_url: httpx.URL,
                   kwargs: dict[str, Any]) -> httpx.Request:
    """The first page's request line, for error messages and the origin check (the generated
    Response carries no request), rebuilt with the generated module's own `_get_kwargs`."""
    module = sys.modules.get(getattr(operation, "__module__", ""))
    arguments = {k: v for k, v in kwargs.items() if k not in ("client", "body")}
    try:
        built = module._get_kwargs(**arguments)  # type: ignore[union-attr]
        return httpx.Request(built["method"].upper(), base_url.join(built["url"]),
                             params=built.get("params"))
    except (TypeError, KeyError, AttributeError):
        return httpx.Request("GET", base_url)
