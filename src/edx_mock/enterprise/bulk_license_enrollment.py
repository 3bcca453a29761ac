"""Bulk license enrollment: each request is kept as a job, answered with the job's id.

The doc limits a request to 1000 learners plus course keys and takes enterprise_customer_uuid
as an optional query value. The license manager requires it (404 when the customer has no
customer agreement, checked first), requires emails, course_run_keys and notify, refuses more
than 500 enrollments (addresses times course keys) and enroll_all without subscription_uuid.

Not modelled: the enrollments themselves (the job is only recorded) and deployments that
change the 500 limit.
"""

from __future__ import annotations

import uuid

from ..calls import Call, Handler, Reply, error
from .store import data

ENROLLMENT_LIMIT = 500


def bulk_license_enrollment_create(call: Call) -> Reply:
    store = data(call)
    customer = call.query.get("enterprise_customer_uuid")
    customers = {plan.fields["enterprise_customer_uuid"] for plan in store.plans.values()}
    if customer is None or str(customer) not in customers:
        return error(404, "No customer agreement exists for this enterprise customer.")
    if call.query.get("enroll_all") is not None and call.query.get("subscription_uuid") is None:
        return error(400, "subscription_uuid is required when enroll_all is provided.")
    emails, keys = call.body.get("emails") or [], call.body.get("course_run_keys") or []
    if not emails or not keys or not isinstance(call.body.get("notify"), bool):
        return error(400, "emails, course_run_keys and notify are required.")
    if len(emails) * len(keys) > ENROLLMENT_LIMIT:
        return error(400, "Too many provided enrollments, please try a smaller request.")
    job_id = str(uuid.uuid4())
    store.bulk_enrollment_jobs[job_id] = {
        "enterprise_customer_uuid": str(customer),
        "request": call.body,
    }
    return Reply(201, {"job_id": job_id})


HANDLERS: dict[str, Handler] = {
    "bulk_license_enrollment_create": bulk_license_enrollment_create,
}
