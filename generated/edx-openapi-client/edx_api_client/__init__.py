"""Typed clients for the edX APIs: `EdxClient` and one generated subpackage per API.

Names are loaded on first use (PEP 562), so `import edx_api_client` costs almost nothing and
each API's generated code is imported only when it is used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .auth import ClientCredentialsAuth, StaticTokenAuth
    from .entry import AsyncEdxClient, EdxClient
    from .errors import (
        AuthenticationError,
        ConnectionFailedError,
        CrossOriginLinkError,
        DeadlineExceededError,
        EdxApiError,
        InvalidResponseError,
        NotAPageError,
        NotFoundError,
        NotJsonResponseError,
        PageLimitError,
        PermissionDeniedError,
        RateLimitError,
        ServerError,
        TokenRequestError,
    )
    from .pagination import Pager, aiterate, iterate
    from .retries import RetryPolicy

_EXPORTS = {
    "EdxClient": "entry", "AsyncEdxClient": "entry",
    "ClientCredentialsAuth": "auth", "StaticTokenAuth": "auth",
    "RetryPolicy": "retries", "iterate": "pagination", "aiterate": "pagination", "Pager": "pagination",
    "EdxApiError": "errors", "AuthenticationError": "errors", "PermissionDeniedError": "errors",
    "NotFoundError": "errors", "RateLimitError": "errors", "ServerError": "errors",
    "InvalidResponseError": "errors", "NotJsonResponseError": "errors", "TokenRequestError": "errors",
    "ConnectionFailedError": "errors", "CrossOriginLinkError": "errors", "NotAPageError": "errors",
    "DeadlineExceededError": "errors",
    "PageLimitError": "errors",
}
__all__ = [  # spelled out: type checkers read only a literal __all__
    "AsyncEdxClient", "AuthenticationError", "ClientCredentialsAuth", "ConnectionFailedError",
    "CrossOriginLinkError", "DeadlineExceededError", "EdxApiError", "EdxClient",
    "InvalidResponseError", "NotAPageError",
    "NotFoundError", "NotJsonResponseError", "PageLimitError", "Pager", "PermissionDeniedError",
    "RateLimitError", "RetryPolicy", "ServerError", "StaticTokenAuth", "TokenRequestError",
    "aiterate", "iterate",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'edx_api_client' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])
