"""Development credentials, the OAuth2 client-credentials token endpoint, and token checks.

Tokens are HS256 JWTs signed with a fixed development key, so a token fetched from one run
of the mock still works after a restart. None of this is secret: it only guards a fake.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import jwt
from starlette.requests import Request
from starlette.responses import JSONResponse

SIGNING_KEY = "edx-mock-development-signing-key-not-secret"
ISSUER = "edx-mock"
TOKEN_LIFETIME = 3600


@dataclass(frozen=True)
class DevClient:
    client_id: str
    client_secret: str
    username: str
    role: str
    # The callers of `x-access` (spec/README.md) this client is everywhere; the callers that
    # depend on the request (self, enrolled, course-staff, enterprise-admin...) come from the
    # API's own data (edx_mock.lms.access, edx_mock.enterprise.access).
    grants: frozenset[str] = frozenset()


# One client per kind of caller. The fakes' seeded data give each username its relative
# rights: `course_staff` has the staff role in the demo course and `verified` is enrolled in
# it (edx_mock.lms.world); `customer_admin` administers the seeded enterprise customers and
# `customer_learner` is a learner of them (edx_mock.enterprise.store).
DEV_CLIENTS = {
    client.client_id: client
    for client in (
        DevClient("edx-mock-client", "edx-mock-secret", "enterprise_admin", "service worker",
                  frozenset({"service-worker", "global-staff"})),
        DevClient("edx-mock-staff", "edx-mock-staff-secret", "staff", "global staff",
                  frozenset({"global-staff"})),
        DevClient("edx-mock-course-staff", "edx-mock-course-staff-secret", "course_staff",
                  "course staff"),
        DevClient("edx-mock-learner", "edx-mock-learner-secret", "verified", "learner"),
        DevClient("edx-mock-enterprise-admin", "edx-mock-enterprise-admin-secret",
                  "customer_admin", "enterprise admin"),
        DevClient("edx-mock-enterprise-learner", "edx-mock-enterprise-learner-secret",
                  "customer_learner", "enterprise learner"),
    )
}
DEFAULT_CLIENT = DEV_CLIENTS["edx-mock-client"]


def issue_token(client: DevClient, token_type: str = "jwt", now: float | None = None) -> dict[str, Any]:
    """A signed token; `token_type` says how it is sent (`JWT <token>` or `Bearer <token>`)."""
    issued = int(now if now is not None else time.time())
    claims = {
        "iss": ISSUER, "sub": client.client_id, "preferred_username": client.username,
        "email": f"{client.username}@example.com",
        "iat": issued, "exp": issued + TOKEN_LIFETIME, "scopes": ["read", "write"],
        "token_type": token_type,
    }
    return {
        "access_token": jwt.encode(claims, SIGNING_KEY, algorithm="HS256"),
        "token_type": "JWT" if token_type == "jwt" else "Bearer",
        "expires_in": TOKEN_LIFETIME,
        "scope": "read write",
    }


def verify_token(token: str) -> dict[str, Any] | None:
    """The token's claims, or None when it is malformed, forged or expired."""
    try:
        return jwt.decode(token, SIGNING_KEY, algorithms=["HS256"], issuer=ISSUER)
    except jwt.PyJWTError:
        return None


# Which Authorization header prefix each security scheme of the descriptions expects.
SCHEME_PREFIXES = {"JwtAuth": "JWT", "OAuth2": "Bearer", "BearerAuth": "Bearer"}


def authenticate(header: str | None, security: list[dict[str, list[str]]]) -> tuple[
        dict[str, Any] | None, str]:
    """Check an Authorization header against an operation's security requirements.

    Returns the claims (or None) and, on failure, a reason fit for a 401 body.
    """
    if not security:
        return {}, ""
    optional = {} in security
    if not header:
        return ({}, "") if optional else (None, "Authentication credentials were not provided.")
    if optional and all(not req for req in security):
        return {}, ""
    # Credentials are optional ({} among the requirements) but sent: they are still checked,
    # as DRF authenticates before an AllowAny permission is asked (an invalid token is a 401).
    prefix, _, token = header.partition(" ")
    allowed = {SCHEME_PREFIXES.get(name) for req in security for name in req}
    if prefix not in allowed:
        expected = " or ".join(sorted(p for p in allowed if p))
        return None, f"Authorization header must be '{expected} <token>'."
    claims = verify_token(token.strip())
    if claims is None:
        return None, "Invalid or expired token."
    if (claims.get("token_type") == "jwt") != (prefix == "JWT"):
        return None, f"This token is sent as '{'JWT' if prefix == 'Bearer' else 'Bearer'} <token>'."
    return claims, ""


async def jwt_token_endpoint(request: Request) -> JSONResponse:
    """POST /oauth2/v1/access_token (api.edx.org): tokens are JWTs unless asked otherwise."""
    return await _token_endpoint(request, default_type="jwt")


async def lms_token_endpoint(request: Request) -> JSONResponse:
    """POST /oauth2/access_token (the LMS): bearer tokens unless `token_type=jwt` is sent."""
    return await _token_endpoint(request, default_type="bearer")


async def _token_endpoint(request: Request, default_type: str) -> JSONResponse:
    """grant_type=client_credentials with a development client's id and secret."""
    content_type = request.headers.get("content-type", "")
    if not content_type.startswith("application/x-www-form-urlencoded"):
        return _oauth_error(400, "invalid_request", "Send the fields form-encoded.")
    form = await request.form()
    fields = {key: str(value) for key, value in form.items()}
    if fields.get("grant_type") != "client_credentials":
        return _oauth_error(400, "unsupported_grant_type", "Only client_credentials is supported.")
    token_type = fields.get("token_type", default_type).lower()
    if token_type not in ("jwt", "bearer"):
        return _oauth_error(400, "invalid_request", "token_type must be 'jwt' or 'bearer'.")
    client = DEV_CLIENTS.get(fields.get("client_id", ""))
    if client is None or fields.get("client_secret") != client.client_secret:
        return _oauth_error(401, "invalid_client", "Unknown client_id or wrong client_secret.")
    return JSONResponse(issue_token(client, token_type))


def _oauth_error(status: int, error: str, description: str) -> JSONResponse:
    return JSONResponse({"error": error, "error_description": description}, status_code=status)
