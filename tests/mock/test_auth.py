"""The mock's OAuth2 client-credentials endpoint, as a client sees it over HTTP."""

from __future__ import annotations

import httpx
import pytest

from edx_mock.auth import TOKEN_LIFETIME, verify_token
from edx_mock.pytest_plugin import EdxFake


def fetch(mock: EdxFake, **fields: str) -> httpx.Response:
    form = {"grant_type": "client_credentials", "token_type": "jwt",
            "client_id": mock.credentials().client_id,
            "client_secret": mock.credentials().client_secret, **fields}
    return httpx.post(f"{mock.base_url}/oauth2/v1/access_token", data=form)


def test_client_credentials_give_a_jwt(edx_fake: EdxFake) -> None:
    response = fetch(edx_fake)
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "JWT"
    assert body["expires_in"] == TOKEN_LIFETIME
    claims = verify_token(body["access_token"])
    assert claims is not None and claims["sub"] == edx_fake.credentials().client_id


@pytest.mark.parametrize(("fields", "status", "error"), [
    ({"client_secret": "wrong"}, 401, "invalid_client"),
    ({"client_id": "nobody"}, 401, "invalid_client"),
    ({"grant_type": "password"}, 400, "unsupported_grant_type"),
    ({"token_type": "mac"}, 400, "invalid_request"),
])
def test_bad_token_requests_get_oauth_errors(edx_fake: EdxFake, fields: dict[str, str],
                                             status: int, error: str) -> None:
    response = fetch(edx_fake, **fields)
    assert response.status_code == status
    assert response.json()["error"] == error


def test_the_lms_endpoint_gives_bearer_tokens_unless_jwt_is_asked(edx_fake: EdxFake) -> None:
    form = {"grant_type": "client_credentials", "client_id": edx_fake.credentials().client_id,
            "client_secret": edx_fake.credentials().client_secret}
    bearer = httpx.post(f"{edx_fake.base_url}/oauth2/access_token", data=form).json()
    assert bearer["token_type"] == "Bearer"
    jwt_token = httpx.post(f"{edx_fake.base_url}/oauth2/access_token",
                           data={**form, "token_type": "jwt"}).json()
    assert jwt_token["token_type"] == "JWT"
    # A bearer token is not accepted where the Enterprise API wants `JWT <token>`.
    response = httpx.get(f"{edx_fake.base_url}/catalog/v1/catalogs/",
                         headers={"Authorization": f"JWT {bearer['access_token']}"})
    assert response.status_code == 401


def test_token_fields_must_be_form_encoded(edx_fake: EdxFake) -> None:
    response = httpx.post(f"{edx_fake.base_url}/oauth2/v1/access_token",
                          json={"grant_type": "client_credentials"})
    assert response.status_code == 400


@pytest.mark.parametrize("header", [None, "JWT not-a-token", "Bearer {token}", "JWT {token}x"])
def test_api_calls_without_a_valid_jwt_get_401(edx_fake: EdxFake, header: str | None) -> None:
    headers = {} if header is None else {"Authorization": header.format(token=edx_fake.token())}
    response = httpx.get(f"{edx_fake.base_url}/catalog/v1/catalogs/", headers=headers)
    assert response.status_code == 401
    assert response.json()["detail"]
