"""A spec-driven mock of the edX APIs, for tests: `create_app()` returns the ASGI app."""

from .app import create_app

__all__ = ["create_app"]
