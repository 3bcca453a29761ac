"""Discussion comments: responses to a thread and comments on a response (see discussion.py
for the rules and their sources).

Platform rules modelled here: a comment's parent must be a response of the same thread (one
level of nesting); nobody but course staff posts to a closed thread; the comments of a
question thread are listed by `endorsed` (required there, refused for discussions); a
response is endorsed by course staff or, on a question, by the thread's author; listing a
thread's comments marks the thread read for the caller; `GET /comments/{id}/` pages the
comments of a response. Deleting a response deletes its comments.
"""

from __future__ import annotations

from typing import Any

from ..calls import Call, Handler, Reply, error, not_found, status_for
from ..pagination import discussion_page
from .access import caller, is_course_staff, world_of
from .common import course_or_none, now, text
from .discussion_model import (
    Comment,
    Thread,
    author_label,
    flag,
    forbidden_unless_reader,
    forum,
    new_id,
    profile_image,
    rendered,
)


def comment_json(call: Call, comment: Comment, endorsement: bool = True) -> dict[str, Any]:
    """A comment as the platform's CommentSerializer writes it for the caller; outside a
    thread's listing (`endorsement` false) the endorser is not told."""
    world, me = world_of(call), caller(call)
    username = me.username if me else ""
    thread = forum(call).threads[comment.thread_id]
    privileged = is_course_staff(call, thread.course_id)
    author = None if comment.anonymous else comment.author
    return {
        "id": comment.id, "thread_id": comment.thread_id, "parent_id": comment.parent_id,
        "author": author, "author_label": author_label(world, author, thread.course_id),
        "created_at": comment.created_at, "updated_at": comment.updated_at,
        "raw_body": comment.raw_body, "rendered_body": rendered(comment.raw_body),
        "abuse_flagged": username in comment.flaggers, "voted": username in comment.voters,
        "vote_count": len(comment.voters), "anonymous": comment.anonymous,
        "anonymous_to_peers": False, "children": [],
        "child_count": len(forum(call).children_of(comment.id)),
        "editable_fields": sorted(_editable(call, comment, thread)),
        "can_delete": privileged or username == comment.author,
        "last_edit": None, "edit_by_label": None,
        "endorsed": comment.endorsed_by is not None,
        "endorsed_by": comment.endorsed_by if endorsement else None,
        "endorsed_by_label": (author_label(world, comment.endorsed_by, thread.course_id)
                              if endorsement else None),
        "endorsed_at": comment.endorsed_at if endorsement else None,
        "abuse_flagged_any_user": bool(comment.flaggers) if privileged else None,
        # The platform's serializer reads the image of the requesting user, not the author's.
        "profile_image": profile_image(call),
    }


def _editable(call: Call, comment: Comment, thread: Thread) -> set[str]:
    me = caller(call)
    username = me.username if me else ""
    privileged = is_course_staff(call, thread.course_id)
    fields = {"abuse_flagged", "voted"}
    if privileged or username == comment.author:
        fields.add("raw_body")
    if comment.parent_id is None and (privileged or (thread.type == "question"
                                                     and username == thread.author)):
        fields.add("endorsed")
    return fields


def discussion_comments_list(call: Call) -> Reply:
    store = forum(call)
    username = call.query.get("username")
    if username:
        course = course_or_none(call, call.query.get("course_id"))
        if course is None:
            return error(400, "course_id must name an existing course when username is given.")
        if (refused := forbidden_unless_reader(call, course.id)) is not None:
            return refused
        mine = [c for c in store.comments.values() if c.author == username and not c.anonymous
                and store.threads[c.thread_id].course_id == course.id]
        mine.sort(key=lambda c: (c.created_at, c.id))
        return discussion_page(call, [comment_json(call, c, endorsement=False) for c in mine])
    thread_id = call.query.get("thread_id")
    if not thread_id:
        return error(400, "thread_id is required when username is not given.")
    thread = store.threads.get(thread_id)
    if thread is None:
        # The platform's 404; the description declares none for this operation.
        return error(status_for(call, 404), f"No thread {thread_id!r}.")
    if (refused := forbidden_unless_reader(call, thread.course_id)) is not None:
        return refused
    raw_endorsed = call.raw_query.get("endorsed")
    endorsed = flag(raw_endorsed)
    if thread.type == "question" and endorsed is None:
        return error(400, "endorsed (true or false) is required for a question thread.")
    if thread.type == "discussion" and raw_endorsed is not None:
        return error(400, "endorsed may not be given for a discussion thread.")
    responses = [c for c in store.comments_of(thread.id) if c.parent_id is None
                 and (endorsed is None or (c.endorsed_by is not None) == endorsed)]
    responses.sort(key=lambda c: (c.created_at, c.id))
    me = caller(call)
    if me is not None:
        thread.readers.add(me.username)
    return discussion_page(call, [comment_json(call, c) for c in responses])


def discussion_comments_create(call: Call) -> Reply:
    body = call.body
    if not isinstance(body, dict):
        return error(400, "Send the comment as a JSON object: thread_id, raw_body, parent_id.")
    store = forum(call)
    thread = store.threads.get(body["thread_id"]) if isinstance(body.get("thread_id"), str) else None
    if thread is None:
        return error(400, "thread_id must name an existing thread.")
    if (refused := forbidden_unless_reader(call, thread.course_id)) is not None:
        return refused
    parent_id = body.get("parent_id")
    parent = store.comments.get(parent_id) if isinstance(parent_id, str) else None
    if parent_id is not None and (parent is None or parent.thread_id != thread.id):
        return error(400, "parent_id must name a response of the thread.")
    if parent is not None and parent.parent_id is not None:
        return error(400, "Comments nest one level: parent_id must name a response, not a comment.")
    raw_body = text(body.get("raw_body"))
    if raw_body is None:
        return error(400, "raw_body must be a non-empty string.")
    if "anonymous" in body and not isinstance(body["anonymous"], bool):
        return error(400, "anonymous must be a boolean.")
    if thread.closed and not is_course_staff(call, thread.course_id):
        return error(403, "The thread is closed.")
    me = caller(call)
    assert me is not None
    stamp = now()
    comment = Comment(new_id(world_of(call), "comment"), thread.id, parent.id if parent else None,
                      me.username, raw_body, stamp, stamp, anonymous=bool(body.get("anonymous")))
    store.comments[comment.id] = comment
    thread.last_activity_at = stamp
    return Reply(200, comment_json(call, comment))


def _comment(call: Call) -> Comment | Reply:
    comment = forum(call).comments.get(call.path["comment_id"])
    if comment is None:
        return not_found(call, "No comment has this id.")
    thread = forum(call).threads[comment.thread_id]
    return forbidden_unless_reader(call, thread.course_id) or comment


def discussion_comments_retrieve(call: Call) -> Reply:
    """The comments on a response, in the forum's page envelope."""
    comment = _comment(call)
    if isinstance(comment, Reply):
        return comment
    children = sorted(forum(call).children_of(comment.id), key=lambda c: (c.created_at, c.id))
    return discussion_page(call, [comment_json(call, c) for c in children])


def discussion_comments_partial_update(call: Call) -> Reply:
    comment = _comment(call)
    if isinstance(comment, Reply):
        return comment
    patch = {} if call.body is None else call.body
    if not isinstance(patch, dict):
        return error(400, "Send the changes as a JSON object.")
    me = caller(call)
    assert me is not None
    thread = forum(call).threads[comment.thread_id]
    unknown = sorted(set(patch) - {"raw_body", "endorsed", "voted", "abuse_flagged"})
    if unknown:
        return error(400, f"{', '.join(unknown)}: This field is not editable.")
    editable = _editable(call, comment, thread)
    # The platform refuses a field the caller may not edit as a bad request, naming it.
    if "raw_body" in patch and "raw_body" not in editable:
        return error(400, "raw_body: This field is not editable.")
    if "endorsed" in patch and comment.parent_id is not None:
        return error(400, "endorsed: Only a response can be endorsed.")
    if "endorsed" in patch and "endorsed" not in editable:
        return error(400, "endorsed: This field is not editable.")
    if "raw_body" in patch and text(patch["raw_body"]) is None:
        return error(400, "raw_body must be a non-empty string.")
    wrong = [n for n in ("endorsed", "voted", "abuse_flagged")
             if n in patch and not isinstance(patch[n], bool)]
    if wrong:
        return error(400, f"{', '.join(wrong)} must be a boolean.")
    if "raw_body" in patch:
        comment.raw_body, comment.updated_at = patch["raw_body"], now()
    if "endorsed" in patch:
        comment.endorsed_by = me.username if patch["endorsed"] else None
        comment.endorsed_at = now() if patch["endorsed"] else None
    for name, members in (("voted", comment.voters), ("abuse_flagged", comment.flaggers)):
        if name in patch:
            (members.add if patch[name] else members.discard)(me.username)
    return Reply(200, comment_json(call, comment))


def discussion_comments_delete(call: Call) -> Reply:
    comment = _comment(call)
    if isinstance(comment, Reply):
        return comment
    me = caller(call)
    thread = forum(call).threads[comment.thread_id]
    if not (is_course_staff(call, thread.course_id) or (me and me.username == comment.author)):
        return error(403, "Only the author and course staff may delete a comment.")
    store = forum(call)
    for child in store.children_of(comment.id):
        del store.comments[child.id]
    del store.comments[comment.id]
    return Reply(204)


HANDLERS: dict[str, Handler] = {
    "discussion_comments_list": discussion_comments_list,
    "discussion_comments_create": discussion_comments_create,
    "discussion_comments_retrieve": discussion_comments_retrieve,
    "discussion_comments_partial_update": discussion_comments_partial_update,
    "discussion_comments_delete": discussion_comments_delete,
}
