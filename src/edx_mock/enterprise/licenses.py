"""A subscription plan's licenses: assigning them to learners by email, and revoking them.

Revocation follows the doc: all-or-nothing, 404 when a named learner has no assigned or
activated license, 400 when the plan's revocation cap is used up.
"""

from __future__ import annotations

from typing import Any

from ..calls import Call, Handler, Reply, error
from .store import HOLDING, data


def licenses_assign(call: Call) -> Reply:
    plan = data(call).plans.get(call.path["subscription_plan_uuid"])
    if plan is None:
        return error(404, "No subscription plan has this uuid.")
    emails = list(dict.fromkeys(call.body.get("user_emails") or []))
    holders = {lic["user_email"] for lic in plan.licenses if lic["status"] in HOLDING}
    new = [email for email in emails if email not in holders]
    free = [lic for lic in plan.licenses if lic["status"] == "unassigned"]
    if len(new) > len(free):
        return error(400, f"The plan has {len(free)} unassigned licenses; {len(new)} are needed.")
    assignments = []
    for email, license_ in zip(new, free[: len(new)], strict=True):
        license_.update(status="assigned", user_email=email)
        assignments.append({"user_email": email, "license": license_["uuid"]})
    return Reply(200, {
        "num_successful_assignments": len(assignments),
        "num_already_associated": len(emails) - len(new),
        "license_assignments": assignments,
    })


def licenses_bulk_revoke(call: Call) -> Reply:
    plan = data(call).plans.get(call.path["subscription_plan_uuid"])
    if plan is None:
        return error(404, "No subscription plan has this uuid.")
    emails, filters = call.body.get("user_emails"), call.body.get("filters")
    if (emails is None) == (filters is None):
        return error(400, "Send either user_emails or filters, not both and not neither.")
    if emails is not None:
        chosen = []
        for email in emails:
            license_ = next((lic for lic in plan.licenses
                             if lic["user_email"] == email and lic["status"] in HOLDING), None)
            if license_ is None:
                return error(404, f"No assigned or activated license for {email}.")
            chosen.append(license_)
    else:
        chosen = [lic for lic in plan.licenses if any(_matches(lic, f) for f in filters)]
        if any(lic["status"] not in HOLDING for lic in chosen):
            return error(404, "A selected license is neither assigned nor activated.")
    revocations = plan.fields.get("revocations")
    if plan.fields.get("is_revocation_cap_enabled") and revocations:
        if len(chosen) > revocations["remaining"]:
            return error(400, f"The plan's revocation cap allows {revocations['remaining']} more.")
        revocations["used"] += len(chosen)
        revocations["remaining"] -= len(chosen)
    for license_ in chosen:
        license_["status"] = "revoked"
    return Reply(204)


def _matches(license_: dict[str, Any], condition: dict[str, Any]) -> bool:
    if "user_email" in condition and condition["user_email"] not in (license_["user_email"] or ""):
        return False
    return not ("status_in" in condition and license_["status"] not in condition["status_in"])


HANDLERS: dict[str, Handler] = {
    "licenses_assign": licenses_assign,
    "licenses_bulk_revoke": licenses_bulk_revoke,
}
