"""Subscription plans: the list, filtered by customer and by `current`.

The doc offers both filters as optional. The license manager lists only the active plans of a
customer named by enterprise_customer_uuid, and reads current=true as "the customer's plan in
force now": the most recently created active plan whose dates include the present, which
needs enterprise_customer_uuid (400 without it). Each plan's license counts come from its
licenses (store.Plan.as_json); revocations are null unless the plan caps them.

Without a customer filter the list holds the plans of the customers the caller administers
(every plan, for a service worker): enterprise.access.visible_customers.

Not modelled: the 404 the service answers for a page past the last.
"""

from __future__ import annotations

from datetime import UTC, datetime

from ..calls import Call, Handler, Reply, error
from ..pagination import paginate
from .access import visible_customers
from .store import data


def subscriptions_list(call: Call) -> Reply:
    plans = [plan.as_json() for plan in data(call).plans.values()]
    customer = call.query.get("enterprise_customer_uuid")
    if call.query.get("current") is True and customer is None:
        return error(400, "Current plan cannot be used without enterprise_uuid")
    if customer is not None:
        plans = [p for p in plans if p["enterprise_customer_uuid"] == str(customer) and p["is_active"]]
    elif (visible := visible_customers(call)) is not None:
        plans = [p for p in plans if p["enterprise_customer_uuid"] in visible]
    if call.query.get("current") is True:
        now = datetime.now(UTC)
        plans = [p for p in plans if _at(p["start_date"]) <= now <= _at(p["expiration_date"])][:1]
    return Reply(200, paginate(call, plans))


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


HANDLERS: dict[str, Handler] = {
    "subscriptions_list": subscriptions_list,
}
