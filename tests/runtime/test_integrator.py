"""tests/runtime/typed/integrator.py, an integrator's everyday work, runs against the fake (and
tests/pipeline/test_build_dist.py checks it with `mypy --strict`)."""

from __future__ import annotations

from uuid import UUID

from edx_api_client import EdxClient
from edx_mock.pytest_plugin import EdxFake

from .typed.integrator import everyday_work

DEMO_COURSE = "course-v1:edX+DemoX+Demo_Course"
ENTERPRISE = UUID("204b1785-2d3a-2000-248d-2ae7a56e6355")


def test_everyday_work_runs_against_the_fake(edx_fake: EdxFake) -> None:
    with EdxClient(**edx_fake.client_options("staff")) as staff, \
            EdxClient(**edx_fake.client_options("learner")) as learner, \
            EdxClient(**edx_fake.client_options()) as service:
        outcome = everyday_work(staff, learner, service, username="verified", new_learner="honor",
                                course_id=DEMO_COURSE, enterprise=ENTERPRISE)
    assert outcome.enrolled_mode in ("audit", "honor")
    assert 0.0 <= outcome.grade_percent <= 1.0
    assert outcome.account_name == "Vera Fied"
    assert outcome.thread_title == "Week 1 question" and outcome.comment_thread_id
    assert DEMO_COURSE in outcome.course_ids and len(outcome.course_ids) >= 1
    assert outcome.summary_emails and all("@" in email for email in outcome.summary_emails)
