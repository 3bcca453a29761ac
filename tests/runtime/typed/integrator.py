"""An integrator's everyday LMS and Enterprise work, written as a user of the client would.

`mypy --strict` must accept it as it is (every value it touches is a model, no Any), and
tests/runtime/test_integrator.py runs it against the fake: enroll a learner, read grades,
patch an account, post a thread and a comment, page through courses and an enterprise's
learner summaries.
"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from edx_api_client.enterprise.api.learner_summary import learner_summary_v3_list
from edx_api_client.lms.api.courses import courses_list
from edx_api_client.lms.models import (
    DiscussionCommentCreateRequest,
    DiscussionThreadCreateRequest,
    DiscussionThreadCreateRequestType,
    EnrollmentCreateRequest,
    EnrollmentCreateRequestCourseDetails,
    GradesCourseGrade,
    UserAccountMergePatch,
)

from edx_api_client import EdxClient, iterate


@dataclass(frozen=True)
class Outcome:
    enrolled_mode: str
    grade_percent: float
    account_name: str
    thread_title: str
    comment_thread_id: str
    course_ids: list[str]
    summary_emails: list[str]


def enroll(staff: EdxClient, username: str, course_id: str) -> str:
    enrollment = staff.lms.enrollment.create(body=EnrollmentCreateRequest(
        user=username, course_details=EnrollmentCreateRequestCourseDetails(course_id=course_id)))
    return enrollment.mode


def grade_of(staff: EdxClient, username: str, course_id: str) -> float:
    answer = staff.lms.grades.courses_retrieve(course_id, username=username)
    # With `username`, the platform answers a one-item list; without it, a page of every learner.
    grades: list[GradesCourseGrade] = answer if isinstance(answer, list) else answer.results
    return grades[0].percent


def rename(learner: EdxClient, username: str, name: str) -> str:
    account = learner.lms.user.accounts_partial_update(username, body=UserAccountMergePatch(name=name))
    # Fields another caller may not see are absent (Unset); the user sees their own name.
    return account.name if isinstance(account.name, str) else ""


def discuss(learner: EdxClient, course_id: str) -> tuple[str, str]:
    topics = learner.lms.discussion.course_topics_v2_list(course_id)
    thread = learner.lms.discussion.threads_create(body=DiscussionThreadCreateRequest(
        course_id=course_id, topic_id=topics[0].id, type_=DiscussionThreadCreateRequestType.DISCUSSION,
        title="Week 1 question", raw_body="Where is the syllabus?"))
    comment = learner.lms.discussion.comments_create(body=DiscussionCommentCreateRequest(
        thread_id=thread.id, raw_body="In the course handouts."))
    return thread.title, comment.thread_id


def course_ids(edx: EdxClient) -> list[str]:
    courses = iterate(courses_list.sync_detailed, client=edx.lms, page_size=1)
    return [course.id for course in courses if isinstance(course.id, str)]


def summary_emails(edx: EdxClient, enterprise: UUID) -> list[str]:
    rows = iterate(learner_summary_v3_list.sync_detailed, client=edx.enterprise,
                   enterprise_uuid=enterprise)
    return [row.user_email for row in rows if isinstance(row.user_email, str)]


def everyday_work(staff: EdxClient, learner: EdxClient, service: EdxClient, *, username: str,
                  new_learner: str, course_id: str, enterprise: UUID) -> Outcome:
    thread_title, comment_thread = discuss(learner, course_id)
    return Outcome(
        enrolled_mode=enroll(staff, new_learner, course_id),
        grade_percent=grade_of(staff, username, course_id),
        account_name=rename(learner, username, "Vera Fied"),
        thread_title=thread_title,
        comment_thread_id=comment_thread,
        course_ids=course_ids(learner),
        summary_emails=summary_emails(service, enterprise),
    )
