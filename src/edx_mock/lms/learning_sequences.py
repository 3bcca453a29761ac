"""LMS learning_sequences outline: a course's sections and sequences as one user may see them.

What the doc states: the CourseOutline customized for a user; nothing of its fields.

What the platform does (the app's view and data classes, cited in the description): the
course's schedule and publication (title, start and end, published_at, an opaque
published_version, entrance exam, beta days, pacing), who and when the outline was computed
for, the sections in order and the sequences keyed by usage key. A value that is no course key
is a 400, a course without an outline a 404. The `user` parameter computes the outline for
another user ("" for an anonymous one), which needs course staff access (403 otherwise); an
unknown username is a 404.

Modelled from the world's block tree: a user neither enrolled nor course staff (and the
anonymous user) gets no sections, as for a private course. Not modelled: start and due dates
of sections, beta testers, special exams (no `exam`), content gating and partitions.
"""

from __future__ import annotations

from typing import Any

from ..calls import Call, Handler, Reply, error, not_found
from .access import caller, is_course_staff, world_of
from .common import is_course_key, now
from .world import User


def learning_sequences_course_outline_retrieve(call: Call) -> Reply:
    key = call.path["course_key_str"]
    if not is_course_key(key):
        return error(400, f"{key!r} is not a valid course key.")
    world = world_of(call)
    course = world.courses.get(key)
    if course is None:
        return not_found(call, "No course has this key.")
    me = caller(call)
    target: User | None = me
    wanted = call.query.get("user")
    if wanted is not None and (me is None or wanted != me.username):
        if not is_course_staff(call, course.id):
            return error(403, f"You may not see the outline of {course.id} as another user.")
        target = None if wanted == "" else world.users.get(wanted)
        if wanted != "" and target is None:
            return error(404, f"User {wanted} does not exist.")
    staff_view = target is me and is_course_staff(call, course.id)
    enrolled = target is not None and (
        (e := world.enrollment(target.username, course.id)) is not None and e.is_active)
    sections: list[dict[str, Any]] = []
    sequences: dict[str, dict[str, Any]] = {}
    chapters = [course.blocks[c] for c in course.blocks[course.root].children] if (
        staff_view or enrolled) else []
    for chapter in chapters:
        sections.append({"id": chapter.id, "title": chapter.display_name, "start": None,
                         "effective_start": course.start, "sequence_ids": list(chapter.children)})
        for seq_id in chapter.children:
            seq = course.blocks[seq_id]
            sequences[seq_id] = {"id": seq.id, "title": seq.display_name, "accessible": True,
                                 "inaccessible_after_due": False, "start": None,
                                 "effective_start": course.start, "due": seq.due}
    return Reply(200, {
        "course_key": course.id, "title": course.name, "course_start": course.start,
        "course_end": course.end, "published_at": course.start, "published_version": "1",
        "entrance_exam_id": None, "days_early_for_beta": None, "self_paced": course.self_paced,
        "username": target.username if target else "", "user_id": target.id if target else None,
        "at_time": now(),
        "outline": {"sections": sections, "sequences": sequences},
    })


HANDLERS: dict[str, Handler] = {
    "learning_sequences_course_outline_retrieve": learning_sequences_course_outline_retrieve,
}
