"""A client library for accessing edX Course Catalog API"""

from .client import AsyncClient, AuthenticatedClient, Client

__all__ = (
    "AsyncClient",
    "AuthenticatedClient",
    "Client",
)
