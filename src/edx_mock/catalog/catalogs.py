"""Catalogs: the list and one catalog by id.

The doc shows an unpaged-looking list. course-discovery pages it with its proxied paginator
(limit/offset by default, page-number when `page` is sent) and lets staff list another
user's catalogs with `username`.

Not modelled: the `username` filter (every catalog is listed) and per-user visibility.
"""

from __future__ import annotations

from ..calls import Call, Handler, Reply, error
from ..pagination import proxied_page
from .store import data


def catalogs_list(call: Call) -> Reply:
    catalogs = list(data(call).catalogs.values())
    return Reply(200, proxied_page(call, catalogs))


def catalogs_retrieve(call: Call) -> Reply:
    catalog = data(call).catalogs.get(call.path["id"])
    return Reply(200, catalog) if catalog else error(404, "No catalog has this id.")


HANDLERS: dict[str, Handler] = {
    "catalogs_list": catalogs_list,
    "catalogs_retrieve": catalogs_retrieve,
}
