"""The mock's OAuth2 client-credentials endpoint, as a client sees it over HTTP."""

from __future__ import annotations

import httpx
import pytest

from edx_mock.auth import TOKEN_LIFETIME, verify_token

from ..conftest import LiveMock


def fetch(mock: LiveMock, **fields: str) -> httpx.Response:
    form = {"grant_type": "client_credentials", "token_type": "jwt",
            "client_id": mock.client_id, "client_secret": mock.client_secret, **fields}
    return httpx.post(f"{mock.base_url}/oauth2/v1/access_token", data=form)


def test_client_credentials_give_a_jwt(live_mock: LiveMock) -> None:
    response = fetch(live_mock)
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "JWT"
    assert body["expires_in"] == TOKEN_LIFETIME
    claims = verify_token(body["access_token"])
    assert claims is not None and claims["sub"] == live_mock.client_id


@pytest.mark.parametrize(("fields", "status", "error"), [
    ({"client_secret": "wrong"}, 401, "invalid_client"),
    ({"client_id": "nobody"}, 401, "invalid_client"),
    ({"grant_type": "password"}, 400, "unsupported_grant_type"),
    ({"token_type": "mac"}, 400, "invalid_request"),
])
def test_bad_token_requests_get_oauth_errors(live_mock: LiveMock, fields: dict[str, str],
                                             status: int, error: str) -> None:
    response = fetch(live_mock, **fields)
    assert response.status_code == status
    assert response.json()["error"] == error


def test_the_lms_endpoint_gives_bearer_tokens_unless_jwt_is_asked(live_mock: LiveMock) -> None:
    form = {"grant_type": "client_credentials", "client_id": live_mock.client_id,
            "client_secret": live_mock.client_secret}
    bearer = httpx.post(f"{live_mock.base_url}/oauth2/access_token", data=form).json()
    assert bearer["token_type"] == "Bearer"
    jwt_token = httpx.post(f"{live_mock.base_url}/oauth2/access_token",
                           data={**form, "token_type": "jwt"}).json()
    assert jwt_token["token_type"] == "JWT"
    # A bearer token is not accepted where the Enterprise API wants `JWT <token>`.
    response = httpx.get(f"{live_mock.base_url}/catalog/v1/catalogs/",
                         headers={"Authorization": f"JWT {bearer['access_token']}"})
    assert response.status_code == 401


def test_token_fields_must_be_form_encoded(live_mock: LiveMock) -> None:
    response = httpx.post(f"{live_mock.base_url}/oauth2/v1/access_token",
                          json={"grant_type": "client_credentials"})
    assert response.status_code == 400


@pytest.mark.parametrize("header", [None, "JWT not-a-token", "Bearer {token}", "JWT {token}x"])
def test_api_calls_without_a_valid_jwt_get_401(live_mock: LiveMock, header: str | None) -> None:
    headers = {} if header is None else {"Authorization": header.format(token=live_mock.token())}
    response = httpx.get(f"{live_mock.base_url}/catalog/v1/catalogs/", headers=headers)
    assert response.status_code == 401
    assert response.json()["detail"]
