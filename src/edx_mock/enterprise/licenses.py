"""A subscription plan's licenses: assigning them to learners by email, and revoking them.

The doc makes revocation all-or-nothing and answers 204. The license manager revokes address
by address: what succeeds is kept, and it answers 200 with the revocations made, 207 with the
revocations made and the failures, or (when every one failed) 404 with the failures; 400 when
more licenses are selected than the plan's revocation cap leaves. Filters are
`{name, filter_value}` objects (user_email: a case-insensitive part of the address; status_in:
a list of statuses). Assignment lower-cases addresses and drops repeats.

Not modelled: notification emails, Salesforce ids (accepted, not kept), the assignment lock
(423) and database failures (422).
"""

from __future__ import annotations

from typing import Any

from ..calls import Call, Handler, Reply, error
from .store import HOLDING, data


def licenses_assign(call: Call) -> Reply:
    plan = data(call).plans.get(call.path["subscription_plan_uuid"])
    if plan is None:
        return error(404, "No subscription plan has this uuid.")
    emails = list(dict.fromkeys(email.lower() for email in call.body.get("user_emails") or []))
    if not emails:
        return error(400, "user_emails must list at least one address.")
    sfids = call.body.get("user_sfids")
    if sfids is not None and len(sfids) != len(call.body["user_emails"]):
        return error(400, "Number of Salesforce IDs did not match number of provided user emails.")
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
        return _failed(404, "No subscription plan has this uuid.")
    emails, filters = call.body.get("user_emails"), call.body.get("filters")
    if bool(emails) == bool(filters):
        return error(400, "Send either user_emails or filters, not both and not neither.")
    if filters:
        for condition in filters:
            if not _valid_filter(condition):
                return error(400, "Malformed filters, supported filters are user_email and status_in.")
        chosen = [lic for lic in plan.licenses
                  if all(_matches(lic, f) for f in filters) and lic["status"] != "revoked"]
        emails = [lic["user_email"] for lic in chosen if lic["user_email"]]
    revocations = plan.fields.get("revocations")
    if plan.fields.get("is_revocation_cap_enabled") and revocations:
        if len(emails) > revocations["remaining"]:
            return _failed(400, "Plan does not have enough revocations remaining.")
    done: list[dict[str, Any]] = []
    failed: list[dict[str, Any]] = []
    for email in emails:
        license_ = next((lic for lic in plan.licenses
                         if lic["user_email"] == email and lic["status"] in HOLDING), None)
        if license_ is None:
            failed.append({"error": f"No assigned or activated license. user_email: {email}",
                           "error_response_status": 404, "user_email": email})
            continue
        done.append({"license_uuid": license_["uuid"], "original_status": license_["status"],
                     "user_email": email})
        license_["status"] = "revoked"
        if plan.fields.get("is_revocation_cap_enabled") and revocations:
            revocations["applied"] += 1
            revocations["remaining"] -= 1
    if failed and not done:
        return Reply(404, {"unsuccessful_revocations": failed})
    return Reply(207 if failed else 200,
                 {"successful_revocations": done, "unsuccessful_revocations": failed})


def _failed(status: int, message: str) -> Reply:
    return Reply(status, {"unsuccessful_revocations": [{"error": message}]})


def _valid_filter(condition: Any) -> bool:
    if not isinstance(condition, dict):
        return False
    name, value = condition.get("name"), condition.get("filter_value")
    if name == "user_email":
        return isinstance(value, str)
    return name == "status_in" and isinstance(value, list) and all(isinstance(v, str) for v in value)


def _matches(license_: dict[str, Any], condition: dict[str, Any]) -> bool:
    value = condition["filter_value"]
    if condition["name"] == "user_email":
        return value.lower() in (license_["user_email"] or "").lower()
    return license_["status"] in value


HANDLERS: dict[str, Handler] = {
    "licenses_assign": licenses_assign,
    "licenses_bulk_revoke": licenses_bulk_revoke,
}
