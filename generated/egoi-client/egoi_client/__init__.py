"""A client library for accessing E-goi Marketing API (API version 3.0.0)."""

from .client import AuthenticatedClient, Client

__version__ = "2.0.0"
"""This client package's version (semver): it changes when the client changes."""
__api_version__ = "3.0.0"
"""The version of the API this client was generated for (the spec's `info.version`)."""

__all__ = ("AuthenticatedClient", "Client")
