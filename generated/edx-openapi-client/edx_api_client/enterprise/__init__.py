"""A client library for accessing edX Enterprise API"""

from .client import AsyncClient, AuthenticatedClient, Client

__all__ = (
    "AsyncClient",
    "AuthenticatedClient",
    "Client",
)
