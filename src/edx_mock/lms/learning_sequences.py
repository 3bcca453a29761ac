"""LMS learning_sequences outline (undocumented body): the platform's CourseOutline shape,
read from the world's block tree of a course; a user neither enrolled nor course staff gets
no sections (the platform hides a private course's content from such users).
"""

from __future__ import annotations

from typing import Any

from ..calls import Call, Handler, Reply, not_found
from .access import caller, is_course_staff, world_of


def learning_sequences_course_outline_retrieve(call: Call) -> Reply:
    course = world_of(call).courses.get(call.path["course_key_str"])
    if course is None:
        return not_found(call, "No course has this key.")
    me = caller(call)
    sees_content = is_course_staff(call, course.id) or (
        me is not None and world_of(call).enrollment(me.username, course.id) is not None)
    sections: list[dict[str, Any]] = []
    sequences: dict[str, dict[str, Any]] = {}
    chapters = [course.blocks[c] for c in course.blocks[course.root].children] if sees_content else []
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
        "course_end": course.end, "self_paced": course.self_paced, "days_early_for_beta": None,
        "course_visibility": "private", "user_id": me.id if me else None,
        "username": me.username if me else "",
        "outline": {"sections": sections, "sequences": sequences},
    })


HANDLERS: dict[str, Handler] = {
    "learning_sequences_course_outline_retrieve": learning_sequences_course_outline_retrieve,
}
