"""Accounts and preferences in the LMS fake: merge patches are visible to later reads, and what
another user sees of an account depends on its privacy."""

from __future__ import annotations

from .conftest import Fake

ACCOUNTS = "/api/user/v1/accounts"
PREFS = "/api/user/v1/preferences"
MERGE = {"Content-Type": "application/merge-patch+json"}


def test_the_user_sees_their_whole_seeded_account(fake: Fake) -> None:
    account = fake.learner.get(f"{ACCOUNTS}/verified").json()
    assert account["email"] == "verified@example.com" and account["name"] == "Verified Learner"
    assert account["country"] == "US" and account["time_zone"] == "America/New_York"
    assert account["language_proficiencies"] == [{"code": "en"}]
    assert account["requires_parental_consent"] is False


def test_a_merge_patch_changes_the_account(fake: Fake) -> None:
    patch = {"name": "Vera Fied", "bio": "Hi", "country": None, "year_of_birth": 1991,
             "time_zone": "Europe/Paris", "not_a_field": 1}
    changed = fake.learner.patch(f"{ACCOUNTS}/verified", json=patch, headers=MERGE)
    assert changed.status_code == 200, changed.text
    account = fake.learner.get(f"{ACCOUNTS}/verified").json()
    assert (account["name"], account["bio"], account["country"], account["year_of_birth"]) == (
        "Vera Fied", "Hi", None, 1991)
    # time_zone is a preference on the platform: the account and the preferences agree.
    assert fake.learner.get(f"{PREFS}/verified/time_zone").json() == "Europe/Paris"
    assert "not_a_field" not in account


def test_a_new_email_waits_for_confirmation(fake: Fake) -> None:
    ok = fake.learner.patch(f"{ACCOUNTS}/verified", json={"email": "v2@example.com"}, headers=MERGE)
    assert ok.status_code == 200 and ok.json()["email"] == "verified@example.com"
    taken = fake.learner.patch(f"{ACCOUNTS}/verified", json={"email": "audit@example.com"},
                               headers=MERGE)
    assert taken.status_code == 400


def test_read_only_fields_and_bad_values_are_refused(fake: Fake) -> None:
    refused = fake.learner.patch(f"{ACCOUNTS}/verified", json={"username": "x", "is_active": False},
                                 headers=MERGE)
    assert refused.status_code == 400
    assert sorted(refused.json()["field_errors"]) == ["is_active", "username"]
    for bad in ({"name": None}, {"year_of_birth": "1990"}, {"year_of_birth": True},
                {"gender": "x"}, {"language_proficiencies": [{"code": 1}]},
                {"account_privacy": "friends"}, {"time_zone": "Mars/Olympus"},
                {"social_links": [{"platform": "myspace", "social_link": "x"}]}):
        assert fake.learner.patch(f"{ACCOUNTS}/verified", json=bad, headers=MERGE
                                  ).status_code == 400, bad
    assert fake.learner.get(f"{ACCOUNTS}/verified").json()["name"] == "Verified Learner"


def test_only_the_user_patches_their_account(fake: Fake) -> None:
    for client in (fake.course_staff, fake.staff):
        assert client.patch(f"{ACCOUNTS}/verified", json={"bio": "x"}, headers=MERGE
                            ).status_code == 403
    assert fake.staff.patch(f"{ACCOUNTS}/nobody", json={}, headers=MERGE).status_code == 404


def test_others_see_what_the_privacy_shares(fake: Fake) -> None:
    shared = fake.learner.get(f"{ACCOUNTS}/honor").json()
    assert shared["username"] == "honor" and "date_joined" in shared
    assert "email" not in shared and "name" not in shared
    private = fake.learner.get(f"{ACCOUNTS}/audit").json()
    assert sorted(private) == ["account_privacy", "profile_image", "username"]
    # No year of birth: the platform's limited profile, whatever the privacy says.
    limited = fake.learner.get(f"{ACCOUNTS}/learner").json()
    assert sorted(limited) == ["account_privacy", "profile_image", "username"]
    assert fake.staff.get(f"{ACCOUNTS}/audit").json()["email"] == "audit@example.com"
    assert fake.learner.get(f"{ACCOUNTS}/nobody").status_code == 404


def test_custom_privacy_shares_chosen_fields(fake: Fake) -> None:
    fake.staff.patch(f"{ACCOUNTS}/staff", json={"account_privacy": "custom", "bio": "Boss"},
                     headers=MERGE).raise_for_status()
    assert sorted(fake.learner.get(f"{ACCOUNTS}/staff").json()) == [
        "account_privacy", "profile_image", "username"]
    assert fake.staff.put(f"{PREFS}/staff/visibility.bio").status_code == 404  # no value sent


def test_the_accounts_list_filters_and_email_lookup_is_staff_only(fake: Fake) -> None:
    listed = fake.learner.get(ACCOUNTS, params={"username": "verified,honor,nobody"}).json()
    assert [a["username"] for a in listed] == ["verified", "honor"]
    assert "email" in listed[0] and "email" not in listed[1]
    assert [a["username"] for a in fake.learner.get(ACCOUNTS).json()] == ["verified"]
    assert fake.learner.get(ACCOUNTS, params={"email": "audit@example.com"}).status_code == 403
    assert fake.course_staff.get(ACCOUNTS, params={"lms_user_id": "6"}).status_code == 403
    by_email = fake.staff.get(ACCOUNTS, params={"email": "AUDIT@example.com"}).json()
    assert [a["username"] for a in by_email] == ["audit"]
    by_id = fake.staff.get(ACCOUNTS, params={"lms_user_id": str(by_email[0]["id"])}).json()
    assert [a["username"] for a in by_id] == ["audit"]


def test_preferences_are_read_and_deleted(fake: Fake) -> None:
    assert fake.learner.get(f"{PREFS}/verified").json() == {
        "pref-lang": "en", "time_zone": "America/New_York", "account_privacy": "all_users"}
    assert fake.learner.get(f"{PREFS}/verified/pref-lang").json() == "en"
    assert fake.learner.delete(f"{PREFS}/verified/pref-lang").status_code == 204
    assert fake.learner.delete(f"{PREFS}/verified/pref-lang").status_code == 404
    assert fake.learner.get(f"{PREFS}/verified/pref-lang").status_code == 404
    assert "pref-lang" not in fake.learner.get(f"{PREFS}/verified").json()
    # The account reads account_privacy from the preferences: deleting it shares by default.
    fake.learner.delete(f"{PREFS}/verified/account_privacy").raise_for_status()
    assert fake.learner.get(f"{ACCOUNTS}/verified").json()["account_privacy"] == "all_users"


def test_staff_read_preferences_but_only_the_user_changes_them(fake: Fake) -> None:
    assert fake.staff.get(f"{PREFS}/audit").json()["pref-lang"] == "fr"
    assert fake.course_staff.get(f"{PREFS}/audit").status_code == 403
    assert fake.learner.get(f"{PREFS}/audit/pref-lang").status_code == 403
    assert fake.staff.delete(f"{PREFS}/audit/pref-lang").status_code == 403
    assert fake.staff.put(f"{PREFS}/audit/pref-lang").status_code == 403
    assert fake.staff.patch(f"{PREFS}/audit").status_code == 403
    assert fake.staff.get(f"{PREFS}/nobody").status_code == 404


def test_preference_writes_apply_their_json_body(fake: Fake) -> None:
    # The description declares no body for these two (the reference names none); the fake
    # reads the JSON the platform takes: a merge patch of preferences, one value for a key.
    merge = {"Content-Type": "application/merge-patch+json"}
    patched = fake.learner.patch(f"{PREFS}/verified", json={"pref-lang": "fr"}, headers=merge)
    assert patched.json()["pref-lang"] == "fr"
    assert fake.learner.put(f"{PREFS}/verified/time_zone", json="Europe/Paris").status_code == 200
    assert fake.learner.get(f"{PREFS}/verified").json()["time_zone"] == "Europe/Paris"


def test_body_less_preference_writes_change_nothing(fake: Fake) -> None:
    assert fake.learner.patch(f"{PREFS}/verified").json()["pref-lang"] == "en"
    assert fake.learner.put(f"{PREFS}/verified/pref-lang").json() == "en"
    assert fake.learner.put(f"{PREFS}/verified/unset-key").status_code == 404


def test_users_are_listed_by_preference_for_staff_only(fake: Fake) -> None:
    page = fake.staff.get(f"{PREFS}/time_zone/users/").json()
    assert page["count"] == 1 and page["results"][0]["username"] == "verified"
    assert fake.staff.get(f"{PREFS}/pref-lang/users/", params={"page_size": 3}).json()["count"] == 8
    assert fake.staff.get(f"{PREFS}/pref-lang/users/", params={"page": 9}).status_code == 404
    assert fake.learner.get(f"{PREFS}/time_zone/users/").status_code == 403
