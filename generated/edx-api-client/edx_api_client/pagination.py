"""Iterate every item of a paginated list operation, one page in memory at a time.

Works with any generated list operation whose response has `results` and `next`: the first
page comes from the operation itself (typed), every later page from its `next` URL, parsed
with the same model. Page-number (`page`), limit/offset and cursor pagination all publish
`next`, so one loop serves them all.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from types import ModuleType
from typing import Any, Protocol, TypeVar

import httpx

from .errors import InvalidResponseError, api_error, invalid_response, redact_url

Item = TypeVar("Item")


class Page(Protocol[Item]):
    """What a generated paginated-list model looks like."""

    @property
    def results(self) -> list[Item]: ...

    @property
    def next_(self) -> Any: ...

    @classmethod
    def from_dict(cls, src_dict: Any) -> Any: ...


class _SyncClient(Protocol):
    def get_httpx_client(self) -> httpx.Client: ...


class _AsyncClient(Protocol):
    def get_async_httpx_client(self) -> httpx.AsyncClient: ...


def iterate(operation: ModuleType, *, client: _SyncClient, **params: Any) -> Iterator[Any]:
    """Every item of a list operation, typed: `iterate(subscriptions_list, client=edx.enterprise)`.

    `operation` is a generated operation module; `params` go to its first call.
    """
    request = _request(operation, client.get_httpx_client().base_url, params)
    page = _first_page(operation.sync_detailed(client=client, **params), request)
    seen: set[str] = set()
    while (url := _next_url(page, seen)) is not None:
        yield from page.results
        page = _parse_page(type(page), client.get_httpx_client().get(url))
    yield from page.results


async def aiterate(operation: ModuleType, *, client: _AsyncClient, **params: Any) -> AsyncIterator[Any]:
    """The async twin of `iterate`."""
    request = _request(operation, client.get_async_httpx_client().base_url, params)
    page = _first_page(await operation.asyncio_detailed(client=client, **params), request)
    seen: set[str] = set()
    while (url := _next_url(page, seen)) is not None:
        for item in page.results:
            yield item
        page = _parse_page(type(page), await client.get_async_httpx_client().get(url))
    for item in page.results:
        yield item


def _request(operation: ModuleType, base_url: httpx.URL, params: dict[str, Any]) -> httpx.Request:
    """The first page's request line, for error messages (the generated Response has none)."""
    arguments = {k: v for k, v in params.items() if k != "body"}
    try:
        kwargs = operation._get_kwargs(**arguments)
        return httpx.Request(kwargs["method"].upper(), base_url.join(kwargs["url"]),
                             params=kwargs.get("params"))
    except (TypeError, KeyError, AttributeError):
        return httpx.Request("GET", base_url)


def _first_page(response: Any, request: httpx.Request) -> Page[Any]:
    """The parsed first page of a generated `Response`, or the typed error it deserves."""
    status, page = int(response.status_code), response.parsed
    if not 200 <= status < 300:
        raise api_error(httpx.Response(status, content=response.content, headers=response.headers,
                                       request=request))
    if not hasattr(page, "results") or not hasattr(page, "next_"):
        raise TypeError(f"not a paginated list: the operation answered {type(page).__name__}")
    return page  # type: ignore[no-any-return]


def _next_url(page: Page[Any], seen: set[str]) -> str | None:
    """The next page's URL; one already followed means the server's links go round in circles."""
    value = page.next_
    if not isinstance(value, str) or not value:
        return None
    if value in seen:
        raise InvalidResponseError(f"pagination loops: {redact_url(value)} was already fetched",
                                   url=redact_url(value))
    seen.add(value)
    return value


def _parse_page(model: type[Page[Any]], response: httpx.Response) -> Page[Any]:
    if response.status_code != 200:
        raise api_error(response)
    try:
        page: Page[Any] = model.from_dict(response.json())
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise invalid_response(response, exc) from exc
    return page
