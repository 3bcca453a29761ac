"""Learner summaries (v2 and v3) of an enterprise customer, ordered by any of their fields.
The rows are seeded from seed/learner_summaries.yaml, one per learner and record.

The docs page the records in count/next/previous/results and name four v3 fields
course_start, course_end, course_duration and user_country. edx-enterprise-data pages them
with DefaultPagination (num_pages, current_page and start too; page_size up to 1000) and
names those fields course_start_date, course_end_date, course_duration_weeks and
user_country_code; v2 sorts by user_email unless asked, v3 by last activity, newest first.

Not modelled: page sizes above 100, the CSV rendering, the report's filters and the
enrichment of course progress.
"""

from __future__ import annotations

from ..calls import Call, Handler, Reply, error
from ..pagination import teams_page
from .store import data


def _learner_summary(version: str, default_ordering: str) -> Handler:
    def handler(call: Call) -> Reply:
        rows = data(call).learner_summaries[version].get(call.path["enterprise_uuid"])
        if rows is None:
            return error(404, "No enterprise customer has this uuid.")
        ordering = call.query.get("ordering") or default_ordering
        if ordering:
            key, reverse = ordering.lstrip("-"), ordering.startswith("-")
            if rows and key not in rows[0]:
                return error(400, f"Cannot order by '{key}': no such field.")
            rows = sorted(rows, key=lambda r: (r[key] is None, str(r[key])), reverse=reverse)
        return Reply(200, teams_page(call, rows))

    return handler


HANDLERS: dict[str, Handler] = {
    "learner_summary_v3_list": _learner_summary("v3", "-last_activity_date"),
    "learner_summary_v2_list": _learner_summary("v2", "user_email"),
}
