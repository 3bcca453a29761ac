"""Bulk license enrollment: each request is kept as a job, answered with the job's id."""

from __future__ import annotations

import uuid

from ..calls import Call, Handler, Reply
from .store import data


def bulk_license_enrollment_create(call: Call) -> Reply:
    job_id = str(uuid.uuid4())
    data(call).bulk_enrollment_jobs[job_id] = {
        "enterprise_customer_uuid": call.query.get("enterprise_customer_uuid"),
        "request": call.body,
    }
    return Reply(201, {"job_id": job_id})


HANDLERS: dict[str, Handler] = {
    "bulk_license_enrollment_create": bulk_license_enrollment_create,
}
