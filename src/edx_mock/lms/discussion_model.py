"""The discussion forum's state and the pieces the thread and comment handlers share.

Kept apart from discussion.py so that discussion_comments.py can use it without a cycle.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from ..calls import Call, Reply, error
from ..state import derived_uuid
from .access import caller, is_course_staff, world_of
from .world import DEMO_COURSE, SEED_TIME, Course, User, World

GENERAL_TOPIC = "course"
THREAD_TYPES = ("discussion", "question")
# The flags any reader sets for themself; the rest of a post is its author's (or staff's).
OWN_FLAGS = ("abuse_flagged", "following", "read", "voted")


@dataclass
class Thread:
    id: str
    course_id: str
    topic_id: str
    type: str
    title: str
    raw_body: str
    author: str
    created_at: str = SEED_TIME
    updated_at: str = SEED_TIME
    last_activity_at: str = SEED_TIME
    anonymous: bool = False
    pinned: bool = False
    closed: bool = False
    followers: set[str] = field(default_factory=set)
    voters: set[str] = field(default_factory=set)
    flaggers: set[str] = field(default_factory=set)
    readers: set[str] = field(default_factory=set)


@dataclass
class Comment:
    """A response (no parent) or a comment on a response (the forum nests one level only)."""

    id: str
    thread_id: str
    parent_id: str | None
    author: str
    raw_body: str
    created_at: str = SEED_TIME
    updated_at: str = SEED_TIME
    anonymous: bool = False
    endorsed_by: str | None = None
    endorsed_at: str | None = None
    voters: set[str] = field(default_factory=set)
    flaggers: set[str] = field(default_factory=set)


@dataclass
class Forum:
    threads: dict[str, Thread] = field(default_factory=dict)
    comments: dict[str, Comment] = field(default_factory=dict)

    def comments_of(self, thread_id: str) -> list[Comment]:
        return [c for c in self.comments.values() if c.thread_id == thread_id]

    def children_of(self, comment_id: str) -> list[Comment]:
        return [c for c in self.comments.values() if c.parent_id == comment_id]


def forum(call: Call) -> Forum:
    store: Forum = world_of(call).stores["discussion"]
    return store


def new_id(world: World, kind: str) -> str:
    """A 24-hex id like the comments service's ObjectIds, from a counter that survives deletes."""
    return derived_uuid("discussion", kind, world.new_id(f"discussion_{kind}")).replace("-", "")[:24]


def flag(value: Any) -> bool | None:
    """A boolean from JSON or from a query string ('true', 'False', '1'...), else None."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "1", "false", "0"):
        return value.lower() in ("true", "1")
    return None


def topics(course: Course) -> list[tuple[str, str, str | None]]:
    """(topic id, name, usage key): one courseware topic per chapter, then the general one."""
    root = course.blocks[course.root]
    chapters = [course.blocks[c] for c in root.children]
    return [(c.block_id, c.display_name, c.id) for c in chapters] + [(GENERAL_TOPIC, "General", None)]


# --- who may do what -----------------------------------------------------------------------

def may_read(call: Call, course_id: str) -> bool:
    """The forum is for the course's learners: an active enrollment, or course staff."""
    me = caller(call)
    return me is not None and (is_course_staff(call, course_id)
                               or world_of(call).enrollment(me.username, course_id) is not None)


def forbidden_unless_reader(call: Call, course_id: str) -> Reply | None:
    if may_read(call, course_id):
        return None
    return error(403, f"Only learners enrolled in {course_id} and its staff may use its forum.")


def forum_roles(world: World, user: User | None, course_id: str) -> list[str]:
    """The forum roles the platform seeds from course roles: instructors administer, course
    staff moderate; global staff are treated as administrators (the fake has no role store)."""
    if user is None:
        return []
    roles: set[str] = set()
    course_roles = user.course_roles.get(course_id, set())
    if "instructor" in course_roles or user.is_staff:
        roles.add("Administrator")
    if "staff" in course_roles:
        roles.add("Moderator")
    if world.enrollment(user.username, course_id) is not None:
        roles.add("Student")
    return sorted(roles)


def author_label(world: World, username: str | None, course_id: str) -> str | None:
    if username is None:
        return None
    roles = forum_roles(world, world.users.get(username), course_id)
    return "Staff" if {"Administrator", "Moderator"} & set(roles) else None


# --- serialization ---------------------------------------------------------------------------

def rendered(raw: str) -> str:
    return "".join(f"<p>{html.escape(part)}</p>" for part in raw.split("\n\n"))


def comment_list_url(call: Call, thread_id: str, endorsed: bool | None = None) -> str:
    url = f"{call.origin}/api/discussion/v1/comments/?thread_id={thread_id}"
    return url if endorsed is None else f"{url}&endorsed={endorsed}"


def thread_list_url(call: Call, course_id: str) -> str:
    return f"{call.origin}/api/discussion/v1/threads/?course_id={quote(course_id, safe='')}"


def profile_image(call: Call) -> dict[str, Any]:
    """The default profile image of the accounts API: the fake keeps no uploaded images."""
    images = {f"image_url_{size}": f"{call.origin}/static/images/profiles/default_{px}.png"
              for size, px in (("full", 500), ("large", 120), ("medium", 50), ("small", 30))}
    return {"has_image": False, **images}


def thread_json(call: Call, thread: Thread) -> dict[str, Any]:
    """A thread as the platform's ThreadSerializer writes it for the caller."""
    world, me = world_of(call), caller(call)
    username = me.username if me else ""
    privileged = is_course_staff(call, thread.course_id)
    comments = forum(call).comments_of(thread.id)
    responses = [c for c in comments if c.parent_id is None]
    author = None if thread.anonymous else thread.author
    question = thread.type == "question"
    read = username in thread.readers
    # The platform counts the post itself with its responses and comments; a thread never
    # read counts as wholly unread.
    total = len(comments) + 1
    return {
        "id": thread.id, "course_id": thread.course_id, "topic_id": thread.topic_id,
        "group_id": None, "group_name": None, "author": author,
        "author_label": author_label(world, author, thread.course_id),
        "anonymous": thread.anonymous, "anonymous_to_peers": False,
        "created_at": thread.created_at, "updated_at": thread.updated_at, "type": thread.type,
        "title": thread.title, "raw_body": thread.raw_body, "rendered_body": rendered(thread.raw_body),
        "preview_body": thread.raw_body.replace("\n", " "), "pinned": thread.pinned,
        "closed": thread.closed,
        "following": username in thread.followers, "abuse_flagged": username in thread.flaggers,
        "voted": username in thread.voters, "vote_count": len(thread.voters),
        "comment_count": total, "response_count": len(responses),
        "unread_comment_count": 0 if read else total, "read": read,
        "has_endorsed": any(c.endorsed_by for c in responses),
        "comment_list_url": None if question else comment_list_url(call, thread.id),
        "endorsed_comment_list_url": comment_list_url(call, thread.id, True) if question else None,
        "non_endorsed_comment_list_url": comment_list_url(call, thread.id, False) if question else None,
        "editable_fields": sorted(editable_thread_fields(call, thread)),
        "can_delete": privileged or username == thread.author,
        "abuse_flagged_count": len(thread.flaggers) if privileged else None,
        "last_edit": None, "edit_by_label": None,
        "close_reason": None, "closed_by": None, "closed_by_label": None,
    }


def editable_thread_fields(call: Call, thread: Thread) -> set[str]:
    me = caller(call)
    fields = set(OWN_FLAGS)
    privileged = is_course_staff(call, thread.course_id)
    if privileged or (me is not None and me.username == thread.author):
        fields |= {"raw_body", "title", "topic_id", "type"}
    if privileged:
        fields |= {"pinned", "closed"}
    return fields


# --- seed ----------------------------------------------------------------------------------

def seed(world: World) -> Forum:
    """Three threads of the demo course: a pinned welcome by staff, a learner's question with
    an endorsed staff answer, and a discussion in a week's topic."""
    store = Forum()
    course = world.courses[DEMO_COURSE]
    chapters = [t for t in topics(course) if t[2] is not None]

    def thread(author: str, topic: str, kind: str, title: str, body: str, **extra: Any) -> Thread:
        made = Thread(new_id(world, "thread"), DEMO_COURSE, topic, kind, title, body, author,
                      followers={author}, readers={author}, **extra)
        store.threads[made.id] = made
        return made

    def comment(on: Thread, author: str, body: str, parent: Comment | None = None,
                **extra: Any) -> Comment:
        made = Comment(new_id(world, "comment"), on.id, parent.id if parent else None, author,
                       body, **extra)
        store.comments[made.id] = made
        return made

    thread("course_staff", GENERAL_TOPIC, "discussion", "Welcome to the Demonstration Course",
           "Introduce yourself here and tell us what you hope to learn.", pinned=True,
           voters={"verified", "audit"})
    question = thread("verified", chapters[1][0], "question",
                      "How many attempts do the homework problems allow?",
                      "The first homework does not say how many times I can submit.")
    answer = comment(question, "course_staff", "Each homework problem allows two attempts.",
                     endorsed_by="course_staff", endorsed_at=SEED_TIME, voters={"verified"})
    comment(question, "verified", "Thanks, that helps!", parent=answer)
    comment(question, "audit", "I had the same question.")
    labs = thread("honor", chapters[2][0], "discussion", "Share your interactive lab results",
                  "Post what you got from the circuit lab.")
    comment(labs, "learner", "My circuit lit up on the second try.")
    return store
