"""Who may call an operation: the `x-access` rule of its description, enforced for every one.

The descriptions say, per operation, which callers the service admits (spec/README.md, "Who may
call"), with the permission classes as evidence. The fake refuses every other caller, the
operations without behaviour of their own included, as the service would: 403 (or the 404 a
view answers instead, `refusal`), and 401 when a rule needs a signed-in caller and none is.

Callers that hold everywhere (global staff, a service worker) are the development client's
`grants` (edx_mock.auth). Callers relative to the request (the user themself, a learner or
staff of a course, an enterprise's admin or learner) are answered by the API package's own
`holds(state, who, caller, subject)`, from its data: an enrollment made through the fake makes
its learner `enrolled`. The subject is the request value the rule names (`course:
course_key_string`), looked up in the path, then the query, then the JSON body's fields.

The fake, like the platform (DRF's APIView.initial), checks access before it validates the
request. A rule whose subject the request leaves out admits the caller: a `self` rule with no
`username` is about the caller themself, and a list that the subject would narrow answers
what the caller may see (the handler filters it).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import parse_qs

from edx_openapi.access import SUBJECT_OF, callers_phrase

from .auth import DEV_CLIENTS
from .inputs import InputRefused, load_json
from .state import MockState

SUBJECT_KEYS = ("user", "course", "enterprise")


@dataclass(frozen=True)
class Who:
    """The signed-in caller: the token's username and the callers its client is everywhere."""

    username: str
    grants: frozenset[str]

    @classmethod
    def of(cls, claims: Mapping[str, Any]) -> Who | None:
        if not claims:
            return None
        client = DEV_CLIENTS.get(str(claims.get("sub", "")))
        return cls(str(claims.get("preferred_username", "")),
                   client.grants if client is not None else frozenset())


class Holds(Protocol):
    """An API package's answer to "is `who` this relative caller for this subject?"."""

    def __call__(self, state: MockState, who: Who, caller: str, subject: str, name: str) -> bool:
        """`subject` is the value of the parameter or field `name` (`course: team_id` names a
        team, whose course the API package looks up)."""


@dataclass(frozen=True)
class AccessRule:
    callers: tuple[str, ...]
    subjects: Mapping[str, str]  # "course" -> the name of the parameter or field naming it
    refusal: int = 403

    @classmethod
    def of(cls, operation_spec: Mapping[str, Any]) -> AccessRule | None:
        access = operation_spec.get("x-access")
        if not isinstance(access, Mapping):
            return None
        return cls(tuple(access.get("callers") or ()),
                   {key: str(access[key]) for key in SUBJECT_KEYS if access.get(key)},
                   int(access.get("refusal", 403)))

    def described(self) -> str:
        """The callers in the words of the docstrings and the site (edx_openapi.access)."""
        return callers_phrase({"callers": list(self.callers), **self.subjects})

    @property
    def names(self) -> tuple[str, ...]:
        """The request values the rule reads, so the caller looks for nothing else."""
        return tuple(self.subjects.values())

    def admits(self, who: Who | None, values: Callable[[str], str | None],
               state: MockState, holds: Holds | None) -> bool:
        if "anyone" in self.callers:
            return True
        if who is None:
            return False
        for caller in self.callers:
            if caller == "signed-in" or caller in who.grants:
                return True
            if caller not in SUBJECT_OF:
                continue
            key = SUBJECT_OF[caller]
            subject = values(self.subjects[key]) if key in self.subjects else None
            if subject is None:
                # Nothing named: a `self` call is about the caller, and a list the subject
                # would narrow is filtered to what the caller may see (edx-rbac's listing
                # permission, the handlers here), not refused.
                return True
            if holds is not None and holds(state, who, caller, subject, self.subjects[key]):
                return True
            if caller == "self" and holds is None and subject == who.username:
                return True
        return False


def request_values(path: Mapping[str, str], query: Mapping[str, str],
                   body: Callable[[], Any]) -> Callable[[str], str | None]:
    """Look a name up in the path, then the query, then the top-level fields of the body
    (decoded only when asked: most rules name a path parameter)."""
    def value(name: str) -> str | None:
        if name in path:
            return path[name]
        if name in query:
            return query[name]
        decoded = body()
        found = decoded.get(name) if isinstance(decoded, dict) else None
        return None if found is None or isinstance(found, (dict, list)) else str(found)
    return value


def body_fields(content_type: str, raw: bytes) -> Any:
    """The body's fields, for a rule that names one: JSON or a URL-encoded form. Anything that
    does not decode names nothing; validation then says what is wrong with it."""
    media = content_type.split(";")[0].strip().lower()
    try:
        if media == "application/x-www-form-urlencoded":
            return {k: v[0] for k, v in parse_qs(raw.decode(), keep_blank_values=True).items()}
        return load_json(raw) if raw else None
    except (InputRefused, UnicodeDecodeError, ValueError):
        return None
