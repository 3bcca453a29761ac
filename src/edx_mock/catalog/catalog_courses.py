"""The courses of a catalog, paged by limit and offset (or by page and page_size).

The doc's example shows images, videos and organization logos as arrays and staff with key,
name and title. course-discovery sends one image object per course and run (null
description, height and width), a video object or null, organizations with logo_image_url
and staff as persons (uuid, given_name, family_name, bio, profile_image_url); the seeded
courses follow the corrected example.

Not modelled: which runs are active, enrollable and marketable (every seeded run is listed).
"""

from __future__ import annotations

from ..calls import Call, Handler, Reply, error
from ..pagination import proxied_page
from .store import data


def catalogs_courses_list(call: Call) -> Reply:
    courses = data(call).courses.get(call.path["id"])
    if courses is None:
        return error(404, "No catalog has this id.")
    return Reply(200, proxied_page(call, courses))


HANDLERS: dict[str, Handler] = {
    "catalogs_courses_list": catalogs_courses_list,
}
