"""Typed clients for the edX APIs: one subpackage per API (see codegen/apis.yaml)."""

__version__ = "0.1.0"
