"""The single place the version of intimacy_kit is written."""

__version__ = "0.1.0"
