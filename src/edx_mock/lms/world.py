"""The LMS fake's shared world: users, the seeded demo course, its modes and enrollments.

Every resource module reads and changes this one world, so an enrollment made through the
enrollment API is what cohorts, teams and grades see. A module's own resources (bookmarks,
threads...) live in `world.stores[<module>]`, seeded by that module.

The demo course is the one the LMS reference's examples use, `course-v1:edX+DemoX+Demo_Course`,
with the devstack accounts the docs' examples name (`staff`, `verified`, `audit`, `honor`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..state import derived_uuid

DEMO_COURSE = "course-v1:edX+DemoX+Demo_Course"
# The shapes of the platform's opaque keys the fake knows: a course (new or old style), a block.
COURSE_KEY = re.compile(r"course-v1:[\w.-]+\+[\w.-]+\+[\w.-]+|[\w.-]+/[\w.-]+/[\w.-]+")
USAGE_KEY = re.compile(r"block-v1:[\w.-]+\+[\w.-]+\+[\w.-]+\+type@[\w-]+\+block@[\w.-]+")
SEED_TIME = "2026-01-05T09:00:00Z"


@dataclass
class User:
    id: int
    username: str
    email: str
    name: str
    is_staff: bool = False
    is_active: bool = True
    date_joined: str = SEED_TIME
    # course id -> roles in that course ("staff", "instructor")
    course_roles: dict[str, set[str]] = field(default_factory=dict)


@dataclass
class Block:
    """One block of a course's structure (course, chapter, sequential, vertical or leaf)."""

    id: str
    type: str
    display_name: str
    children: list[str] = field(default_factory=list)
    graded: bool = False
    format: str | None = None  # the assignment type of a graded subsection
    due: str | None = None

    @property
    def block_id(self) -> str:
        return self.id.rsplit("@", 1)[-1]


@dataclass
class Course:
    id: str
    org: str
    number: str
    run: str
    name: str
    start: str
    end: str | None
    root: str
    blocks: dict[str, Block]
    modes: dict[str, dict[str, Any]]
    self_paced: bool = False

    def usage_key(self, block_type: str, block_id: str) -> str:
        return f"block-v1:{self.org}+{self.number}+{self.run}+type@{block_type}+block@{block_id}"

    def walk(self, start: str | None = None) -> list[Block]:
        """The blocks under `start` (default: the whole course) in course order, depth first."""
        order: list[Block] = []
        pending = [start or self.root]
        while pending:
            block = self.blocks[pending.pop(0)]
            order.append(block)
            pending[:0] = block.children
        return order


@dataclass
class Enrollment:
    username: str
    course_id: str
    mode: str
    is_active: bool = True
    created: str = SEED_TIME


@dataclass
class World:
    users: dict[str, User]
    courses: dict[str, Course]
    enrollments: dict[tuple[str, str], Enrollment]
    stores: dict[str, Any] = field(default_factory=dict)
    next_ids: dict[str, int] = field(default_factory=dict)

    def new_id(self, kind: str) -> int:
        """A fresh integer id for a kind of resource (ids are never reused after a delete)."""
        self.next_ids[kind] = self.next_ids.get(kind, 0) + 1
        return self.next_ids[kind]

    def enrollment(self, username: str, course_id: str) -> Enrollment | None:
        """The user's active enrollment in the course, if any."""
        found = self.enrollments.get((username, course_id))
        return found if found is not None and found.is_active else None

    def enrolled(self, course_id: str) -> list[Enrollment]:
        return [e for e in self.enrollments.values() if e.course_id == course_id and e.is_active]


USERS = (
    # username, name, global staff, roles in the demo course
    ("staff", "Staff Member", True, ()),
    ("enterprise_admin", "Enterprise Service Worker", True, ()),
    ("course_staff", "Course Staff", False, ("staff",)),
    ("instructor", "Course Instructor", False, ("staff", "instructor")),
    ("verified", "Verified Learner", False, ()),
    ("audit", "Audit Learner", False, ()),
    ("honor", "Honor Learner", False, ()),
    ("learner", "Demo Learner", False, ()),
    # The enterprise fake's admin and learner (edx_mock.auth): LMS accounts of their own.
    ("customer_admin", "Enterprise Customer Admin", False, ()),
    ("customer_learner", "Enterprise Customer Learner", False, ()),
)
DEMO_ENROLLMENTS = (("verified", "verified"), ("audit", "audit"), ("honor", "honor"),
                    ("learner", "verified"), ("course_staff", "audit"), ("instructor", "audit"))


def seed_world() -> World:
    users: dict[str, User] = {}
    for n, (username, name, staff, roles) in enumerate(USERS, start=1):
        users[username] = User(n, username, f"{username}@example.com", name, is_staff=staff,
                               course_roles={DEMO_COURSE: set(roles)} if roles else {})
    course = demo_course()
    world = World(users, {course.id: course}, {})
    for username, mode in DEMO_ENROLLMENTS:
        world.enrollments[(username, course.id)] = Enrollment(username, course.id, mode)
    world.next_ids["user"] = len(users)
    return world


# The demo course's outline: (chapter, [(subsection, assignment type or None, [unit leaves])]).
OUTLINE: tuple[tuple[str, list[tuple[str, str | None, list[str]]]], ...] = (
    ("Introduction", [("Demo Course Overview", None, ["video", "html"])]),
    ("Example Week 1: Getting Started", [
        ("Lesson 1 - Getting Started", None, ["html", "video", "problem"]),
        ("Homework - Question Styles", "Homework", ["problem", "problem"]),
    ]),
    ("Example Week 2: Get Interactive", [
        ("Lesson 2 - Let's Get Interactive!", None, ["html", "problem"]),
        ("Homework - Labs and Demos", "Homework", ["problem"]),
    ]),
    ("Final Exam", [("Final Exam", "Exam", ["problem", "problem"])]),
)


def demo_course() -> Course:
    org, number, run = "edX", "DemoX", "Demo_Course"
    course = Course(DEMO_COURSE, org, number, run, "Demonstration Course",
                    start="2026-02-01T00:00:00Z", end="2026-12-31T23:59:59Z",
                    root="", blocks={}, modes=_demo_modes())

    def add(block_type: str, name: str, *path: object, **extra: Any) -> Block:
        block_id = derived_uuid(DEMO_COURSE, block_type, *path).replace("-", "")
        block = Block(course.usage_key(block_type, block_id), block_type, name, **extra)
        course.blocks[block.id] = block
        return block

    root = add("course", course.name, "root")
    course.root = root.id
    for c, (chapter_name, subsections) in enumerate(OUTLINE):
        chapter = add("chapter", chapter_name, c)
        root.children.append(chapter.id)
        for s, (sub_name, assignment, leaves) in enumerate(subsections):
            due = f"2026-0{3 + c}-15T23:59:00Z" if assignment else None
            sequential = add("sequential", sub_name, c, s, graded=assignment is not None,
                             format=assignment, due=due)
            chapter.children.append(sequential.id)
            vertical = add("vertical", f"{sub_name} (unit)", c, s, "unit")
            sequential.children.append(vertical.id)
            for n, leaf in enumerate(leaves):
                block = add(leaf, f"{leaf.title()} {n + 1}", c, s, n, graded=assignment is not None)
                vertical.children.append(block.id)
    return course


def _demo_modes() -> dict[str, dict[str, Any]]:
    # Optional fields without a value are left out rather than null: the description types
    # them as plain strings, and the reference says nothing of nulls.
    def mode(slug: str, display: str, price: int, **extra: Any) -> dict[str, Any]:
        return {"course_id": DEMO_COURSE, "mode_slug": slug, "mode_display_name": display,
                "min_price": price, "currency": "usd", "expiration_datetime_is_explicit": False,
                **extra}

    return {"audit": mode("audit", "Audit", 0, description="Audit the course for free."),
            "honor": mode("honor", "Honor", 0, description="Earn an honor code certificate."),
            "verified": mode("verified", "Verified Certificate", 49, sku="8CF08E5",
                             expiration_datetime="2026-12-01T00:00:00Z",
                             description="Earn a verified certificate.")}
