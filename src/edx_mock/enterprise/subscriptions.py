"""Subscription plans: the list, filtered by customer and by `current` (active plans only).
Each plan's license counts come from its licenses (store.Plan.as_json)."""

from __future__ import annotations

from ..calls import Call, Handler, Reply
from ..pagination import paginate
from .store import data


def subscriptions_list(call: Call) -> Reply:
    plans = [plan.as_json() for plan in data(call).plans.values()]
    customer = call.query.get("enterprise_customer_uuid")
    if customer is not None:
        plans = [p for p in plans if p["enterprise_customer_uuid"] == customer]
    if call.query.get("current") is True:
        plans = [p for p in plans if p["is_active"]]
    return Reply(200, paginate(call, plans))


HANDLERS: dict[str, Handler] = {
    "subscriptions_list": subscriptions_list,
}
