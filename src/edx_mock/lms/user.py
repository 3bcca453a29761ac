"""LMS user accounts and preferences: read, merge-patch and list accounts; read, set and delete
preferences.

The reference's Accounts and Preferences sections give only request lines (plus "staff only"
for `GET /user/v1/accounts?email=` and `?lms_user_id=`). What the platform does:

- An account is read by any signed-in user. The user and global staff see every field;
  anyone else sees what the user's `account_privacy` preference shares: `private` shares
  only `username`, `account_privacy` and `profile_image`; `all_users` (the default) adds the
  bulk-shareable fields; `custom` adds each field whose `visibility.<field>` preference is
  `all_users`. A profile that requires parental consent (no year of birth, or one 13 years
  ago or less) is private whatever the preference says. Fields the visibility lists name
  but the account serializer does not compute (`time_zone`, `course_certificates`) are
  sent as null.
- Only the user may patch their account (staff get no exception). Read-only fields
  (READ_ONLY) are refused with 400 and `field_errors`, as are values of the wrong type;
  members that are not account fields (`time_zone` among them) are ignored.
  `account_privacy` is a preference the account shows and sets. Social links merge by
  platform (facebook, x, linkedin): a link replaces that platform's, an empty link removes
  it, the others stay.
- A new `email` is validated but only requested: it takes effect once the user confirms it
  by email, which this fake never does, so the account keeps its email.
- Preferences: the user and global staff read them; only the user changes them. Unknown
  users answer 404 before any 403. A merge patch of preferences (at least one member; null
  removes) and a PUT of one value (a non-empty JSON string) answer 204 with no body. One
  preference is addressed by a key of letters, digits and underscores only; other keys
  (such as `pref-lang`) are not routed (404) and are reached through the whole object.
- `GET /preferences/{pref_key}/users/` lists, in the edx-drf-extensions page envelope, the
  users who set a key, with their preferences; the platform guards it with a server API
  key, here global staff.
- `GET /user/v1/me` answers the caller's username, whoever the caller is (the platform reads
  it off the authenticated request user).

Not modelled: profile images, name-change requests, verified names, email confirmation,
the secondary email feature.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from ..calls import Call, Handler, Reply, error, not_found
from ..pagination import PageWindow, numbered_envelope
from .access import caller, is_global_staff, world_of
from .user_fields import PRIVACY, VALIDATORS, zones
from .world import User, World

PUBLIC_FIELDS = ("username", "account_privacy", "profile_image")
SHAREABLE_FIELDS = ("bio", "course_certificates", "country", "date_joined",
                    "language_proficiencies", "level_of_education", "social_links", "time_zone")
READ_ONLY = ("username", "date_joined", "is_active", "password_toggle_history", "profile_image",
             "requires_parental_consent")
# Account fields kept as preferences on the platform.
PREFERENCE_FIELDS = ("account_privacy",)
# The model's RegexValidator searches the key for one of these (it does not match the whole).
PREFERENCE_KEY_CHAR = re.compile(r"[-_a-zA-Z0-9]")
# The keys the one-preference routes accept (no dash).
ROUTED_KEY = re.compile(r"[a-zA-Z0-9_]+")


@dataclass
class Profile:
    bio: str | None = None
    country: str | None = None
    state: str | None = None
    city: str | None = None
    gender: str | None = None
    goals: str | None = None
    level_of_education: str | None = None
    mailing_address: str | None = None
    year_of_birth: int | None = None
    phone_number: str | None = None
    secondary_email: str | None = None
    language_proficiencies: list[dict[str, str]] = field(default_factory=list)
    social_links: list[dict[str, str]] = field(default_factory=list)
    extended_profile: list[dict[str, str]] = field(default_factory=list)


@dataclass
class Accounts:
    profiles: dict[str, Profile]
    preferences: dict[str, dict[str, str]]


def seed(world: World) -> Accounts:
    # Every seeded adult gets a year of birth, so only `learner` shows the limited profile.
    accounts = Accounts({name: Profile(year_of_birth=1980 + n) for n, name in enumerate(world.users)
                         if name != "learner"}, {name: {"pref-lang": "en"} for name in world.users})
    accounts.profiles["learner"] = Profile()
    accounts.profiles["verified"] = Profile(
        bio="Learning for fun.", country="US", level_of_education="b",
        language_proficiencies=[{"code": "en"}], year_of_birth=1990)
    accounts.preferences["verified"].update(
        {"time_zone": "America/New_York", "account_privacy": "all_users"})
    accounts.profiles["audit"] = Profile(country="FR", language_proficiencies=[{"code": "fr"}],
                                         year_of_birth=1995)
    accounts.preferences["audit"].update({"pref-lang": "fr", "account_privacy": "private"})
    return accounts


def store(call: Call) -> Accounts:
    accounts: Accounts = world_of(call).stores["user"]
    return accounts


def account_json(call: Call, user: User) -> dict[str, Any]:
    """Every field of the account, as the user themself sees it."""
    accounts = store(call)
    profile = accounts.profiles.setdefault(user.username, Profile())
    prefs = accounts.preferences.setdefault(user.username, {})
    images = {f"image_url_{size}": f"{call.origin}/static/images/profiles/default_{px}.png"
              for size, px in (("full", 500), ("large", 120), ("medium", 50), ("small", 30))}
    return {
        "username": user.username, "name": user.name, "email": user.email, "id": user.id,
        "date_joined": user.date_joined, "last_login": None, "is_active": user.is_active,
        "activation_key": None, "bio": profile.bio, "country": profile.country,
        "state": profile.state, "profile_image": {"has_image": False, **images},
        "language_proficiencies": [dict(x) for x in profile.language_proficiencies],
        "level_of_education": profile.level_of_education,
        "mailing_address": profile.mailing_address,
        "requires_parental_consent": _under_13(profile),
        "secondary_email": profile.secondary_email, "secondary_email_enabled": None,
        "social_links": [dict(x) for x in profile.social_links],
        "time_zone": None, "year_of_birth": profile.year_of_birth,
        "gender": profile.gender, "goals": profile.goals,
        "extended_profile": [dict(x) for x in profile.extended_profile],
        "account_privacy": prefs.get("account_privacy", "all_users"),
        "course_certificates": None,
        "phone_number": profile.phone_number, "pending_name_change": None,
        "verified_name": None,
    }


def _under_13(profile: Profile) -> bool:
    # The platform assumes consent is needed when it does not know the year of birth, and
    # counts a birth year exactly 13 years ago as possibly under 13.
    return profile.year_of_birth is None or datetime.now(UTC).year - profile.year_of_birth <= 13


def shared_fields(call: Call, user: User) -> set[str] | None:
    """The account fields the caller may see of `user`; None means all of them."""
    me = caller(call)
    if me is not None and (me.username == user.username or me.is_staff):
        return None
    accounts = store(call)
    prefs = accounts.preferences.get(user.username, {})
    privacy = prefs.get("account_privacy", "all_users")
    if privacy == "private" or _under_13(accounts.profiles.get(user.username, Profile())):
        return set(PUBLIC_FIELDS)
    if privacy == "custom":
        return set(PUBLIC_FIELDS) | {
            key.removeprefix("visibility.") for key, value in prefs.items()
            if key.startswith("visibility.") and value == "all_users"}
    return set(PUBLIC_FIELDS) | set(SHAREABLE_FIELDS)


def visible_account(call: Call, user: User) -> dict[str, Any]:
    account = account_json(call, user)
    shared = shared_fields(call, user)
    return account if shared is None else {k: v for k, v in account.items() if k in shared}


def user_accounts_retrieve(call: Call) -> Reply:
    user = world_of(call).users.get(call.path["username"])
    if user is None:
        return not_found(call, "No user has this username.")
    return Reply(200, visible_account(call, user))


def user_accounts_list(call: Call) -> Reply:
    world, me = world_of(call), caller(call)
    usernames = call.query.get("username")
    email, lms_user_id = call.query.get("email"), call.query.get("lms_user_id")
    if usernames is not None:
        users = [world.users[n] for n in str(usernames).strip(",").split(",") if n in world.users]
    elif email is not None or lms_user_id is not None:
        if not is_global_staff(call):
            return error(403, "Only staff may look accounts up by email or user id.")
        users = [u for u in world.users.values()
                 if (email is None or u.email.lower() == str(email).lower())
                 and (lms_user_id is None or str(u.id) == str(lms_user_id))]
    else:
        # The platform answers the caller's own account when no filter is given.
        users = [me] if me is not None else []
    return Reply(200, [visible_account(call, u) for u in users])


def user_accounts_partial_update(call: Call) -> Reply:
    world, me = world_of(call), caller(call)
    user = world.users.get(call.path["username"])
    if user is None:
        return not_found(call, "No user has this username.")
    if me is None or me.username != user.username:
        return error(403, "Only the user may change their account.")
    patch = call.body if isinstance(call.body, dict) else {}
    field_errors: dict[str, dict[str, str]] = {
        name: {"developer_message": "This field is not editable via this API",
               "user_message": f"The '{name}' field cannot be edited."}
        for name in patch if name in READ_ONLY}
    changes: dict[str, Any] = {}
    for name, value in patch.items():
        if name in READ_ONLY or name not in VALIDATORS:
            continue
        problem, cleaned = VALIDATORS[name](world, user, value)
        if problem:
            field_errors[name] = {"developer_message": problem, "user_message": problem}
        else:
            changes[name] = cleaned
    if field_errors:
        reply = error(400, "Some account fields cannot be changed as asked.")
        reply.body["field_errors"] = field_errors
        return reply
    _apply(call, user, changes)
    return Reply(200, account_json(call, user))


def _apply(call: Call, user: User, changes: dict[str, Any]) -> None:
    accounts = store(call)
    profile = accounts.profiles.setdefault(user.username, Profile())
    prefs = accounts.preferences.setdefault(user.username, {})
    for name, value in changes.items():
        if name == "name":
            user.name = value
        elif name == "email":
            continue  # requested only: the platform waits for the user to confirm it
        elif name in PREFERENCE_FIELDS:
            if value is None:
                prefs.pop(name, None)
            else:
                prefs[name] = value
        elif name == "social_links":
            profile.social_links = _merged_links(profile.social_links, value)
        else:
            setattr(profile, name, value)


def _merged_links(current: list[dict[str, str]], asked: list[dict[str, str]]) -> list[dict[str, str]]:
    """The platform merges social links by platform: a link replaces that platform's, an
    empty one removes it, the other platforms keep theirs; the list is sorted by platform."""
    if not asked:
        return []
    links = {link["platform"]: link for link in current}
    for link in asked:
        if link["social_link"]:
            links[link["platform"]] = dict(link)
        else:
            links.pop(link["platform"], None)
    return [links[name] for name in sorted(links)]


# Preferences.

def _preferences_of(call: Call, write: bool) -> User | Reply:
    """The user of the path once the caller may read (or, with `write`, change) their
    preferences: 404 for an unknown user first, as the platform looks the user up first."""
    user = world_of(call).users.get(call.path["username"])
    if user is None:
        return not_found(call, "No user has this username.")
    me = caller(call)
    if me is not None and (me.username == user.username or (me.is_staff and not write)):
        return user
    return error(403, "You may only act on your own preferences.")


def user_preferences_retrieve(call: Call) -> Reply:
    user = _preferences_of(call, write=False)
    if isinstance(user, Reply):
        return user
    return Reply(200, dict(store(call).preferences.get(user.username, {})))


def user_preferences_partial_update(call: Call) -> Reply:
    user = _preferences_of(call, write=True)
    if isinstance(user, Reply):
        return user
    prefs = store(call).preferences.setdefault(user.username, {})
    if not isinstance(call.body, dict) or not call.body:
        return error(400, "No data provided for user preference update.")
    problems = [p for key, value in call.body.items()
                if (p := _preference_problem(key, value, nullable=True))]
    if problems:
        return error(400, " ".join(problems))
    for key, value in call.body.items():
        if value is None:
            prefs.pop(key, None)
        else:
            prefs[key] = value
    return Reply(204)


def _preference_problem(key: Any, value: Any, nullable: bool = False) -> str | None:
    if not isinstance(key, str) or not 0 < len(key) <= 255 or not PREFERENCE_KEY_CHAR.search(key):
        return f"{key!r} is not a valid preference key."
    if value is None and nullable:
        return None
    if not isinstance(value, str) or not value.strip():
        return f"The value of {key} must be a non-empty string."
    if key == "time_zone" and value not in zones():
        return f"{value!r} is not a time zone."
    if key == "account_privacy" and value not in PRIVACY:
        return f"account_privacy must be one of {', '.join(PRIVACY)}."
    return None


def _unrouted(call: Call) -> Reply | None:
    """The platform routes one preference only by a key of letters, digits and underscores."""
    if not ROUTED_KEY.fullmatch(call.path["preference_key"]):
        return not_found(call, "No such route: preference keys here hold no dash.")
    return None


def user_preference_retrieve(call: Call) -> Reply:
    if (unrouted := _unrouted(call)) is not None:
        return unrouted
    user = _preferences_of(call, write=False)
    if isinstance(user, Reply):
        return user
    value = store(call).preferences.get(user.username, {}).get(call.path["preference_key"])
    if value is None:
        return not_found(call, "The user has not set this preference.")
    return Reply(200, value)


def user_preference_update(call: Call) -> Reply:
    if (unrouted := _unrouted(call)) is not None:
        return unrouted
    user = _preferences_of(call, write=True)
    if isinstance(user, Reply):
        return user
    key = call.path["preference_key"]
    if (problem := _preference_problem(key, call.body)) is not None:
        return error(400, problem)
    store(call).preferences.setdefault(user.username, {})[key] = call.body
    return Reply(204)


def user_preference_delete(call: Call) -> Reply:
    if (unrouted := _unrouted(call)) is not None:
        return unrouted
    user = _preferences_of(call, write=True)
    if isinstance(user, Reply):
        return user
    prefs = store(call).preferences.setdefault(user.username, {})
    if prefs.pop(call.path["preference_key"], None) is None:
        return not_found(call, "The user has not set this preference.")
    return Reply(204)


def user_preferences_users_list(call: Call) -> Reply:
    if not is_global_staff(call):
        return error(403, "Only server-to-server (staff) calls may list users by preference.")
    world, key = world_of(call), call.path["pref_key"]
    users = [u for u in world.users.values() if key in store(call).preferences.get(u.username, {})]
    window = PageWindow.asked(call.query, len(users), clamp=False)
    if not window.exists:
        return not_found(call, "Invalid page.")
    prefs = store(call).preferences
    rows = [{"id": u.id, "url": f"{call.origin}/api/user/v1/users/{u.id}/", "email": u.email,
             "name": u.name, "username": u.username,
             "preferences": dict(prefs.get(u.username, {}))}
            for u in users]
    return Reply(200, numbered_envelope(window, rows, call.url))


def user_me_retrieve(call: Call) -> Reply:
    me = caller(call)
    return Reply(200, {"username": me.username if me else str(call.claims.get("preferred_username", ""))})


HANDLERS: dict[str, Handler] = {
    "user_me_retrieve": user_me_retrieve,
    "user_accounts_retrieve": user_accounts_retrieve,
    "user_accounts_list": user_accounts_list,
    "user_accounts_partial_update": user_accounts_partial_update,
    "user_preferences_retrieve": user_preferences_retrieve,
    "user_preferences_partial_update": user_preferences_partial_update,
    "user_preference_retrieve": user_preference_retrieve,
    "user_preference_update": user_preference_update,
    "user_preference_delete": user_preference_delete,
    "user_preferences_users_list": user_preferences_users_list,
}
