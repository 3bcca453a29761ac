"""LMS academic credit: credit courses, credit providers and learners' credit eligibility.

The reference's credit sections (lms-api.txt, "GET /credit/v1/courses/" ..
"GET /credit/v1/providers/{provider_id}/") give the fields only: `course_key` is required and
`enabled` optional; PUT "creates or updates". No caller is named, so the platform's rules
(openedx/core/djangoapps/credit/views.py) are followed:

- Credit courses, read or written: global staff only (the platform's IsAdminUser).
  `course_key` must be a course key (400); creating a course that is already a credit course
  is a 400; PUT creates or replaces (a missing `enabled` means false, the model's default),
  PATCH changes only what it is sent; the body's `course_key` must be the path's (400).
- Providers: any signed-in user; `provider_ids` (comma-separated; the description now declares
  it, from the platform's view set) narrows the list, as on the platform.
- Eligibility: a user reads their own, global staff anyone's (403 otherwise). The platform
  requires `username` and `course_key`; the description declares neither (nor a 400), so the
  fake reads them from the URL when given: `username` defaults to the caller and a missing
  `course_key` means every credit course.

Seed: the demo course as an enabled credit course, one provider (the platform's docstring
example; the reference has none) and the eligibility of `verified` in the demo course.

Not modelled: the provider callback and credit request operations, now typed from the
platform's views (a signed status update answered 200 without a body; a request answered
with the URL, method and parameters to send to the provider): they answer the smallest
instance of those schemas, checking no signature and creating no request; eligibility
requirements and how a learner becomes eligible, and deadlines passing (an expired
eligibility is still listed).
"""

from __future__ import annotations

from typing import Any

from ..calls import Call, Handler, Reply, error, not_found
from .access import caller, forbidden_unless_global_staff, forbidden_unless_self_or_staff, world_of
from .common import is_course_key
from .world import DEMO_COURSE, World

STORE = "credit"

PROVIDER = {
    "id": "hogwarts",
    "display_name": "Hogwarts School of Witchcraft and Wizardry",
    "url": "https://credit.example.com/",
    "status_url": "https://credit.example.com/status/",
    "description": "A new model for the Witchcraft and Wizardry School System.",
    "enable_integration": False,
    "fulfillment_instructions": (
        "<p>In order to fulfill credit, Hogwarts School of Witchcraft and Wizardry requires"
        " learners to:</p><ul><li>Sample instruction abc</li><li>Sample instruction xyz</li></ul>"),
    "thumbnail_url": "https://credit.example.com/logo.png",
}


def seed(world: World) -> dict[str, Any]:
    return {
        "courses": {DEMO_COURSE: {"course_key": DEMO_COURSE, "enabled": True}},
        "providers": {PROVIDER["id"]: dict(PROVIDER)},
        "eligibility": [{"username": "verified", "course_key": DEMO_COURSE,
                         "deadline": "2027-01-05T09:00:00Z"}],
    }


def _store(call: Call) -> dict[str, Any]:
    store: dict[str, Any] = world_of(call).stores[STORE]
    return store


def _courses(call: Call) -> dict[str, dict[str, Any]]:
    courses: dict[str, dict[str, Any]] = _store(call)["courses"]
    return courses


def _checked(body: Any, path_key: str | None) -> tuple[dict[str, Any], Reply | None]:
    if not isinstance(body, dict):
        return {}, error(400, "Send the credit course as a JSON object.")
    key = body.get("course_key", path_key)
    if not is_course_key(key):
        return {}, error(400, "course_key must be a course key.")
    if path_key is not None and key != path_key:
        return {}, error(400, "course_key in the body must be the course of the path.")
    values: dict[str, Any] = {"course_key": key}
    if "enabled" in body:
        if not isinstance(body["enabled"], bool):
            return {}, error(400, "enabled must be a boolean.")
        values["enabled"] = body["enabled"]
    return values, None


def credit_courses_list(call: Call) -> Reply:
    if (refused := forbidden_unless_global_staff(call)) is not None:
        return refused
    return Reply(200, [dict(c) for c in _courses(call).values()])


def credit_courses_create(call: Call) -> Reply:
    if (refused := forbidden_unless_global_staff(call)) is not None:
        return refused
    values, refused = _checked(call.body, None)
    if refused is not None:
        return refused
    if values["course_key"] in _courses(call):
        return error(400, "This course is already a credit course.")
    course = _courses(call)[values["course_key"]] = {"enabled": False, **values}
    return Reply(201, dict(course))


def _path_key(call: Call) -> str | None:
    key = call.path["course_key"]
    # The platform's URL pattern only matches course keys: anything else names no resource.
    return key if is_course_key(key) else None


def credit_courses_retrieve(call: Call) -> Reply:
    if (refused := forbidden_unless_global_staff(call)) is not None:
        return refused
    course = _courses(call).get(call.path["course_key"])
    if course is None:
        return not_found(call, "This course is not a credit course.")
    return Reply(200, dict(course))


def credit_courses_update(call: Call) -> Reply:
    key = _path_key(call)
    if key is None:
        return not_found(call, "No course has this key.")
    if (refused := forbidden_unless_global_staff(call)) is not None:
        return refused
    values, refused = _checked(call.body, key)
    if refused is not None:
        return refused
    course = _courses(call)[key] = {"course_key": key, "enabled": values.get("enabled", False)}
    return Reply(200, dict(course))


def credit_courses_partial_update(call: Call) -> Reply:
    if (refused := forbidden_unless_global_staff(call)) is not None:
        return refused
    course = _courses(call).get(call.path["course_key"])
    if course is None:
        return not_found(call, "This course is not a credit course.")
    values, refused = _checked(call.body, course["course_key"])
    if refused is not None:
        return refused
    course.update(values)
    return Reply(200, dict(course))


def credit_providers_list(call: Call) -> Reply:
    providers: dict[str, dict[str, Any]] = _store(call)["providers"]
    wanted = call.raw_query.get("provider_ids")
    names = {n.strip() for n in wanted.split(",")} if wanted is not None else None
    return Reply(200, [dict(p) for p in providers.values() if names is None or p["id"] in names])


def credit_providers_retrieve(call: Call) -> Reply:
    provider = _store(call)["providers"].get(call.path["provider_id"])
    if provider is None:
        return not_found(call, "No credit provider has this id.")
    return Reply(200, dict(provider))


def credit_eligibility_list(call: Call) -> Reply:
    me = caller(call)
    params = call.raw_query
    username = params.get("username") or (me.username if me else "")
    if (refused := forbidden_unless_self_or_staff(call, username)) is not None:
        return refused
    course_key = params.get("course_key")
    courses = _courses(call)
    rows = [dict(e) for e in _store(call)["eligibility"]
            if e["username"] == username and e["course_key"] in courses
            and (course_key is None or e["course_key"] == course_key)]
    return Reply(200, rows)


HANDLERS: dict[str, Handler] = {
    "credit_courses_list": credit_courses_list,
    "credit_courses_create": credit_courses_create,
    "credit_courses_retrieve": credit_courses_retrieve,
    "credit_courses_update": credit_courses_update,
    "credit_courses_partial_update": credit_courses_partial_update,
    "credit_providers_list": credit_providers_list,
    "credit_providers_retrieve": credit_providers_retrieve,
    "credit_eligibility_list": credit_eligibility_list,
}
