"""LMS course certificates, read only.

The reference gives little more than request lines here; the rules are the platform's (lms
certificates REST API): the user and global staff see all of a user's certificates; anyone
else sees the downloadable ones only if the user's account shares `course_certificates`
(their `account_privacy`), else 403. One course's certificate is for the user and staff only.
The reference's "GET Response Values" give the fields; the platform's views
(lms/djangoapps/certificates/apis/v0/views.py) add `modified_date` and `uuid` to the list
entries and answer only the eight core fields for one course's certificate.

One certificate is seeded: `verified`'s in the demo course, its grade the course percent of
the seeded scores (grades.py). Not modelled: certificate generation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..calls import Call, Handler, Reply, error, not_found
from ..state import derived_uuid
from .access import caller, world_of
from .grades import Grades, course_percent
from .user import shared_fields
from .world import DEMO_COURSE, SEED_TIME, World


@dataclass
class Certificate:
    username: str
    course_id: str
    certificate_type: str
    status: str
    grade: str
    created_date: str = SEED_TIME


Certificates = dict[tuple[str, str], Certificate]  # (username, course id) -> its certificate


def seed(world: World) -> Certificates:
    """Seeded after grades (lms.MODULES), whose scores give the certificate's grade."""
    grades: Grades = world.stores["grades"]
    course = world.courses[DEMO_COURSE]
    return {("verified", course.id): Certificate(
        "verified", course.id, "verified", "downloadable",
        f"{course_percent(grades, course, 'verified'):.2f}")}


def _store(call: Call) -> Certificates:
    certificates: Certificates = world_of(call).stores["certificates"]
    return certificates


def certificate_json(call: Call, cert: Certificate, listed: bool = True) -> dict[str, Any]:
    """A certificate; the list adds the course's name and organization, the modification date
    and the UUID, which the one-course read leaves out (as the platform's two views do)."""
    course = world_of(call).courses[cert.course_id]
    token = derived_uuid("certificate", cert.username, cert.course_id).replace("-", "")
    body: dict[str, Any] = {
        "username": cert.username, "course_id": cert.course_id,
        "certificate_type": cert.certificate_type, "created_date": cert.created_date,
        "status": cert.status, "is_passing": cert.status == "downloadable",
        "download_url": f"{call.origin}/certificates/{token}",
        "grade": cert.grade,
    }
    if listed:
        body.update({"course_display_name": course.name, "course_organization": course.org,
                     "modified_date": cert.created_date, "uuid": token})
    return body


def certificates_user_certificates_list(call: Call) -> Reply:
    user = world_of(call).users.get(call.path["username"])
    if user is None:
        return not_found(call, "No user has this username.")
    shared = shared_fields(call, user)
    if shared is not None and "course_certificates" not in shared:
        return error(403, "This user does not share their certificates.")
    certs = [c for c in _store(call).values() if c.username == user.username
             and (shared is None or c.status == "downloadable")]
    return Reply(200, [certificate_json(call, c) for c in certs])


def certificates_user_course_certificate_retrieve(call: Call) -> Reply:
    user = world_of(call).users.get(call.path["username"])
    if user is None:
        return not_found(call, "No user has this username.")
    me = caller(call)
    if me is None or (me.username != user.username and not me.is_staff):
        return error(403, "Only the user and staff may read this certificate.")
    cert = _store(call).get((user.username, call.path["course_id"]))
    if cert is None:
        reply = not_found(call, "The user has no certificate in this course.")
        reply.body["error_code"] = "no_certificate_for_user"
        return reply
    return Reply(200, certificate_json(call, cert, listed=False))


HANDLERS: dict[str, Handler] = {
    "certificates_user_certificates_list": certificates_user_certificates_list,
    "certificates_user_course_certificate_retrieve": certificates_user_course_certificate_retrieve,
}
