"""Teams in the LMS fake: topics, teams and memberships, with the platform's rules."""

from __future__ import annotations

from typing import Any

from starlette.testclient import TestClient

from .conftest import Fake

TEAMS, MEMBERS, TOPICS = "/api/team/v0/teams/", "/api/team/v0/team_membership/", "/api/team/v0/topics/"
BULK = "/api/team/v0/bulk_team_membership/"
MERGE_PATCH = {"Content-Type": "application/merge-patch+json"}


def teams(fake: Fake, client: TestClient | None = None, **params: str) -> list[dict[str, Any]]:
    answer = (client or fake.learner).get(TEAMS, params={"course_id": fake.course, **params})
    assert answer.status_code == 200, answer.text
    results: list[dict[str, Any]] = answer.json()["results"]
    return results


def team_id(fake: Fake, name: str) -> str:
    return str(next(t["id"] for t in teams(fake) if t["name"] == name))


def new_team(topic: str = "energy", **extra: Any) -> dict[str, Any]:
    return {"course_id": "course-v1:edX+DemoX+Demo_Course", "topic_id": topic,
            "name": "Wind Riders", "description": "Turbines.", **extra}


def test_topics_are_seeded_with_their_team_counts(fake: Fake) -> None:
    page = fake.learner.get(TOPICS, params={"course_id": fake.course}).json()
    assert [(t["id"], t["type"], t["team_count"]) for t in page["results"]] == [
        ("energy", "open", 1), ("study-groups", "public_managed", 1)]
    assert page["count"] == 2 and page["sort_order"] == "name"
    one = fake.learner.get(f"{TOPICS}energy,{fake.course}")
    assert one.json()["max_team_size"] == 5
    assert fake.learner.get(f"{TOPICS}nope,{fake.course}").status_code == 404
    assert fake.learner.get(TOPICS).status_code == 400
    assert fake.learner.get(TOPICS, params={"course_id": fake.course, "order_by": "size"}
                            ).status_code == 400


def test_topics_and_teams_need_team_access(fake: Fake) -> None:
    # A learner who is no longer enrolled loses access to the course's teams.
    fake.service.post("/api/enrollment/v1/unenroll/", json={"username": "verified"}).raise_for_status()
    assert fake.learner.get(TOPICS, params={"course_id": fake.course}).status_code == 403
    assert fake.learner.get(TEAMS, params={"course_id": fake.course}).status_code == 403
    assert fake.learner.get(f"{TOPICS}energy,{fake.course}").status_code == 403
    assert fake.staff.get(TEAMS, params={"course_id": fake.course}).status_code == 200


def test_team_list_filters_and_orders(fake: Fake) -> None:
    assert [t["name"] for t in teams(fake)] == ["Night Owls", "Sun Seekers"]
    assert [t["name"] for t in teams(fake, topic_id="energy")] == ["Sun Seekers"]
    assert [t["name"] for t in teams(fake, username="learner")] == ["Night Owls"]
    assert [t["name"] for t in teams(fake, text_search="SOLAR")] == ["Sun Seekers"]
    assert [t["name"] for t in teams(fake, order_by="open_slots")] == ["Night Owls", "Sun Seekers"]
    page = fake.learner.get(TEAMS, params={"course_id": fake.course, "order_by": "open_slots"}).json()
    assert page["sort_order"] == "open_slots" and page["num_pages"] == 1
    searched = fake.learner.get(TEAMS, params={"course_id": fake.course, "text_search": "solar"}).json()
    assert "sort_order" not in searched
    params = {"course_id": fake.course}
    assert fake.learner.get(TEAMS).status_code == 400
    assert fake.learner.get(TEAMS, params={**params, "topic_id": "nope"}).status_code == 400
    assert fake.learner.get(TEAMS, params={**params, "order_by": "size"}).status_code == 400
    assert fake.learner.get(TEAMS, params={**params, "order_by": "name", "text_search": "x"}
                            ).status_code == 400


def test_a_learner_creates_a_team_and_is_its_member(fake: Fake) -> None:
    created = fake.learner.post(TEAMS, json=new_team(country="DE"))
    assert created.status_code == 200, created.text
    team = created.json()
    assert team["country"] == "DE" and [m["user"]["username"] for m in team["membership"]] == ["verified"]
    assert fake.learner.get(TEAMS + team["id"]).json()["name"] == "Wind Riders"
    assert "Wind Riders" in [t["name"] for t in teams(fake, topic_id="energy")]
    # One team per topic: a second team in the same topic is refused.
    again = fake.learner.post(TEAMS, json=new_team(name="Second"))
    assert again.status_code == 400
    topic = fake.learner.get(f"{TOPICS}energy,{fake.course}").json()
    assert topic["team_count"] == 2


def test_staff_create_teams_without_joining_and_in_managed_topics(fake: Fake) -> None:
    assert fake.learner.post(TEAMS, json=new_team("study-groups")).status_code == 403
    created = fake.course_staff.post(TEAMS, json=new_team("study-groups"))
    assert created.status_code == 200 and created.json()["membership"] == []
    assert fake.course_staff.post(TEAMS, json=new_team("study-groups", name="Another")).status_code == 200


def test_bad_team_bodies_are_400(fake: Fake) -> None:
    assert fake.learner.post(TEAMS, json={}).status_code == 400
    assert fake.learner.post(TEAMS, json={**new_team(), "course_id": "not a key"}).status_code == 400
    # An unknown topic is not found, as on the platform.
    assert fake.learner.post(TEAMS, json=new_team("nope")).status_code == 404
    assert fake.learner.post(TEAMS, json=new_team(name="")).status_code == 400
    assert fake.learner.post(TEAMS, json=new_team(description="x" * 301)).status_code == 400
    bad_country = fake.learner.post(TEAMS, json=new_team(country=7))
    # The description types country as a string: the request is refused before the handler.
    assert bad_country.status_code == 400 and "country" in bad_country.text
    # Country codes are upper-case ISO codes, as the platform's country field holds them.
    bad_code = fake.learner.post(TEAMS, json=new_team(country="de"))
    assert bad_code.status_code == 400 and "country" in bad_code.text
    assert fake.learner.post(TEAMS, json=new_team(name="   ")).status_code == 400
    sun = team_id(fake, "Sun Seekers")
    assert fake.course_staff.patch(TEAMS + sun, content=b'{"name": 5}', headers=MERGE_PATCH
                                   ).status_code == 400
    # A change is a JSON merge patch: a plain JSON body is refused with 415.
    assert fake.course_staff.patch(TEAMS + sun, json={"name": "Moon"}).status_code == 415


def test_only_course_staff_change_and_delete_a_team(fake: Fake) -> None:
    sun = TEAMS + team_id(fake, "Sun Seekers")
    assert fake.learner.patch(sun, content=b'{"name": "Moon"}', headers=MERGE_PATCH).status_code == 403
    changed = fake.course_staff.patch(sun, content=b'{"name": "Moon Seekers", "language": "fr"}',
                                      headers=MERGE_PATCH)
    assert changed.status_code == 200 and changed.json()["language"] == "fr"
    assert fake.learner.get(sun).json()["name"] == "Moon Seekers"
    assert fake.learner.delete(sun).status_code == 403
    assert fake.course_staff.delete(sun).status_code == 204
    assert fake.course_staff.delete(sun).status_code == 404
    assert fake.learner.get(sun).status_code == 404
    listed = fake.staff.get(MEMBERS, params={"username": "audit"}).json()
    assert listed["results"] == []


def test_a_learner_joins_and_leaves_a_team(fake: Fake) -> None:
    sun = team_id(fake, "Sun Seekers")
    joined = fake.learner.post(MEMBERS, json={"team_id": sun, "username": "verified"})
    assert joined.status_code == 200, joined.text
    assert joined.json()["team"] == {"team_id": sun, "url": f"http://testserver{TEAMS}{sun}"}
    assert joined.json()["user"]["username"] == "verified"
    one = f"{MEMBERS}{sun},verified"
    assert fake.learner.get(one).json()["user"]["username"] == "verified"
    members = fake.learner.get(MEMBERS, params={"team_id": sun}).json()["results"]
    assert sorted(m["user"]["username"] for m in members) == ["audit", "honor", "verified"]
    expanded = fake.learner.get(one, params={"expand": "team"}).json()
    # An expanded team leaves its members out.
    assert expanded["team"]["name"] == "Sun Seekers" and "membership" not in expanded["team"]
    assert fake.learner.delete(one).status_code == 204
    assert fake.learner.delete(one).status_code == 404
    assert fake.learner.get(one).status_code == 404


def test_learners_change_only_their_own_memberships(fake: Fake) -> None:
    sun = team_id(fake, "Sun Seekers")
    # Adding someone else is for the course's staff: the platform answers anyone else 404.
    assert fake.learner.post(MEMBERS, json={"team_id": sun, "username": "learner"}).status_code == 404
    assert fake.learner.delete(f"{MEMBERS}{sun},audit").status_code == 404  # as for a stranger
    assert fake.course_staff.delete(f"{MEMBERS}{sun},audit").status_code == 204
    owls = team_id(fake, "Night Owls")
    # Managed topics: only staff place learners in teams.
    assert fake.learner.post(MEMBERS, json={"team_id": owls, "username": "verified"}).status_code == 403
    assert fake.course_staff.post(MEMBERS, json={"team_id": owls, "username": "verified"}
                                  ).status_code == 200


def test_membership_limits(fake: Fake) -> None:
    owls, sun = team_id(fake, "Night Owls"), team_id(fake, "Sun Seekers")
    add = {"team_id": owls, "username": "verified"}
    assert fake.course_staff.post(MEMBERS, json=add).status_code == 200
    # The study-groups topic holds two per team.
    full = fake.course_staff.post(MEMBERS, json={"team_id": owls, "username": "honor"})
    assert full.status_code == 400 and "full" in full.json()["detail"]
    # Already in a team of the topic.
    assert fake.course_staff.post(MEMBERS, json={"team_id": sun, "username": "audit"}).status_code == 400
    # Not enrolled.
    assert fake.course_staff.post(MEMBERS, json={"team_id": sun, "username": "staff"}).status_code == 400
    assert fake.course_staff.post(MEMBERS, json={"team_id": sun}).status_code == 400
    assert fake.course_staff.post(MEMBERS, json={"team_id": "nope", "username": "audit"}).status_code == 404


def test_the_membership_list_needs_a_team_or_a_user(fake: Fake) -> None:
    assert fake.learner.get(MEMBERS).status_code == 400
    mine = fake.learner.get(MEMBERS, params={"username": "learner"}).json()
    assert [m["team"]["team_id"] for m in mine["results"]] == [team_id(fake, "Night Owls")]
    assert fake.learner.get(MEMBERS, params={"team_id": "nope"}).status_code == 404
    by_topic = fake.learner.get(MEMBERS, params={"teamset_id": "energy", "course_id": fake.course})
    assert sorted(m["user"]["username"] for m in by_topic.json()["results"]) == ["audit", "honor"]
    assert fake.learner.get(MEMBERS, params={"teamset_id": "energy"}).status_code == 400
    assert fake.learner.get(MEMBERS, params={"teamset_id": "energy", "team_id": "x"}).status_code == 400
    assert fake.learner.get(MEMBERS, params={"teamset_id": "nope", "course_id": fake.course}
                            ).status_code == 404


def test_team_assignments_are_for_members_and_staff(fake: Fake) -> None:
    sun = team_id(fake, "Sun Seekers")
    assert fake.learner.get(f"{TEAMS}{sun}/assignments").status_code == 403
    assert fake.course_staff.get(f"{TEAMS}{sun}/assignments").json() == []


def test_course_staff_download_and_upload_team_memberships(fake: Fake) -> None:
    url = BULK + fake.course
    assert fake.learner.get(url).status_code == 403
    download = fake.course_staff.get(url)
    assert download.status_code == 200 and download.headers["content-type"].startswith("text/csv")
    lines = download.text.splitlines()
    assert lines[0] == "username,external_user_id,mode,energy,study-groups"
    assert "audit,,audit,Sun Seekers," in lines and "learner,,verified,,Night Owls" in lines
    upload = fake.course_staff.post(url, files={"csv": ("teams.csv", download.text, "text/csv")})
    assert upload.status_code == 201 and upload.json()["message"].endswith("learners were affected.")
    assert fake.learner.post(url, files={"csv": ("teams.csv", "x", "text/csv")}).status_code == 403
    # Staff of another course are refused before the course is looked up; global staff then
    # learn that it does not exist.
    assert fake.course_staff.get(BULK + "course-v1:No+Such+Course").status_code == 403
    assert fake.staff.get(BULK + "course-v1:No+Such+Course").status_code == 404
