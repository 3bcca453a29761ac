"""LMS discussion forums: threads, comments (discussion_comments.py), topics, course metadata.

The reference's /discussion/ sections are one-line docstrings ("as described in the class
docstring") except the course metadata and the v2 topic listing, so most rules here are the
platform's (the discussion REST API's views, forms, serializers and api module), as the
description now types them:
- Only learners with an active enrollment in the course and its staff read or post (the
  platform's course access check); others get 403 (the platform hides the course with 404).
  Course staff are the forum's moderators.
- A thread or comment is the platform serializer's shape: `comment_count` counts the post
  with its responses and comments, `unread_comment_count` all of them until the caller reads
  the thread, moderator-only members (`abuse_flagged_count`, `abuse_flagged_any_user`) are null
  for others, and a comment's `profile_image` is the caller's, as the platform's serializer
  reads it. Creating a thread or a comment answers 200 with it.
- A thread's or comment's content (title, raw_body, topic_id, type) is changed by its author
  or course staff; pinning, closing and (for questions, also the thread's author) endorsing
  are staff's; anyone who may read sets their own flags: following, voted, abuse_flagged,
  read. Changes are JSON merge patches (`application/merge-patch+json`, else 415); a field
  the caller may not edit answers 400 "This field is not editable.", as on the platform, and
  an updated thread is answered as read. Deleting is for the author or course staff;
  deleting a thread deletes its comments.
- Thread list (platform's ThreadListGetForm): course_id is required; filters topic_id (one
  or more), text_search, following (those three are mutually exclusive), author,
  thread_type, flagged, view (unread, unanswered, unresponded); order_by last_activity_at
  (default), comment_count or vote_count, order_direction desc; pinned threads first. Pages
  of 10 (page, page_size) in the forum's envelope (paging data under `pagination`); a page
  past the end is 404.
- Topics: one courseware topic per chapter of the course, plus the general topic `course`;
  version 1 puts each chapter's topic in a category of its own (id null), version 2 lists
  them flat, the general topic with a null usage_key.
- Course metadata: the reference's fields (without user_is_privileged, which the platform
  does not send) and the platform's own: what the caller may do, captcha settings (off),
  posting open.
Not modelled: groups/cohorts (group_id is always null), blackout periods, anonymous_to_peers,
profile images (requested_fields), edit history and close reasons (always null), read
tracking beyond the `read` flag. The learner's active threads, roles, settings,
activity stats, the v3 topic listing and retirement / username replacement answer the
smallest body their description allows (the fake's example handler). An upload is
checked (course, caller, `uploaded_file`) and answered a URL; its content is not kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import quote

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
    return Reply(200, thread_json(call, thread))


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
    # The platform refuses a field the caller may not edit as a bad request, naming it.
    if content & set(patch) and not (privileged or me.username == thread.author):
        return error(400, f"{', '.join(sorted(content & set(patch)))}: This field is not editable.")
    staff_only = sorted({"pinned", "closed"} & set(patch))
    if staff_only and not privileged:
        return error(400, f"{', '.join(staff_only)}: This field is not editable.")
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
    # The platform answers an updated thread as read, with no unread comment.
    return Reply(200, {**thread_json(call, thread), "read": True, "unread_comment_count": 0})


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
    me = caller(call)
    roles = forum_roles(world_of(call), me, course.id)
    threads = thread_list_url(call, course.id)
    staff_roles = {"instructor", "staff"} & (me.course_roles.get(course.id, set()) if me else set())
    moderating = bool({"Administrator", "Moderator", "Community TA"} & set(roles))
    return Reply(200, {
        "id": course.id, "is_posting_enabled": True, "blackouts": [], "thread_list_url": threads,
        "following_thread_list_url": f"{threads}&following=True",
        "topics_url": f"{call.origin}/api/discussion/v1/course_topics/{course.id}",
        "allow_anonymous": True, "allow_anonymous_to_peers": False,
        "user_roles": roles, "has_bulk_delete_privileges": moderating,
        "has_moderation_privileges": moderating, "is_group_ta": False,
        "is_user_admin": bool(me and me.is_staff), "is_course_staff": "staff" in staff_roles,
        "is_course_admin": "instructor" in staff_roles,
        "provider": "legacy", "enable_in_context": True, "group_at_subsection": False,
        "edit_reasons": [{"code": "grammar-spelling", "label": "Grammar or spelling"},
                         {"code": "violates-guidelines", "label": "Violates community guidelines"}],
        "post_close_reasons": [{"code": "off-topic", "label": "Off topic"},
                               {"code": "duplicate", "label": "Duplicate post"}],
        "show_discussions": True, "is_notify_all_learners_enabled": moderating or bool(staff_roles),
        "captcha_settings": {"enabled": False, "site_key": None},
        "is_email_verified": bool(me and me.is_active), "only_verified_users_can_post": False,
        "content_creation_rate_limited": False,
    })


def discussion_course_topics_v1_list(call: Call) -> Reply:
    course = _course(call)
    if isinstance(course, Reply):
        return course

    threads = [t for t in forum(call).threads.values() if t.course_id == course.id]

    def topic(topic_id: str, name: str) -> dict[str, Any]:
        counts = {kind: sum(t.topic_id == topic_id and t.type == kind for t in threads)
                  for kind in THREAD_TYPES}
        return {"id": topic_id, "name": name, "children": [], "thread_counts": counts,
                "thread_list_url": f"{thread_list_url(call, course.id)}&topic_id={topic_id}"}

    def category(name: str, children: list[dict[str, Any]]) -> dict[str, Any]:
        ids = "".join(f"&topic_id={c['id']}" for c in children)
        return {"id": None, "name": name, "children": children, "thread_counts": None,
                "thread_list_url": f"{thread_list_url(call, course.id)}{ids}"}

    listed = topics(course)
    # The platform groups courseware topics by category; the fake's category is the chapter.
    return Reply(200, {
        "courseware_topics": [category(n, [topic(i, n)]) for i, n, usage in listed if usage is not None],
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
    listed: list[dict[str, Any]] = []
    for topic_id, name, usage_key in topics(course):
        if wanted and topic_id not in wanted:
            continue
        counts = {kind: sum(t.topic_id == topic_id and t.type == kind for t in threads)
                  for kind in THREAD_TYPES}
        # The general topic has no usage context: the platform answers null.
        listed.append({"id": topic_id, "name": name, "thread_counts": counts,
                       "enabled_in_context": True, "usage_key": usage_key})
    if order_by == "name":
        listed.sort(key=lambda t: t["name"].lower())
    elif order_by == "activity":
        listed.sort(key=lambda t: -sum(t["thread_counts"].values()))
    return Reply(200, listed)


def discussion_courses_upload(call: Call) -> Reply:
    """A file attached to a post: the platform stores it under the course and the thread key
    (`root` for a new post) and answers its URL. The fake keeps no content."""
    course = _course(call)
    if isinstance(course, Reply):
        return course
    form = call.body if isinstance(call.body, dict) else {}
    if "uploaded_file" not in form:
        return error(400, "no `uploaded_file` was provided")
    thread_key = str(form.get("thread_key") or "root")
    stored = new_id(world_of(call), "upload")
    return Reply(200, {"location": f"{call.origin}/media/discussion/{quote(course.id, safe='')}/"
                                   f"{quote(thread_key, safe='')}/{stored}"})


HANDLERS: dict[str, Handler] = {
    "discussion_threads_list": discussion_threads_list,
    "discussion_threads_create": discussion_threads_create,
    "discussion_threads_retrieve": discussion_threads_retrieve,
    "discussion_threads_partial_update": discussion_threads_partial_update,
    "discussion_threads_delete": discussion_threads_delete,
    "discussion_courses_retrieve": discussion_courses_retrieve,
    "discussion_course_topics_v1_list": discussion_course_topics_v1_list,
    "discussion_course_topics_v2_list": discussion_course_topics_v2_list,
    "discussion_courses_upload": discussion_courses_upload,
    **COMMENT_HANDLERS,
}
