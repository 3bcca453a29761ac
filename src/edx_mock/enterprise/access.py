"""Who is an enterprise's admin or learner, for the `x-access` rules of the Enterprise API.

The services decide it from the caller's enterprise roles (license-manager's and
edx-enterprise's `enterprise_admin` / `enterprise_learner` role assignments, scoped to one
customer). A rule names the enterprise by a customer uuid, or by something that belongs to one:
a subscription plan or an enterprise catalog, whose customer is then the subject.
"""

from __future__ import annotations

from ..access import Who
from ..calls import Call
from ..state import MockState
from .store import EnterpriseData, data

ROLES = {"enterprise-admin": "admin", "enterprise-learner": "learner"}


def holds(state: MockState, who: Who, caller: str, subject: str, name: str) -> bool:
    data: EnterpriseData = state.data["enterprise"]
    if caller == "self":
        return subject.casefold() in (who.username.casefold(), f"{who.username}@example.com")
    if caller not in ROLES:
        return False
    return data.members.get((who.username, customer_of(data, subject))) == ROLES[caller]


def visible_customers(call: Call) -> set[str] | None:
    """The customers whose plans or catalogs a list shows the caller when it names none:
    every one (None) to a service worker (an enterprise operator, whose role has no customer
    scope); else those the caller administers. edx-rbac's listing permission filters the
    same way, so global staff without a role see an empty list, not a refusal."""
    who = Who.of(call.claims)
    if who is None or "service-worker" in who.grants:
        return None
    return {customer for (username, customer), role in data(call).members.items()
            if username == who.username and role == "admin"}


def customer_of(data: EnterpriseData, subject: str) -> str:
    """The customer a plan or catalog uuid belongs to; a customer uuid is its own."""
    if subject in data.plans:
        return str(data.plans[subject].fields["enterprise_customer_uuid"])
    if subject in data.catalogs:
        return str(data.catalogs[subject].fields["enterprise_customer"])
    return subject
