"""Who is an enterprise's admin or learner, for the `x-access` rules of the Enterprise API.

The services decide it from the caller's enterprise roles (license-manager's and
edx-enterprise's `enterprise_admin` / `enterprise_learner` role assignments, scoped to one
customer). A rule names the enterprise by a customer uuid, or by something that belongs to one:
a subscription plan or an enterprise catalog, whose customer is then the subject.
"""

from __future__ import annotations

from ..access import Who
from ..state import MockState
from .store import EnterpriseData

ROLES = {"enterprise-admin": "admin", "enterprise-learner": "learner"}


def holds(state: MockState, who: Who, caller: str, subject: str, name: str) -> bool:
    data: EnterpriseData = state.data["enterprise"]
    if caller == "self":
        return subject.casefold() in (who.username.casefold(), f"{who.username}@example.com")
    if caller not in ROLES:
        return False
    return data.members.get((who.username, customer_of(data, subject))) == ROLES[caller]


def customer_of(data: EnterpriseData, subject: str) -> str:
    """The customer a plan or catalog uuid belongs to; a customer uuid is its own."""
    if subject in data.plans:
        return str(data.plans[subject].fields["enterprise_customer_uuid"])
    if subject in data.catalogs:
        return str(data.catalogs[subject].fields["enterprise_customer"])
    return subject
