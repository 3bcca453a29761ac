"""The Enterprise API's seeded state, shared by its resource groups: subscription plans and
their licenses, learner summaries, bulk enrollment jobs and enterprise catalogs.

License counts are derived from the licenses themselves, so assigning and revoking shows
up in the next subscriptions list.

Catalogs are seeded from the docs' examples: the catalog page of enterprise-api-v2.rst names
a catalog and its items; the course, course-run and program examples of enterprise-api.txt
§3.12 join it; the subscription plan's catalog gets the same content. No doc shows a catalog
list, so the list's records are built from those catalogs' own fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml

from ..calls import Call
from ..state import Examples, derived_uuid

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
class EnterpriseCatalog:
    fields: dict[str, Any]
    items: list[dict[str, Any]]


@dataclass
class EnterpriseData:
    plans: dict[str, Plan]
    learner_summaries: dict[str, dict[str, list[dict[str, Any]]]]
    catalogs: dict[str, EnterpriseCatalog]
    bulk_enrollment_jobs: dict[str, dict[str, Any]] = field(default_factory=dict)
    # (username, enterprise customer uuid) -> "admin" or "learner": the enterprise roles of
    # the development clients (edx_mock.auth), which edx_mock.enterprise.access checks.
    members: dict[tuple[str, str], str] = field(default_factory=dict)

    def customers(self) -> set[str]:
        """Every enterprise customer the seeded plans, summaries and catalogs belong to."""
        return ({str(p.fields["enterprise_customer_uuid"]) for p in self.plans.values()}
                | set(self.learner_summaries.get("v2", {}))
                | {str(c.fields["enterprise_customer"]) for c in self.catalogs.values()})


def data(call: Call) -> EnterpriseData:
    found: EnterpriseData = call.state.data["enterprise"]
    return found


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
            "revocations": {"applied": 0, "remaining": 5} if n % 2 == 0 else None,
            "licenses": {**template["licenses"], "unassigned": 10 * n, "total": 10 * n},
            "prior_renewals": [],
        }
        plans[fields["uuid"]] = _plan(fields)
    data = EnterpriseData(
        plans,
        _learner_summaries(template["enterprise_customer_uuid"]),
        _catalogs(examples, template["enterprise_catalog_uuid"]),
    )
    for customer in data.customers():
        data.members[("customer_admin", customer)] = "admin"
        data.members[("customer_learner", customer)] = "learner"
    return data


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


def _catalogs(examples: Examples, plan_catalog_uuid: str) -> dict[str, EnterpriseCatalog]:
    page = examples.response("enterprise_catalogs_retrieve")
    items = [
        *page["results"],
        examples.response("enterprise_catalogs_courses_retrieve"),
        examples.response("enterprise_catalogs_course_runs_retrieve"),
        examples.response("enterprise_catalogs_programs_retrieve"),
    ]
    catalogs = {}
    for uuid, title, customer in (
        (page["uuid"], page["title"], page["enterprise_customer"]),
        (plan_catalog_uuid, "Subscription Catalog", None),
    ):
        fields = {
            "uuid": uuid,
            "title": title,
            "enterprise_customer": customer or derived_uuid("customer", uuid),
            "catalog_query_uuid": derived_uuid("catalog-query", uuid),
            "content_last_modified": "2024-01-12T16:45:17.436871Z",
            "catalog_modified": "2023-11-21T21:09:56.175672Z",
            "query_title": f"{title} query",
        }
        catalogs[uuid] = EnterpriseCatalog(fields, list(items))
    return catalogs
