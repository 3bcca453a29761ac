"""An integrator's tests against the fake edX, as the README shows them.

With the edx-openapi-client and edx-api-mock wheels installed, pytest finds the fixtures by
itself: `edx_client` is an EdxClient signed in to a running fake that was reset to its seeded
demo course before the test, and `@pytest.mark.edx_role(...)` picks who is calling. The
fixtures are typed: this file passes `mypy --strict`.
"""

from __future__ import annotations

import pytest
from edx_api_client.lms.models import CourseMode, CourseModeRecord

from edx_api_client import EdxClient, PermissionDeniedError
from edx_mock.pytest_plugin import EdxClientFactory

DEMO_COURSE = "course-v1:edX+DemoX+Demo_Course"
PROFESSIONAL = CourseMode(course_id=DEMO_COURSE, mode_slug="professional",
                          mode_display_name="Professional Education", currency="usd", min_price=100)


@pytest.mark.edx_role("staff")
def test_staff_add_a_mode_learners_then_see(edx_client: EdxClient,
                                            edx_client_for: EdxClientFactory) -> None:
    created = edx_client.lms.course_modes.create(DEMO_COURSE, body=PROFESSIONAL)
    assert isinstance(created, CourseModeRecord) and created.min_price == 100

    learner = edx_client_for("learner")
    course = learner.lms.enrollment.course_retrieve(DEMO_COURSE)
    assert "professional" in [mode.slug for mode in course.course_modes]


@pytest.mark.edx_role("learner")
def test_a_learner_may_not_add_a_mode(edx_client: EdxClient) -> None:
    with pytest.raises(PermissionDeniedError) as refused:
        edx_client.lms.course_modes.create(DEMO_COURSE, body=PROFESSIONAL)
    assert refused.value.status == 403


def test_each_test_starts_from_the_seeded_data(edx_client: EdxClient) -> None:
    modes = edx_client.lms.course_modes.list(DEMO_COURSE)
    assert sorted(mode.mode_slug for mode in modes) == ["audit", "honor", "verified"]


@pytest.mark.edx_role("learner")
def test_the_learner_is_enrolled_in_the_demo_course(edx_client: EdxClient) -> None:
    enrollments = edx_client.lms.enrollment.list()
    assert [e.course_details.course_id for e in enrollments] == [DEMO_COURSE]
