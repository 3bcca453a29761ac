"""A small program an integrator might write; `mypy --strict` must accept it as it is."""

from __future__ import annotations

import asyncio
from uuid import UUID

from edx_api_client.enterprise.api.subscriptions import subscriptions_list
from edx_api_client.enterprise.models import LicenseAssignRequest, LicenseAssignResponse

from edx_api_client import AsyncEdxClient, EdxApiError, EdxClient, RetryPolicy, aiterate, iterate


def unassigned_licenses(edx: EdxClient) -> dict[str, int]:
    counts: dict[str, int] = {}
    for plan in iterate(subscriptions_list.sync_detailed, client=edx.enterprise):
        counts[plan.title] = plan.licenses.unassigned  # a SubscriptionPlan, without a cast
    return counts


def assign(edx: EdxClient, plan: UUID, emails: list[str]) -> int:
    result: LicenseAssignResponse = edx.enterprise.licenses.assign(
        plan, body=LicenseAssignRequest(user_emails=emails))  # a refusal raises an EdxApiError
    return result.num_successful_assignments


def catalog_name(edx: EdxClient, catalog_id: int) -> str | None:
    try:
        found = edx.catalog.catalogs.retrieve(catalog_id)
    except EdxApiError as error:
        print(error.status, error.url)
        return None
    return found.name


async def plan_titles(client_id: str, client_secret: str) -> list[str]:
    async with AsyncEdxClient(client_id=client_id, client_secret=client_secret) as edx:
        plans = aiterate(subscriptions_list.asyncio_detailed, client=edx.enterprise)
        return [plan.title async for plan in plans]


def main() -> None:
    with EdxClient(client_id="id", client_secret="secret", retry=RetryPolicy(attempts=2)) as edx:
        print(unassigned_licenses(edx), catalog_name(edx, 1))
    print(asyncio.run(plan_titles("id", "secret")))
