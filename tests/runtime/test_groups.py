"""`edx.<api>.<group>.<action>(...)`: every operation bound to the entry point's client, sync
and async, returning what the operation's `sync`/`asyncio` returns."""

from __future__ import annotations

import asyncio

import pytest
from edx_api_client.catalog.models import Catalog
from edx_api_client.enterprise.models import PaginatedSubscriptionPlanList

from edx_api_client import AsyncEdxClient, EdxClient, NotFoundError
from edx_mock.pytest_plugin import EdxFake


def test_a_group_method_calls_its_operation(edx: EdxClient) -> None:
    catalog = edx.catalog.catalogs.retrieve(1)
    assert isinstance(catalog, Catalog) and catalog.id == 1
    plans = edx.enterprise.subscriptions.list()
    assert isinstance(plans, PaginatedSubscriptionPlanList) and plans.results
    with pytest.raises(NotFoundError):
        edx.catalog.catalogs.retrieve(424242)


def test_the_async_entry_point_has_async_groups(edx_fake: EdxFake) -> None:
    async def main() -> Catalog:
        async with AsyncEdxClient(**edx_fake.client_options()) as edx:
            return await edx.catalog.catalogs.retrieve(1)

    assert asyncio.run(main()).id == 1


def test_every_operation_has_a_method_on_its_group(edx: EdxClient) -> None:
    import importlib
    import pkgutil

    for api in ("lms", "enterprise", "catalog"):
        client = getattr(edx, api)
        package = importlib.import_module(f"edx_api_client.{api}.api")
        for group in pkgutil.iter_modules(package.__path__):
            operations = getattr(client, group.name)
            modules = [m.name for m in pkgutil.iter_modules(
                importlib.import_module(f"{package.__name__}.{group.name}").__path__)]
            methods = [name for name in dir(operations) if not name.startswith("_")]
            assert len(methods) == len(modules), (api, group.name, methods, modules)
