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
    assert account["country"] == "US" and account["language_proficiencies"] == [{"code": "en"}]
    assert account["requires_parental_consent"] is False
    # The account serializer does not compute time_zone: the field is sent as null although
    # the user has the preference.
    assert account["time_zone"] is None and account["course_certificates"] is None
    assert fake.learner.get(f"{PREFS}/verified/time_zone").json() == "America/New_York"
    assert "accomplishments_shared" not in account


def test_a_merge_patch_changes_the_account(fake: Fake) -> None:
    patch = {"name": "Vera Fied", "bio": "Hi", "country": None, "year_of_birth": 1991,
             "time_zone": "Europe/Paris", "not_a_field": 1}
    changed = fake.learner.patch(f"{ACCOUNTS}/verified", json=patch, headers=MERGE)
    assert changed.status_code == 200, changed.text
    account = fake.learner.get(f"{ACCOUNTS}/verified").json()
    assert (account["name"], account["bio"], account["country"], account["year_of_birth"]) == (
        "Vera Fied", "Hi", None, 1991)
    # time_zone is not an account field on the platform: the patch ignores it.
    assert fake.learner.get(f"{PREFS}/verified/time_zone").json() == "America/New_York"
    assert "not_a_field" not in account


def test_social_links_merge_by_platform(fake: Fake) -> None:
    first = [{"platform": "x", "social_link": "https://x.com/v"},
             {"platform": "facebook", "social_link": "https://facebook.com/v"}]
    fake.learner.patch(f"{ACCOUNTS}/verified", json={"social_links": first},
                       headers=MERGE).raise_for_status()
    second = [{"platform": "x", "social_link": ""},
              {"platform": "linkedin", "social_link": "https://linkedin.com/in/v"}]
    links = fake.learner.patch(f"{ACCOUNTS}/verified", json={"social_links": second},
                               headers=MERGE).json()["social_links"]
    assert [link["platform"] for link in links] == ["facebook", "linkedin"]
    twice = [{"platform": "x", "social_link": "a"}, {"platform": "x", "social_link": "b"}]
    assert fake.learner.patch(f"{ACCOUNTS}/verified", json={"social_links": twice},
                              headers=MERGE).status_code == 400


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
                {"account_privacy": "friends"},
                {"social_links": [{"platform": "twitter", "social_link": "x"}]}):
        assert fake.learner.patch(f"{ACCOUNTS}/verified", json=bad, headers=MERGE
                                  ).status_code == 400, bad
    assert fake.learner.get(f"{ACCOUNTS}/verified").json()["name"] == "Verified Learner"


def test_only_the_user_patches_their_account(fake: Fake) -> None:
    for client in (fake.course_staff, fake.staff):
        assert client.patch(f"{ACCOUNTS}/verified", json={"bio": "x"}, headers=MERGE
                            ).status_code == 403
    # Only the user themself: staff too are refused, before the account is looked up.
    assert fake.staff.patch(f"{ACCOUNTS}/nobody", json={}, headers=MERGE).status_code == 403


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
    # A dotted key is not routed one by one; it is set through the whole object.
    assert fake.staff.put(f"{PREFS}/staff/visibility.bio", json="all_users").status_code == 404
    fake.staff.patch(f"{PREFS}/staff", json={"visibility.bio": "all_users"},
                     headers=MERGE).raise_for_status()
    assert sorted(fake.learner.get(f"{ACCOUNTS}/staff").json()) == [
        "account_privacy", "bio", "profile_image", "username"]


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
    assert fake.learner.get(f"{PREFS}/verified/time_zone").json() == "America/New_York"
    assert fake.learner.delete(f"{PREFS}/verified/time_zone").status_code == 204
    assert fake.learner.delete(f"{PREFS}/verified/time_zone").status_code == 404
    assert fake.learner.get(f"{PREFS}/verified/time_zone").status_code == 404
    assert "time_zone" not in fake.learner.get(f"{PREFS}/verified").json()
    # Keys with a dash are not routed one by one.
    assert fake.learner.get(f"{PREFS}/verified/pref-lang").status_code == 404
    # The account reads account_privacy from the preferences: deleting it shares by default.
    fake.learner.delete(f"{PREFS}/verified/account_privacy").raise_for_status()
    assert fake.learner.get(f"{ACCOUNTS}/verified").json()["account_privacy"] == "all_users"


def test_staff_read_preferences_but_only_the_user_changes_them(fake: Fake) -> None:
    assert fake.staff.get(f"{PREFS}/audit").json()["pref-lang"] == "fr"
    assert fake.course_staff.get(f"{PREFS}/audit").status_code == 403
    assert fake.staff.get(f"{PREFS}/audit/account_privacy").json() == "private"
    assert fake.learner.get(f"{PREFS}/audit/account_privacy").status_code == 403
    assert fake.staff.delete(f"{PREFS}/audit/account_privacy").status_code == 403
    assert fake.staff.put(f"{PREFS}/audit/account_privacy", json="all_users").status_code == 403
    assert fake.staff.patch(f"{PREFS}/audit", json={"x": "y"}, headers=MERGE).status_code == 403
    assert fake.staff.get(f"{PREFS}/nobody").status_code == 404


def test_preference_writes_apply_their_body_and_answer_no_content(fake: Fake) -> None:
    patched = fake.learner.patch(f"{PREFS}/verified", json={"pref-lang": "fr", "time_zone": None},
                                 headers=MERGE)
    assert patched.status_code == 204 and not patched.content
    prefs = fake.learner.get(f"{PREFS}/verified").json()
    assert prefs["pref-lang"] == "fr" and "time_zone" not in prefs
    put = fake.learner.put(f"{PREFS}/verified/time_zone", json="Europe/Paris")
    assert put.status_code == 204 and not put.content
    assert fake.learner.get(f"{PREFS}/verified").json()["time_zone"] == "Europe/Paris"


def test_empty_preference_writes_are_refused(fake: Fake) -> None:
    assert fake.learner.patch(f"{PREFS}/verified", json={}, headers=MERGE).status_code == 400
    assert fake.learner.put(f"{PREFS}/verified/dark_mode", json="").status_code == 400
    assert fake.learner.put(f"{PREFS}/verified/time_zone", json="Mars/Olympus").status_code == 400
    assert fake.learner.get(f"{PREFS}/verified").json()["time_zone"] == "America/New_York"


def test_users_are_listed_by_preference_for_the_api_key_holder(fake: Fake) -> None:
    # ApiKeyHeaderPermission: the service holding the server's API key, not staff.
    assert fake.staff.get(f"{PREFS}/time_zone/users/").status_code == 403
    page = fake.service.get(f"{PREFS}/time_zone/users/").json()
    assert page["count"] == 1 and page["results"][0]["username"] == "verified"
    assert page["results"][0]["preferences"]["time_zone"] == "America/New_York"
    assert (page["num_pages"], page["current_page"], page["start"]) == (1, 1, 0)
    assert fake.service.get(f"{PREFS}/pref-lang/users/", params={"page_size": 3}).json()["count"] == 10
    assert fake.service.get(f"{PREFS}/pref-lang/users/", params={"page": 9}).status_code == 404
    assert fake.learner.get(f"{PREFS}/time_zone/users/").status_code == 403


def test_me_answers_the_caller(fake: Fake) -> None:
    assert fake.learner.get("/api/user/v1/me").json() == {"username": "verified"}
    assert fake.staff.get("/api/user/v1/me").json()["username"] != "verified"
