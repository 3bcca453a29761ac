"""Catalogs: the list and one catalog by id."""

from __future__ import annotations

from ..calls import Call, Handler, Reply, error
from ..pagination import paginate
from .store import data


def catalogs_list(call: Call) -> Reply:
    catalogs = list(data(call).catalogs.values())
    return Reply(200, paginate(call, catalogs))


def catalogs_retrieve(call: Call) -> Reply:
    catalog = data(call).catalogs.get(call.path["id"])
    return Reply(200, catalog) if catalog else error(404, "No catalog has this id.")


HANDLERS: dict[str, Handler] = {
    "catalogs_list": catalogs_list,
    "catalogs_retrieve": catalogs_retrieve,
}
