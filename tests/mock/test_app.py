"""What bad input gets from the mock: a 4xx with a JSON body that names the problem."""

from __future__ import annotations

import httpx
import pytest

from edx_mock.pytest_plugin import EdxFake

PLAN = "104b1785-1d3a-1000-148d-1ae7a56e6355"


@pytest.fixture
def http(edx_fake: EdxFake) -> httpx.Client:
    return httpx.Client(base_url=edx_fake.base_url,
                        headers={"Authorization": f"JWT {edx_fake.token()}"})


def test_query_parameter_of_the_wrong_type(http: httpx.Client) -> None:
    response = http.get("/enterprise/v1/subscriptions", params={"page": "two"})
    assert response.status_code == 400
    assert response.json()["errors"] == [
        {"location": "query", "name": "page", "message": "'two' is not of type 'integer'"}]


def test_body_field_of_the_wrong_type_is_named(http: httpx.Client) -> None:
    response = http.post(f"/enterprise/v1/subscriptions/{PLAN}/licenses/assign",
                         json={"user_emails": "not-a-list"})
    assert response.status_code == 400
    [problem] = response.json()["errors"]
    assert problem["location"] == "body" and problem["name"] == "/user_emails"  # a JSON pointer


def test_malformed_json_body(http: httpx.Client) -> None:
    response = http.post(f"/enterprise/v1/subscriptions/{PLAN}/licenses/assign",
                         content=b"{not json", headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert "not valid JSON" in response.json()["errors"][0]["message"]


def test_missing_required_body(http: httpx.Client) -> None:
    response = http.post(f"/enterprise/v1/subscriptions/{PLAN}/licenses/assign")
    assert response.status_code == 400
    assert response.json()["errors"][0]["message"] == "A request body is required."


def test_path_value_of_the_wrong_shape_is_not_found(http: httpx.Client) -> None:
    response = http.get("/catalog/v1/catalogs/abc/")
    assert response.status_code == 404
    assert response.json()["errors"][0]["name"] == "id"


def test_unknown_path_and_wrong_method(http: httpx.Client) -> None:
    assert http.get("/nowhere").status_code == 404
    response = http.delete("/catalog/v1/catalogs/1/")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET"
    assert response.json()["detail"]


def test_the_descriptions_are_served(http: httpx.Client) -> None:
    assert http.get("/openapi/catalog.json").json()["info"]["title"] == "edX Course Catalog API"
    assert http.get("/openapi/nothing.json").status_code == 404


def test_control_characters_in_a_path_value_still_reach_the_operation(http: httpx.Client) -> None:
    response = http.get("/catalog/v1/catalogs/%0A/")
    assert response.status_code == 404
    assert response.json()["errors"][0]["name"] == "id"  # the id was checked, not the route
    encoded = http.get("/api/bookmarks/v1/bookmarks/ada,block-v1:edX%2BDemoX%2BDemo%2Btype@html%2Bblock@1/")
    # The bookmarks operation itself answered (its own 403: `ada` is not the caller, whom the
    # platform's user-in-URL permission requires), not the router.
    assert encoded.status_code == 403 and "bookmark" in encoded.json()["detail"]


def test_a_json_relative_media_type_is_answered_as_documented(http: httpx.Client) -> None:
    # The LTI Advantage services answer IMS media types (application/vnd.ims...+json): an
    # operation answered from its description keeps the documented type, with a JSON body.
    response = http.get("/api/lti_consumer/v1/lti/1/memberships")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(
        "application/vnd.ims.lti-nrps.v2.membershipcontainer+json")
    assert set(response.json()) >= {"id", "context", "members"}
