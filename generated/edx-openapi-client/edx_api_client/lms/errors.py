"""Errors raised by this API's functions: the hierarchy every API of edx_api_client shares."""

from ..errors import (
    EdxApiError,
    InvalidResponseError,
    UnexpectedStatus,
    api_error,
    decoded_body,
    invalid_response,
)

__all__ = [
    "EdxApiError",
    "InvalidResponseError",
    "UnexpectedStatus",
    "api_error",
    "decoded_body",
    "invalid_response",
]
