"""Who may call an operation, in words: the one wording of `x-access` (spec/README.md).

The client's docstrings, the operation index and the reference site all say who may call an
operation; they say it with `describe`, so that the three never disagree.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# Each caller of the x-access vocabulary, as a phrase; `{}` is the parameter naming its subject.
PHRASES = {
    "anyone": "anyone, signed in or not",
    "signed-in": "any signed-in user",
    "self": "the user named by `{}`",
    "enrolled": "a learner enrolled in the course `{}`",
    "course-staff": "staff of the course `{}`",
    "global-staff": "global staff",
    "enterprise-admin": "an administrator of the enterprise of `{}`",
    "enterprise-learner": "a learner of the enterprise of `{}`",
    "service-worker": "the service worker of another edX service",
}
CALLERS = tuple(PHRASES)
# Which request value each relative caller is decided on: the `user`, `course` or `enterprise`
# key of the rule names the parameter or body field that carries it.
SUBJECT_OF = {"self": "user", "enrolled": "course", "course-staff": "course",
              "enterprise-admin": "enterprise", "enterprise-learner": "enterprise"}


def callers_phrase(access: Mapping[str, Any]) -> str:
    """"global staff, or the user named by `username`" for the callers of one rule."""
    parts = []
    for caller in access.get("callers") or ():
        subject = access.get(SUBJECT_OF.get(caller, ""))
        if caller == "self" and not subject:
            parts.append("the signed-in user, about themself")
        else:
            parts.append(PHRASES.get(caller, caller).format(subject))
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + ", or " + parts[-1]


def describe(access: Mapping[str, Any] | None) -> str:
    """A sentence or two: who may call, what anyone else gets, and the rule's note."""
    if not access or not access.get("callers"):
        return ""
    sentence = f"Who may call: {callers_phrase(access)}."
    if access.get("callers") != ["anyone"]:
        sentence += f" Anyone else gets {access.get('refusal', 403)}."
    note = str(access.get("note") or "").strip()
    return f"{sentence} {note}" if note else sentence
