"""LMS discussion forums: threads, comments (discussion_comments.py), topics, course metadata.

The reference's /discussion/ sections are one-line docstrings ("as described in the class
docstring") except the course metadata and the v2 topic listing, so most rules here are
the platform's (edx-platform's discussion REST API), as follows.
- Only learners with an active enrollment in the course and its staff read or post (the
  platform's course access check); others get 403. Course staff are the forum's moderators.
- A thread's or comment's content (title, raw_body, topic_id, type) is changed by its author
  or course staff; pinning, closing and (for questions, also the thread's author) endorsing
  are staff's; anyone who may read sets their own flags: following, voted, abuse_flagged,
  read. The platform answers 400 "This field is not editable." where the fake answers 403.
  Deleting is for the author or course staff; deleting a thread deletes its comments.
- Thread list (platform's ThreadListGetForm): course_id is required; filters topic_id (one
  or more, repeated or comma-separated), text_search, following (those three are mutually
  exclusive), author, thread_type, flagged, view (unread, unanswered, unresponded);
  order_by last_activity_at (default), comment_count or vote_count, order_direction desc;
  pinned threads first. Pages of 10 (page, page_size) in the forum's envelope.
- Topics: one courseware topic per chapter of the course, plus the general topic `course`.
Not modelled: groups/cohorts (group_id is always null), blackout periods, anonymous_to_peers,
profile images (requested_fields), edit history and close reasons, read tracking beyond the
`read` flag, roles, settings, uploads, activity stats and retirement.

The description declares no query parameters on the thread list and no request bodies on the
writes: until it does, the handlers read the query string as sent, and a write whose body
the app could not pass on answers 400 (see tests/contract/operations/discussion.toml).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..calls import Call, Handler, Reply, error, not_found, status_for
from ..pagination import DEFAULT_PAGE_SIZE, PageWindow, discussion_envelope, discussion_page
from .access import caller, is_course_staff, world_of
from .common import course_or_none, now, text
from .discussion_comments import HANDLERS as COMMENT_HANDLERS
from .discussion_model import (
    OWN_FLAGS,
    THREAD_TYPES,
    Forum,
    Thread,
    flag,
    forbidden_unless_reader,
    forum,
    forum_roles,
    new_id,
    thread_json,
    thread_list_url,
    topics,
)
from .discussion_model import seed as seed_forum
from .world import Course, World

ORDERINGS: dict[str, Callable[[Thread, Forum], Any]] = {
    "last_activity_at": lambda t, f: t.last_activity_at,
    "comment_count": lambda t, f: len(f.comments_of(t.id)),
    "vote_count": lambda t, f: len(t.voters),
}
VIEWS = ("unread", "unanswered", "unresponded")


def seed(world: World) -> Forum:
    return seed_forum(world)


# --- threads ---------------------------------------------------------------------------------

def discussion_threads_list(call: Call) -> Reply:
    params = call.raw_query
    course_id = params.get("course_id")
    if not course_id:
        # The platform answers 400; the description declares neither course_id nor a 400.
        if "400" in call.operation.responses:
            return error(400, "course_id: This field is required.")
        empty = discussion_envelope(PageWindow(1, DEFAULT_PAGE_SIZE, 0), [], call.url)
        return Reply(200, {**empty, "text_search_rewrite": None})
    course = course_or_none(call, course_id)
    if course is None:
        return error(status_for(call, 404, 403), f"No course {course_id!r}.")
    if (refused := forbidden_unless_reader(call, course.id)) is not None:
        return refused
    me = caller(call)
    username = me.username if me else ""
    store = forum(call)
    threads = [t for t in store.threads.values() if t.course_id == course.id]
    topic_ids = [p.strip() for v in params.getlist("topic_id") for p in v.split(",") if p.strip()]
    text_search = params.get("text_search")
    following = flag(params["following"]) if "following" in params else None
    if "following" in params and following is None:
        return error(400, "following must be a boolean.")
    if sum(bool(x) for x in (topic_ids, text_search, following)) > 1:
        return error(400, "topic_id, text_search and following are mutually exclusive.")
    if topic_ids:
        threads = [t for t in threads if t.topic_id in topic_ids]
    if text_search:
        needle = text_search.lower()
        threads = [t for t in threads if needle in t.title.lower() or needle in t.raw_body.lower()]
    if following:
        threads = [t for t in threads if username in t.followers]
    if author := params.get("author"):
        threads = [t for t in threads if t.author == author and not t.anonymous]
    if thread_type := params.get("thread_type"):
        if thread_type not in THREAD_TYPES:
            return error(400, f"thread_type must be one of {', '.join(THREAD_TYPES)}.")
        threads = [t for t in threads if t.type == thread_type]
    if "flagged" in params:
        flagged = flag(params["flagged"])
        if flagged is None:
            return error(400, "flagged must be a boolean.")
        threads = [t for t in threads if bool(t.flaggers) == flagged]
    if view := params.get("view"):
        if view not in VIEWS:
            return error(400, f"view must be one of {', '.join(VIEWS)}.")
        threads = [t for t in threads if _in_view(store, t, view, username)]
    order_by = params.get("order_by", "last_activity_at")
    if order_by not in ORDERINGS:
        return error(400, f"order_by must be one of {', '.join(ORDERINGS)}.")
    if params.get("order_direction", "desc") != "desc":
        return error(400, "order_direction must be desc.")
    key = ORDERINGS[order_by]
    threads.sort(key=lambda t: (t.pinned, key(t, store), t.created_at, t.id), reverse=True)
    return discussion_page(call, [thread_json(call, t) for t in threads], {"text_search_rewrite": None})


def _in_view(store: Forum, thread: Thread, view: str, username: str) -> bool:
    comments = store.comments_of(thread.id)
    if view == "unread":
        return username not in thread.readers
    if view == "unanswered":
        return thread.type == "question" and not any(c.endorsed_by for c in comments)
    return not comments


def discussion_threads_create(call: Call) -> Reply:
    body = call.body
    if not isinstance(body, dict):
        return error(400, "Send the thread as a JSON object: course_id, topic_id, type, title, "
                          "raw_body.")
    course = course_or_none(call, body.get("course_id"))
    if course is None:
        return error(400, "course_id must name an existing course.")
    if (refused := forbidden_unless_reader(call, course.id)) is not None:
        return refused
    problems = _content_problems(body, course, required=True)
    for name in ("following", "anonymous"):
        if name in body and not isinstance(body[name], bool):
            problems.append(f"{name} must be a boolean.")
    if body.get("anonymous_to_peers"):
        problems.append("anonymous_to_peers: This course does not allow anonymous posts to peers.")
    if problems:
        return error(400, " ".join(problems))
    me = caller(call)
    assert me is not None  # forbidden_unless_reader refuses callers the world does not know
    stamp = now()
    thread = Thread(new_id(world_of(call), "thread"), course.id, body["topic_id"], body["type"],
                    body["title"], body["raw_body"], me.username, stamp, stamp, stamp,
                    anonymous=bool(body.get("anonymous", False)), readers={me.username})
    if body.get("following"):
        thread.followers.add(me.username)
    forum(call).threads[thread.id] = thread
    return Reply(201, thread_json(call, thread))


def _content_problems(body: dict[str, Any], course: Course, required: bool) -> list[str]:
    problems = []
    for name in ("title", "raw_body"):
        if (name in body or required) and text(body.get(name)) is None:
            problems.append(f"{name} must be a non-empty string.")
    if ("type" in body or required) and body.get("type") not in THREAD_TYPES:
        problems.append(f"type must be one of {', '.join(THREAD_TYPES)}.")
    if ("topic_id" in body or required) and body.get("topic_id") not in [t[0] for t in topics(course)]:
        problems.append("topic_id must name a topic of the course.")
    return problems


def _thread(call: Call) -> Thread | Reply:
    thread = forum(call).threads.get(call.path["thread_id"])
    if thread is None:
        return not_found(call, "No thread has this id.")
    return forbidden_unless_reader(call, thread.course_id) or thread


def discussion_threads_retrieve(call: Call) -> Reply:
    thread = _thread(call)
    return thread if isinstance(thread, Reply) else Reply(200, thread_json(call, thread))


def discussion_threads_partial_update(call: Call) -> Reply:
    thread = _thread(call)
    if isinstance(thread, Reply):
        return thread
    patch = {} if call.body is None else call.body
    if not isinstance(patch, dict):
        return error(400, "Send the changes as a JSON object.")
    me = caller(call)
    assert me is not None
    privileged = is_course_staff(call, thread.course_id)
    content = {"title", "raw_body", "topic_id", "type"}
    unknown = sorted(set(patch) - content - {"pinned", "closed"} - set(OWN_FLAGS))
    if unknown:
        return error(400, f"{', '.join(unknown)}: This field is not editable.")
    if content & set(patch) and not (privileged or me.username == thread.author):
        return error(403, "Only the author and course staff may edit a thread.")
    if {"pinned", "closed"} & set(patch) and not privileged:
        return error(403, "Only course staff may pin or close a thread.")
    problems = _content_problems(patch, world_of(call).courses[thread.course_id], required=False)
    problems += [f"{name} must be a boolean." for name in ("pinned", "closed", *OWN_FLAGS)
                 if name in patch and not isinstance(patch[name], bool)]
    if problems:
        return error(400, " ".join(problems))
    for name in content & set(patch):
        setattr(thread, name, patch[name])
        thread.updated_at = now()
    for name in ("pinned", "closed"):
        if name in patch:
            setattr(thread, name, patch[name])
    for name, members in (("following", thread.followers), ("voted", thread.voters),
                          ("abuse_flagged", thread.flaggers), ("read", thread.readers)):
        if name in patch:
            (members.add if patch[name] else members.discard)(me.username)
    return Reply(200, thread_json(call, thread))


def discussion_threads_delete(call: Call) -> Reply:
    thread = _thread(call)
    if isinstance(thread, Reply):
        return thread
    me = caller(call)
    if not (is_course_staff(call, thread.course_id) or (me and me.username == thread.author)):
        return error(403, "Only the author and course staff may delete a thread.")
    store = forum(call)
    del store.threads[thread.id]
    for comment in store.comments_of(thread.id):
        del store.comments[comment.id]
    return Reply(204)


# --- course metadata and topics ------------------------------------------------------------

def _course(call: Call) -> Course | Reply:
    course = course_or_none(call, call.path["course_id"])
    if course is None:
        return not_found(call, "No course has this id.")
    return forbidden_unless_reader(call, course.id) or course


def discussion_courses_retrieve(call: Call) -> Reply:
    course = _course(call)
    if isinstance(course, Reply):
        return course
    roles = forum_roles(world_of(call), caller(call), course.id)
    threads = thread_list_url(call, course.id)
    return Reply(200, {
        "id": course.id, "blackouts": [], "thread_list_url": threads,
        "following_thread_list_url": f"{threads}&following=True",
        "topics_url": f"{call.origin}/api/discussion/v1/course_topics/{course.id}",
        "allow_anonymous": True, "allow_anonymous_to_peers": False,
        "user_roles": roles, "user_is_privileged": bool({"Administrator", "Moderator"} & set(roles)),
        "provider": "legacy", "enable_in_context": True, "group_at_subsection": False,
        "edit_reasons": [{"code": "grammar-spelling", "label": "Grammar or spelling"},
                         {"code": "violates-guidelines", "label": "Violates community guidelines"}],
        "post_close_reasons": [{"code": "off-topic", "label": "Off topic"},
                               {"code": "duplicate", "label": "Duplicate post"}],
    })


def discussion_course_topics_v1_list(call: Call) -> Reply:
    course = _course(call)
    if isinstance(course, Reply):
        return course

    def topic(topic_id: str, name: str) -> dict[str, Any]:
        return {"id": topic_id, "name": name, "children": [],
                "thread_list_url": f"{thread_list_url(call, course.id)}&topic_id={topic_id}"}

    listed = topics(course)
    return Reply(200, {
        "courseware_topics": [topic(i, n) for i, n, usage in listed if usage is not None],
        "non_courseware_topics": [topic(i, n) for i, n, usage in listed if usage is None],
    })


def discussion_course_topics_v2_list(call: Call) -> Reply:
    course = _course(call)
    if isinstance(course, Reply):
        return course
    order_by = call.query.get("order_by") or "course_structure"
    if order_by not in ("course_structure", "activity", "name"):
        return error(400, "order_by must be course_structure, activity or name.")
    wanted = {t.strip() for t in str(call.query.get("topic_id") or "").split(",") if t.strip()}
    threads = [t for t in forum(call).threads.values() if t.course_id == course.id]
    listed = []
    for topic_id, name, usage_key in topics(course):
        if wanted and topic_id not in wanted:
            continue
        counts = {kind: sum(t.topic_id == topic_id and t.type == kind for t in threads)
                  for kind in THREAD_TYPES}
        entry: dict[str, Any] = {"id": topic_id, "name": name, "thread_counts": counts,
                                 "enabled_in_context": True}
        # The general topic has no usage context: the platform's null is not a string.
        if usage_key is not None:
            entry["usage_key"] = usage_key
        listed.append(entry)
    if order_by == "name":
        listed.sort(key=lambda t: t["name"].lower())
    elif order_by == "activity":
        listed.sort(key=lambda t: -sum(t["thread_counts"].values()))
    return Reply(200, listed)


HANDLERS: dict[str, Handler] = {
    "discussion_threads_list": discussion_threads_list,
    "discussion_threads_create": discussion_threads_create,
    "discussion_threads_retrieve": discussion_threads_retrieve,
    "discussion_threads_partial_update": discussion_threads_partial_update,
    "discussion_threads_delete": discussion_threads_delete,
    "discussion_courses_retrieve": discussion_courses_retrieve,
    "discussion_course_topics_v1_list": discussion_course_topics_v1_list,
    "discussion_course_topics_v2_list": discussion_course_topics_v2_list,
    **COMMENT_HANDLERS,
}
