"""One exception hierarchy for every API of the client.

Generated API functions raise these (through `api_error`) for statuses their description
does not document, and `InvalidResponseError` when a body cannot be parsed into its model,
so that a bad response is a typed error rather than a KeyError halfway through parsing.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

# Query parameters whose values never appear in an error message.
SECRET_PARAMETERS = frozenset({"access_token", "token", "client_secret", "password", "code", "key"})


class EdxApiError(Exception):
    """An error answer from an edX API, or a response the client cannot use."""

    def __init__(self, message: str, *, status: int | None = None, method: str = "",
                 url: str = "", body: Any = None) -> None:
        super().__init__(message)
        self.status = status
        self.method = method
        self.url = url
        self.body = body

    @classmethod
    def from_response(cls, response: httpx.Response, message: str | None = None) -> EdxApiError:
        method, url = _request_line(response)
        body = _parsed_body(response)
        detail = body.get("detail") if isinstance(body, dict) else None
        text = message or f"{method} {url} answered {response.status_code}"
        if detail and message is None:
            text += f": {detail}"
        return cls(text, status=response.status_code, method=method, url=url, body=body)


class AuthenticationError(EdxApiError):
    """401: the token is missing, invalid or expired, or the client credentials are wrong."""


class PermissionDeniedError(EdxApiError):
    """403: the credentials are valid but do not allow this request."""


class NotFoundError(EdxApiError):
    """404: no such resource."""


class RateLimitError(EdxApiError):
    """429: too many requests, after the configured retries."""


class ServerError(EdxApiError):
    """5xx: the server failed, after the configured retries."""


class InvalidResponseError(EdxApiError):
    """A response whose body does not match its description (missing field, wrong type...)."""


class NotJsonResponseError(InvalidResponseError):
    """A response that is not JSON (the Enterprise API answers XML unless asked for JSON)."""


class NotAPageError(InvalidResponseError):
    """The operation answered something other than a page of a list (no `results`)."""


class CrossOriginLinkError(InvalidResponseError):
    """A `next` link points to another origin than the first request's; it is not followed."""


class PageLimitError(InvalidResponseError):
    """The list went on for more pages than the pager's `max_pages`."""


class ConnectionFailedError(EdxApiError):
    """The server could not be reached or did not answer in time, after the configured retries."""


class DeadlineExceededError(ConnectionFailedError):
    """The answer did not arrive in full within the call's deadline (a server that drips)."""


class TokenRequestError(AuthenticationError):
    """The OAuth2 token endpoint refused the client credentials or failed."""


_BY_STATUS: dict[int, type[EdxApiError]] = {
    401: AuthenticationError, 403: PermissionDeniedError, 404: NotFoundError, 429: RateLimitError,
}


def api_error(response: httpx.Response) -> EdxApiError:
    """The exception for an error status: its class says which kind of failure it is."""
    kind = _BY_STATUS.get(response.status_code)
    if kind is None:
        kind = ServerError if response.status_code >= 500 else EdxApiError
    return kind.from_response(response)


def decoded_body(response: httpx.Response) -> Any:
    """A 2xx body the description leaves untyped: its JSON value, its text if it is not JSON,
    None if there is none. Never dropped: the caller asked for it."""
    if not response.content:
        return None
    try:
        return json.loads(response.content)
    except ValueError:
        return response.text


def invalid_response(response: httpx.Response, cause: Exception) -> InvalidResponseError:
    """The exception for a body that could not be parsed into the documented model."""
    content_type = response.headers.get("content-type", "")
    method, url = _request_line(response)
    if response.content and "json" not in content_type.lower():
        return NotJsonResponseError(
            f"{method} {url} answered {response.status_code} with {content_type or 'no content type'},"
            " not JSON", status=response.status_code, method=method, url=url, body=_parsed_body(response))
    return InvalidResponseError(
        f"{method} {url} answered {response.status_code} with a body that does not match its "
        f"description: {type(cause).__name__}: {cause}",
        status=response.status_code, method=method, url=url, body=_parsed_body(response))


def redact_url(url: str) -> str:
    """The URL without user info and with secret query values replaced by `***`."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    query = urlencode([(k, "***" if k.lower() in SECRET_PARAMETERS else v)
                       for k, v in parse_qsl(parts.query, keep_blank_values=True)])
    return urlunsplit((parts.scheme, netloc, parts.path, query, ""))


def _request_line(response: httpx.Response) -> tuple[str, str]:
    try:
        request = response.request
    except RuntimeError:
        return "", ""
    return request.method, redact_url(str(request.url))


def _parsed_body(response: httpx.Response) -> Any:
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return None
    if not content:
        return None
    try:
        return json.loads(content)
    except ValueError:
        return content[:2000].decode("utf-8", errors="replace")


# The name openapi-python-client's generated code and documentation use.
UnexpectedStatus = EdxApiError
