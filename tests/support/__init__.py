"""Helpers shared by the test suites (a local stub HTTP server, ...)."""
