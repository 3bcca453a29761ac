"""Enterprise API behaviour: subscription plans and their licenses, bulk license enrollment
and learner summaries, seeded from the docs' examples.

License counts are derived from the licenses themselves, so assigning and revoking shows
up in the next subscriptions list. Revocation follows the doc: all-or-nothing, 404 when a
named learner has no assigned or activated license, 400 when the plan's revocation cap is
used up.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml

from . import enterprise_catalogs
from .calls import Call, Reply, error
from .pagination import paginate
from .state import Examples, derived_uuid

EXTRA_PLANS = 11
LEARNERS_PER_SUMMARY = 24
HOLDING = ("assigned", "activated")


@dataclass
class Plan:
    fields: dict[str, Any]
    licenses: list[dict[str, Any]]

    def as_json(self) -> dict[str, Any]:
        counts = {status: 0 for status in ("activated", "assigned", "unassigned", "revoked")}
        for license_ in self.licenses:
            counts[license_["status"]] += 1
        counts["total"] = len(self.licenses)
        counts["allocated"] = counts["assigned"] + counts["activated"]
        return {**self.fields, "licenses": counts}


@dataclass
class EnterpriseData:
    plans: dict[str, Plan]
    learner_summaries: dict[str, dict[str, list[dict[str, Any]]]]
    catalogs: dict[str, enterprise_catalogs.EnterpriseCatalog]
    bulk_enrollment_jobs: dict[str, dict[str, Any]] = field(default_factory=dict)


def seed(examples: Examples) -> EnterpriseData:
    plans: dict[str, Plan] = {}
    template = examples.response("subscriptions_list")["results"][0]
    plans[template["uuid"]] = _plan(template)
    for n in range(1, EXTRA_PLANS + 1):
        fields = {
            **template,
            "uuid": derived_uuid("plan", n),
            "title": f"{template['title']} {n + 1}",
            "is_active": n % 4 != 0,
            "is_revocation_cap_enabled": n % 2 == 0,
            "revocations": {"total": 5, "used": 0, "remaining": 5} if n % 2 == 0 else None,
            "licenses": {**template["licenses"], "unassigned": 10 * n, "total": 10 * n},
            "prior_renewals": [],
        }
        plans[fields["uuid"]] = _plan(fields)
    return EnterpriseData(
        plans,
        _learner_summaries(template["enterprise_customer_uuid"]),
        enterprise_catalogs.seed(examples, template["enterprise_catalog_uuid"]),
    )


def _plan(example: dict[str, Any]) -> Plan:
    fields = dict(example)
    counts = fields.pop("licenses")
    licenses = [
        {"uuid": derived_uuid(fields["uuid"], "license", n), "status": status, "user_email": None}
        for status in ("activated", "assigned", "unassigned", "revoked")
        for n in range(counts.get(status, 0))
    ]
    return Plan(fields, licenses)


def _learner_summaries(enterprise_uuid: str) -> dict[str, dict[str, list[dict[str, Any]]]]:
    text = resources.files(__package__).joinpath("seed/learner_summaries.yaml").read_text()
    templates = yaml.safe_load(text)
    summaries: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for version, records in templates.items():
        rows = []
        for record in records:
            for n in range(1, LEARNERS_PER_SUMMARY + 2):
                rows.append({**record, "user_email": f"learner{n}@example.com",
                             "user_username": f"learner{n}"})
        summaries[version] = {enterprise_uuid: rows}
    return summaries


def _data(call: Call) -> EnterpriseData:
    data: EnterpriseData = call.state.data["enterprise"]
    return data


def subscriptions_list(call: Call) -> Reply:
    plans = [plan.as_json() for plan in _data(call).plans.values()]
    customer = call.query.get("enterprise_customer_uuid")
    if customer is not None:
        plans = [p for p in plans if p["enterprise_customer_uuid"] == customer]
    if call.query.get("current") is True:
        plans = [p for p in plans if p["is_active"]]
    return Reply(200, paginate(plans, call.url, call.query, call.declared_query))


def licenses_assign(call: Call) -> Reply:
    plan = _data(call).plans.get(call.path["subscription_plan_uuid"])
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
    plan = _data(call).plans.get(call.path["subscription_plan_uuid"])
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


def bulk_license_enrollment_create(call: Call) -> Reply:
    job_id = str(uuid.uuid4())
    _data(call).bulk_enrollment_jobs[job_id] = {
        "enterprise_customer_uuid": call.query.get("enterprise_customer_uuid"),
        "request": call.body,
    }
    return Reply(201, {"job_id": job_id})


def _learner_summary(version: str) -> Any:
    def handler(call: Call) -> Reply:
        rows = _data(call).learner_summaries[version].get(call.path["enterprise_uuid"])
        if rows is None:
            return error(404, "No enterprise customer has this uuid.")
        ordering = call.query.get("ordering")
        if ordering:
            key, reverse = ordering.lstrip("-"), ordering.startswith("-")
            if rows and key not in rows[0]:
                return error(400, f"Cannot order by '{key}': no such field.")
            rows = sorted(rows, key=lambda r: (r[key] is None, str(r[key])), reverse=reverse)
        return Reply(200, paginate(rows, call.url, call.query, call.declared_query))

    return handler


HANDLERS = {
    "subscriptions_list": subscriptions_list,
    "licenses_assign": licenses_assign,
    "licenses_bulk_revoke": licenses_bulk_revoke,
    "bulk_license_enrollment_create": bulk_license_enrollment_create,
    "learner_summary_v3_list": _learner_summary("v3"),
    "learner_summary_v2_list": _learner_summary("v2"),
    **enterprise_catalogs.HANDLERS,
}
